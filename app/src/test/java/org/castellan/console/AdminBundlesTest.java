package org.castellan.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.castellan.audit.AuditAction;
import org.castellan.audit.AuditLog;
import org.castellan.platform.Channel;
import org.junit.jupiter.api.Test;

/**
 * The administration and device pages' strings (i18n/admin*.properties): every key in English, Russian and
 * Chinese, and every key the pages use present in all three. A missing key would show as "??key_ru??" on a page
 * rather than fail, so this is where it fails.
 */
class AdminBundlesTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final List<String> LANGUAGES = List.of("", "_ru", "_zh");
    private static final List<String> FEATURE_TEMPLATES = List.of("org", "users", "security", "devices", "audit", "modems");
    private static final List<String> FEATURE_SOURCES = List.of("org", "users", "security", "devices", "audit", "modems");
    /** A message expression with a literal key: #{orgs.title} or #{orgs.editTitle(${org.name})}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)");
    /** A string literal in Java naming one of these pages' keys, e.g. "admin.saved". */
    private static final Pattern JAVA_KEY =
            Pattern.compile("\"((?:admin|orgs|sites|zones|users|tokens|profile|devices|audit|modems)\\.[A-Za-z.]+)\"");

    @Test
    void everyAdministrationKeyIsInEnglishRussianAndChinese() throws IOException {
        Set<String> english = load("i18n/admin").keySet().stream().map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(english).hasSizeGreaterThan(100);
        for (String language : List.of("_ru", "_zh")) {
            Properties other = load("i18n/admin" + language);
            assertThat(other.stringPropertyNames()).as("admin%s.properties", language).isEqualTo(english);
            other.forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, language).isNotBlank());
        }
    }

    @Test
    void everyKeyTheTemplatesNameExistsInEveryLanguage() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String folder : FEATURE_TEMPLATES) {
            try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates").resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                    Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        assertThat(keys).contains("orgs.title", "devices.connection", "audit.change");
        assertAllExist(keys);
    }

    @Test
    void everyKeyThePageControllersNameExistsInEveryLanguage() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String pkg : FEATURE_SOURCES) {
            try (Stream<Path> files = Files.list(Path.of("src/main/java/org/castellan").resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = JAVA_KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        assertThat(keys).contains("admin.saved", "devices.connection.badLine", "profile.passwordMismatch");
        assertAllExist(keys);
    }

    @Test
    void everyValueOfTheKeysBuiltAtRenderTimeHasItsMessage() throws IOException {
        List<String> keys = new ArrayList<>();
        AuditLog.ENTITY_TYPES.forEach(type -> keys.add("audit.entity." + type));
        for (Channel channel : Channel.values()) {
            keys.add("audit.channel." + channel);
        }
        for (AuditAction action : AuditAction.values()) {
            keys.add("audit.action." + action);
        }
        for (String state : List.of("active", "revoked", "expired")) {
            keys.add("tokens.state." + state);
        }
        assertAllExist(keys);
    }

    /** A lone apostrophe in a message with arguments starts a quoted section and swallows the argument. */
    @Test
    void noArgumentIsSwallowedByAnApostrophe() throws IOException {
        for (String language : LANGUAGES) {
            Properties bundle = load("i18n/admin" + language);
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                if (value.contains("{0}")) {
                    String formatted = new MessageFormat(value, Locale.ROOT).format(new Object[] {"ARG0", "ARG1"});
                    assertThat(formatted).as("%s%s", key, language).contains("ARG0").doesNotContain("{");
                }
            }
        }
    }

    private static void assertAllExist(Iterable<String> keys) throws IOException {
        for (String language : LANGUAGES) {
            Properties all = load("messages" + language);
            all.putAll(load("i18n/admin" + language));
            for (String key : keys) {
                assertThat(all.getProperty(key)).as("%s in language '%s'", key, language).isNotBlank();
            }
        }
    }

    private static Properties load(String baseName) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(baseName + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
