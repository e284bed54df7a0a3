package org.castellan.metering.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every condition has a title in English, Russian and Chinese, and the bundles hold nothing else. */
class ConditionBundlesTest {
    @ParameterizedTest
    @ValueSource(strings = {"i18n/metering_conditions.properties", "i18n/metering_conditions_ru.properties",
            "i18n/metering_conditions_zh.properties"})
    void everyConditionHasATitleAndNoTitleLacksACondition(String bundle) throws IOException {
        Properties titles = load(bundle);

        assertThat(titles.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(MeterCondition.values()).map(MeterCondition::messageKey).toList());
        assertThat(titles.values()).allSatisfy(t -> assertThat(t.toString()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/metering_conditions_ru.properties", "i18n/metering_conditions_zh.properties"})
    void theTranslationsAreTranslatedNotCopied(String bundle) throws IOException {
        Properties english = load("i18n/metering_conditions.properties");
        Properties translated = load(bundle);

        assertThat(english.stringPropertyNames()).allSatisfy(key -> assertThat(translated.getProperty(key))
                .as(key).isNotEqualTo(english.getProperty(key)).doesNotContainPattern("[a-z]{3,}"));
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ConditionBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
