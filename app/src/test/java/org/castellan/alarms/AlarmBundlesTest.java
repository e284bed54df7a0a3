package org.castellan.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The alarms bundle exists in English, Russian and Chinese with the same keys, and covers the templates' keys. */
class AlarmBundlesTest {
    private static final Set<String> TEMPLATES = Set.of("list", "panel", "alarm", "form");

    @Test
    void everyKeyExistsInEveryLanguage() throws IOException {
        Properties en = load("i18n/alarms.properties");

        assertThat(load("i18n/alarms_ru.properties").keySet()).isEqualTo(en.keySet());
        assertThat(load("i18n/alarms_zh.properties").keySet()).isEqualTo(en.keySet());
    }

    @Test
    void everyAlarmsKeyTheTemplatesUseIsInTheBundle() throws IOException {
        Properties en = load("i18n/alarms.properties");
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("#\\{(alarms\\.[A-Za-z.]+[A-Za-z])");
        for (String name : TEMPLATES) {
            Matcher m = key.matcher(text("templates/alarms/" + name + ".html"));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(en.keySet()).containsAll(used.stream().filter(k -> !k.endsWith(".")).map(Object.class::cast)
                .toList());
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AlarmBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = AlarmBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
