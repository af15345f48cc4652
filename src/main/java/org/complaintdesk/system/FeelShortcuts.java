package org.complaintdesk.system;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Evaluates the simplest FEEL of the decision tables directly and hands everything else to Camunda's FEEL engine.
 *
 * <p>Why: a profile of the desk under intake (docs/BENCHMARKS.md, "Profile") spent about a third of all CPU in FEEL,
 * most of it not in the tests themselves: the FEEL engine (feel-scala 1.19) builds its table of built-in functions
 * anew for every single evaluation, and parses the expression every time. A decision table evaluates every input
 * entry of every rule, so grading one complaint runs a hundred such evaluations, nearly all of the form
 * {@code "HIGH"}, {@code "A","B"}, {@code true} or {@code >= 10}.
 *
 * <p>What is taken here, and only when the value has the type the test is about (anything else, and every other
 * expression, goes to the FEEL engine unchanged, so its answers and errors stay the engine's):
 * <ul>
 * <li>unary tests: {@code -} (any value, which Camunda evaluates too); a list of string literals against a
 * string; {@code true}/{@code false} against a boolean; a number literal, alone (equality) or after {@code <},
 * {@code <=}, {@code >}, {@code >=}, against a number; and each of these against no value (null): false, as FEEL
 * answers;</li>
 * <li>expressions: a string literal, {@code true}/{@code false}, and a variable name whose value is a string or a
 * boolean (values that FEEL hands back unchanged; numbers are converted by FEEL, so they go to FEEL).</li>
 * </ul>
 * {@code FeelShortcutsTest} checks every entry of every model in {@code processes/} against the FEEL engine with
 * values of every type. {@code complaint-desk.decisions.feel-shortcuts=false} leaves all of FEEL to the engine.
 */
@Component
@ConditionalOnProperty(name = "complaint-desk.decisions.feel-shortcuts", havingValue = "true", matchIfMissing = true)
class FeelShortcuts extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
                ? configuration.getDmnEngineConfiguration()
                : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        if (dmn.getFeelEngineFactory() == null && !configuration.isDmnFeelEnableLegacyBehavior()) {
            ScalaFeelEngineFactory feel = configuration.getDmnFeelCustomFunctionProviders() == null
                    ? new ScalaFeelEngineFactory()
                    : new ScalaFeelEngineFactory(configuration.getDmnFeelCustomFunctionProviders());
            dmn.setFeelEngineFactory(new Factory(feel));
            configuration.setDmnEngineConfiguration(dmn);
        }
    }

    record Factory(FeelEngineFactory feel) implements FeelEngineFactory {

        @Override
        public FeelEngine createInstance() {
            return new Engine(feel.createInstance());
        }
    }

    /** A FEEL engine that answers the simplest expressions itself and asks {@code feel} for the rest. */
    static final class Engine implements FeelEngine {

        private static final Pattern STRING_LITERAL = Pattern.compile("\\s*\"([^\"\\\\]*)\"\\s*");
        private static final Pattern STRING_LIST = Pattern.compile(
                "\\s*\"[^\"\\\\]*\"\\s*(,\\s*\"[^\"\\\\]*\"\\s*)*");
        private static final Pattern COMPARISON = Pattern.compile("\\s*(<=|>=|<|>)?\\s*(-?\\d+(\\.\\d+)?)\\s*");
        private static final Pattern NAME = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*");
        private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "not", "and", "or", "if", "then",
                "else", "for", "in", "return", "some", "every", "satisfies", "instance", "of", "between", "function",
                "external");
        /** Models are few and their expressions fixed: the cache stays small; a bound keeps it so whatever comes. */
        private static final int CACHE_LIMIT = 10_000;

        private final FeelEngine feel;
        private final Map<String, Test> tests = new ConcurrentHashMap<>();
        private final Map<String, Expression> expressions = new ConcurrentHashMap<>();

        Engine(FeelEngine feel) {
            this.feel = feel;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
            Expression shortcut = cached(expressions, expression, Engine::expression);
            Object value = shortcut.evaluate(variables);
            return value == Expression.UNANSWERED ? feel.evaluateSimpleExpression(expression, variables) : (T) value;
        }

        @Override
        public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
            Test shortcut = cached(tests, expression, Engine::test);
            TypedValue input = variables.resolve(inputVariable);
            Boolean answer = shortcut.apply(input == null ? null : input.getValue());
            return answer != null ? answer : feel.evaluateSimpleUnaryTests(expression, inputVariable, variables);
        }

        private static <V> V cached(Map<String, V> cache, String expression, java.util.function.Function<String, V> parse) {
            V parsed = cache.get(expression);
            if (parsed == null) {
                parsed = parse.apply(expression);
                if (cache.size() < CACHE_LIMIT) {
                    cache.put(expression, parsed);
                }
            }
            return parsed;
        }

        static Test test(String expression) {
            if (expression == null) {
                return input -> null;
            }
            if (expression.strip().equals("-")) {
                return input -> Boolean.TRUE; // "any value", the most common entry of all
            }
            if (STRING_LIST.matcher(expression).matches()) {
                List<String> allowed = new ArrayList<>();
                Matcher literal = Pattern.compile("\"([^\"\\\\]*)\"").matcher(expression);
                while (literal.find()) {
                    allowed.add(literal.group(1));
                }
                return input -> input == null ? Boolean.FALSE : input instanceof String text ? allowed.contains(text) : null;
            }
            String trimmed = expression.strip();
            if (trimmed.equals("true") || trimmed.equals("false")) {
                boolean expected = Boolean.parseBoolean(trimmed);
                return input -> input == null ? Boolean.FALSE : input instanceof Boolean value ? value == expected : null;
            }
            Matcher comparison = COMPARISON.matcher(expression);
            if (comparison.matches()) {
                String operator = comparison.group(1) == null ? "=" : comparison.group(1);
                BigDecimal bound = new BigDecimal(comparison.group(2));
                return input -> {
                    if (input == null) {
                        return Boolean.FALSE;
                    }
                    BigDecimal number = number(input);
                    if (number == null) {
                        return null;
                    }
                    int order = number.compareTo(bound);
                    return switch (operator) {
                        case "<" -> order < 0;
                        case "<=" -> order <= 0;
                        case ">" -> order > 0;
                        case ">=" -> order >= 0;
                        default -> order == 0;
                    };
                };
            }
            return input -> null;
        }

        static Expression expression(String expression) {
            if (expression == null) {
                return variables -> Expression.UNANSWERED;
            }
            Matcher literal = STRING_LITERAL.matcher(expression);
            if (literal.matches()) {
                String text = literal.group(1);
                return variables -> text;
            }
            String trimmed = expression.strip();
            if (trimmed.equals("true") || trimmed.equals("false")) {
                Boolean value = Boolean.valueOf(trimmed);
                return variables -> value;
            }
            Matcher name = NAME.matcher(expression);
            if (name.matches() && !KEYWORDS.contains(name.group(1))) {
                String variable = name.group(1);
                return variables -> {
                    TypedValue value = variables.resolve(variable);
                    Object plain = value == null ? null : value.getValue();
                    return plain instanceof String || plain instanceof Boolean ? plain : Expression.UNANSWERED;
                };
            }
            return variables -> Expression.UNANSWERED;
        }

        /** The exact value of a number FEEL would compare as a number; null for anything else. */
        private static BigDecimal number(Object input) {
            if (input instanceof Integer || input instanceof Long || input instanceof Short || input instanceof Byte) {
                return BigDecimal.valueOf(((Number) input).longValue());
            }
            if (input instanceof BigDecimal decimal) {
                return decimal;
            }
            if (input instanceof BigInteger integer) {
                return new BigDecimal(integer);
            }
            if (input instanceof Double real && Double.isFinite(real)) {
                return BigDecimal.valueOf(real);
            }
            return null;
        }
    }

    /** A unary test's answer for an input value: true or false, or null when FEEL must answer. */
    @FunctionalInterface
    interface Test {
        Boolean apply(Object input);
    }

    /** An expression's value, or {@link #UNANSWERED} when FEEL must answer. */
    @FunctionalInterface
    interface Expression {
        Object UNANSWERED = new Object();

        Object evaluate(VariableContext variables);
    }
}
