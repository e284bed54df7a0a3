package org.castellan.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every delivery, channel and endpoint text of the notify bundle exists in English, Russian and Chinese. */
class NotifyBundlesTest {
    private static final String PREFIXES = "^(delivery|channel|endpoint)\\..*";

    @Test
    void everyDeliveryChannelAndEndpointKeyExistsInEveryLanguage() throws Exception {
        Set<String> en = keys("i18n/notify.properties");
        assertThat(en).isNotEmpty();
        assertThat(keys("i18n/notify_ru.properties")).as("Russian").isEqualTo(en);
        assertThat(keys("i18n/notify_zh.properties")).as("Chinese").isEqualTo(en);
    }

    @Test
    void everyStatusAndChannelHasAName() throws Exception {
        Set<String> en = keys("i18n/notify.properties");
        for (DeliveryStatus s : DeliveryStatus.values()) {
            assertThat(en).contains("delivery.status." + s);
        }
        for (ChannelKind c : ChannelKind.values()) {
            assertThat(en).contains("channel." + c);
        }
    }

    private static Set<String> keys(String resource) throws Exception {
        Properties p = new Properties();
        try (var in = NotifyBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        p.forEach((k, v) -> assertThat(v.toString()).as("%s in %s", k, resource).isNotBlank());
        return p.stringPropertyNames().stream().filter(k -> k.matches(PREFIXES))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
