package org.complaintdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text merchants get exists in each language a merchant may choose, with the same arguments. */
class MerchantTextsTest {

    @Test
    void everyMerchantText_isTranslatedIntoSimplifiedAndTraditionalChinese() throws IOException {
        Properties english = load("");
        assertThat(english).isNotEmpty();
        for (String language : new String[] {"_zh_CN", "_zh_TW"}) {
            Properties translated = load(language);
            assertThat(translated.stringPropertyNames()).as(language).isEqualTo(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(arguments(translated.getProperty(key))).as(language + " " + key)
                        .isEqualTo(arguments(english.getProperty(key)));
            }
        }
    }

    @Test
    void merchantTextsAreUsed_forEveryLanguage() {
        NotificationTemplates templates = new NotificationTemplates();

        assertThat(templates.has("merchant.evidence-period")).isTrue();
        assertThat(templates.has("merchant.no-such-text")).isFalse();
        assertThat(templates.render("merchant.ruling", Locale.forLanguageTag("zh-CN"), "CP-1", "merchant", "UPHELD",
                "REFUND_FULL 10", "why", "soon").subject()).isEqualTo("投诉 CP-1：平台已作出裁决");
    }

    private static java.util.Set<String> arguments(String text) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MerchantTextsTest.class.getResourceAsStream(
                "/notifications/merchant-messages" + suffix + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
