package org.complaintdesk.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.datatype.jsr310.deser.DurationDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.time.Duration;
import java.time.OffsetDateTime;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How strictly our API reads JSON (the rest is in {@code spring.jackson.*}: unknown properties, duplicate keys,
 * fractions for whole numbers and trailing tokens are refused). No coercion between text, numbers and booleans. Bodies nest at most {@value #MAX_NESTING} levels deep, and text may not carry
 * control characters other than tab and line breaks: PostgreSQL cannot store a NUL, and nothing a person types
 * needs one. Engine REST and the webapps read JSON with their own mappers.
 */
@Configuration
class JsonInput {

    static final int MAX_NESTING = 16;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder
                .postConfigurer(mapper -> {
                    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING).maxNumberLength(100).maxStringLength(1_000_000).build());
                    // text is text, numbers are numbers, true is true: no guessing between them
                    mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                    for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
                        mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
                    }
                    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                });
    }

    /** Registered next to Spring Boot's modules, after the Java time module, so these win. */
    @Bean
    Module plainTextAndIsoTime() {
        return new SimpleModule("complaint-desk-strict-input")
                .addDeserializer(String.class, new PlainTextDeserializer())
                .addDeserializer(OffsetDateTime.class, new IsoText<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME))
                .addDeserializer(Duration.class, new IsoText<>(Duration.class, DurationDeserializer.INSTANCE));
    }

    /** A date-time or duration given as ISO-8601 text; an epoch number or a count of seconds is not one. */
    static final class IsoText<T> extends StdScalarDeserializer<T> {

        private final transient JsonDeserializer<T> iso;

        IsoText(Class<T> type, JsonDeserializer<T> iso) {
            super(type);
            this.iso = iso;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            return iso.deserialize(parser, context);
        }
    }

    /** Text without control characters (tab, line feed and carriage return are text) and valid Unicode. */
    static final class PlainTextDeserializer extends StdScalarDeserializer<String> {

        PlainTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !PlainText.is(text)) {
                return (String) context.handleWeirdStringValue(String.class, text, PlainText.MESSAGE);
            }
            return text;
        }

    }
}
