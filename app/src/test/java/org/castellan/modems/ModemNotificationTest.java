package org.castellan.modems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.castellan.irz.emulator.EmulatorConfig;
import org.castellan.irz.emulator.EmulatorFleet;
import org.castellan.irz.emulator.ModemEmulator;
import org.castellan.irz.emulator.SerialDevice;
import org.castellan.org.Organization;
import org.castellan.platform.Role;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.Imeis;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.testsupport.TestGsm;
import org.castellan.testsupport.TestMail;
import org.castellan.users.User;
import org.castellan.users.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Operators learn by e-mail, over a real SMTP exchange, that a modem is lost and back, after the grace period
 * ({@link IntegrationTest#NOTIFY_GRACE}); a modem that drops and reconnects within it notifies nobody.
 */
class ModemNotificationTest extends IntegrationTest {
    @Autowired
    GatewayNode gateway;
    @Autowired
    UserService users;

    final EmulatorFleet fleet = new EmulatorFleet();
    Organization org;
    String dispatcherMail;
    String dispatcherPhone;
    long modemId;
    String imei;
    HttpApi engineer;

    @BeforeEach
    void dispatcherWhoWantsModemEvents() {
        org = fixtures.organization();
        User dispatcher = fixtures.user(Set.of(Role.DISPATCHER), org);
        dispatcherMail = dispatcher.username() + "@example.com";
        dispatcherPhone = "+7900" + String.format("%07d", Math.floorMod(dispatcher.id() * 7919L, 10_000_000L));
        users.updateContact(fixtures.caller(dispatcher), dispatcherMail, dispatcherPhone, true);
        engineer = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.ENGINEER), org).username(),
                Fixtures.PASSWORD);
        imei = Imeis.next();
        modemId = engineer.post("/api/v1/modems", Map.of("imei", imei, "channel", 0, "orgId", org.id(),
                "name", "Тепловой пункт")).json().path("id").asLong();
    }

    @AfterEach
    void closeFleet() {
        fleet.close();
    }

    ModemEmulator connect() {
        InetSocketAddress server = new InetSocketAddress("127.0.0.1", gateway.modemPorts().get(0));
        ModemEmulator modem = fleet.add(EmulatorConfig.builder(server, imei).build(), SerialDevice.silent());
        modem.connect().join();
        return modem;
    }

    List<String> texts() {
        return TestGsm.modem().messages().stream().filter(m -> m.number().equals(dispatcherPhone))
                .map(m -> m.text()).toList();
    }

    List<String> subjects() {
        return TestMail.to(dispatcherMail).stream().map(m -> {
            try {
                return ((MimeMessage) m).getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void aModemLostLongerThanTheGracePeriodIsNotifiedAndSoIsItsReturn() {
        connect().close();

        await().atMost(NOTIFY_GRACE.plusSeconds(10)).until(() -> subjects().size() == 1);
        assertThat(subjects()).containsExactly("Modem Тепловой пункт lost");
        await().atMost(Duration.ofSeconds(10)).until(() -> texts().size() == 1);
        assertThat(texts()).as("the same notice by SMS through the local GSM modem")
                .containsExactly("Modem Тепловой пункт lost");

        connect();

        await().atMost(Duration.ofSeconds(10)).until(() -> subjects().size() == 2);
        assertThat(subjects().get(1)).isEqualTo("Modem Тепловой пункт back online");
    }

    @Test
    void aModemThatReconnectsWithinTheGracePeriodNotifiesNobody() throws InterruptedException {
        connect().close();
        await().atMost(Duration.ofSeconds(5)).until(() -> engineer.get("/api/v1/modems/" + modemId).json()
                .path("offlineReason").asString().equals("closed"));
        connect();

        // nothing may arrive during twice the grace period: held as a condition, checked all along, not slept through
        await().during(NOTIFY_GRACE.multipliedBy(2).plusSeconds(1))
                .atMost(NOTIFY_GRACE.multipliedBy(2).plusSeconds(3))
                .until(() -> subjects().isEmpty() && texts().isEmpty());
    }
}
