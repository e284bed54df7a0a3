package org.castellan.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Russian, English and Chinese throughout: every key of a bundle exists, non-empty, in all three languages. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "i18n/admin", "i18n/metering"})
    void everyKeyExistsInEveryLanguage(String basename) throws Exception {
        Properties en = load(basename + ".properties");
        Properties ru = load(basename + "_ru.properties");
        Properties zh = load(basename + "_zh.properties");
        assertThat(missing(en, ru)).as("keys of %s missing in Russian", basename).isEmpty();
        assertThat(missing(en, zh)).as("keys of %s missing in Chinese", basename).isEmpty();
        assertThat(missing(ru, en)).as("keys of %s_ru missing in English", basename).isEmpty();
        assertThat(missing(zh, en)).as("keys of %s_zh missing in English", basename).isEmpty();
        for (Properties p : new Properties[] {en, ru, zh}) {
            p.forEach((k, v) -> assertThat(v.toString()).as("value of %s in %s", k, basename).isNotBlank());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_ru.properties", "i18n/admin_ru.properties", "i18n/metering_ru.properties"})
    void russianBundlesAreActuallyRussian(String file) throws Exception {
        Properties ru = load(file);
        long cyrillic = ru.values().stream().map(Object::toString).filter(v -> v.matches("(?s).*[А-Яа-яЁё].*")).count();
        assertThat(cyrillic).as("entries of %s written in Cyrillic", file).isGreaterThan(ru.size() * 6L / 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_zh.properties", "i18n/admin_zh.properties", "i18n/metering_zh.properties"})
    void chineseBundlesAreActuallyChinese(String file) throws Exception {
        Properties zh = load(file);
        long han = zh.values().stream().map(Object::toString).filter(v -> v.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count();
        assertThat(han).as("entries of %s written in Chinese", file).isGreaterThan(zh.size() * 6L / 10);
    }

    private static Set<Object> missing(Properties from, Properties in) {
        Set<Object> keys = new TreeSet<>(from.keySet());
        keys.removeAll(in.keySet());
        return keys;
    }

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
