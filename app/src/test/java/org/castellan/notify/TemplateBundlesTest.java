package org.castellan.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rule and template texts of the notify bundle exist in English, Russian and Chinese and are valid patterns. */
class TemplateBundlesTest {
    private static final Set<String> OWN_PREFIXES = Set.of("rule.", "template.");

    @Test
    void everyRuleAndTemplateKeyExistsNonEmptyInEveryLanguage() throws IOException {
        Set<String> english = ownKeys(load("en"));

        for (String language : new String[] {"ru", "zh"}) {
            Properties translated = load(language);
            assertThat(ownKeys(translated)).as(language).isEqualTo(english);
            assertThat(english).allSatisfy(key -> assertThat(translated.getProperty(key)).as(key).isNotBlank());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"device.offline", "modem.input", "duress", "door.forced", "door.held",
            "temperature.denied", "meter.abnormal", "default", "escalation", "reminder"})
    void everyAlarmTypeNamedInTheIssueHasItsOwnTextInEveryLanguage(String type) throws IOException {
        for (String language : new String[] {"en", "ru", "zh"}) {
            Properties bundle = load(language);
            assertThat(bundle.getProperty("template." + type + ".subject")).as(language + " " + type).isNotBlank();
            assertThat(bundle.getProperty("template." + type + ".body")).as(language + " " + type).isNotBlank();
        }
    }

    @Test
    void everyTemplateIsAPatternThatUsesOnlyTheDocumentedArguments() throws IOException {
        for (String language : new String[] {"en", "ru", "zh"}) {
            Properties bundle = load(language);
            for (String key : ownKeys(bundle)) {
                if (key.startsWith("template.") && !key.endsWith(".title")) {
                    MessageFormat format = new MessageFormat(bundle.getProperty(key), Locale.forLanguageTag(language));
                    assertThat(format.getFormatsByArgumentIndex().length).as(language + " " + key).isLessThanOrEqualTo(9);
                }
            }
        }
    }

    @Test
    void russianAndChineseTextsAreActuallyInThoseLanguages() throws IOException {
        assertThat(load("ru").getProperty("template.device.offline.body")).containsPattern("\\p{IsCyrillic}");
        assertThat(load("zh").getProperty("template.device.offline.body")).containsPattern("\\p{IsHan}");
        assertThat(load("ru").getProperty("rule.title")).containsPattern("\\p{IsCyrillic}");
        assertThat(load("zh").getProperty("rule.title")).containsPattern("\\p{IsHan}");
    }

    private static Set<String> ownKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream().filter(k -> OWN_PREFIXES.stream().anyMatch(k::startsWith))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties load(String language) throws IOException {
        String name = "/i18n/notify" + ("en".equals(language) ? "" : "_" + language) + ".properties";
        try (InputStream in = TemplateBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
