package org.castellan.metering.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The statement speaks English and Russian: the same keys in both, every column labelled, Russian in Cyrillic. */
class StatementBundlesTest {

    @Test
    void everyKeyExistsInBothLanguages() throws Exception {
        Properties en = load("i18n/statement.properties");
        Properties ru = load("i18n/statement_ru.properties");
        assertThat(missing(en, ru)).as("keys missing in Russian").isEmpty();
        assertThat(missing(ru, en)).as("keys missing in English").isEmpty();
        for (StatementColumn column : StatementColumn.values()) {
            assertThat(en).containsKey(column.labelKey);
        }
        ru.forEach((k, v) -> assertThat(v.toString()).as("value of %s", k).isNotBlank());
    }

    @Test
    void theRussianBundleIsReadAsUtf8WhateverTheJvmsLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.of("ru"));
            assertThat(new StatementText(Locale.ENGLISH).label("row.total")).isEqualTo("Total");
            assertThat(new StatementText(Locale.of("ru")).label("signatures.supplier"))
                    .isEqualTo("Представитель теплоснабжающей организации");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Set<Object> missing(Properties from, Properties in) {
        Set<Object> keys = new TreeSet<>(from.keySet());
        keys.removeAll(in.keySet());
        return keys;
    }

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (var in = StatementBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
