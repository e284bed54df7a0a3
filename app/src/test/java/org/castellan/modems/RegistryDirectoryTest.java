package org.castellan.modems;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.castellan.gateway.SessionKey;
import org.castellan.gateway.SharingPolicy;
import org.castellan.irz.ident.DeviceId;
import org.castellan.irz.ident.ModemIdentity;
import org.junit.jupiter.api.Test;

/** The gateway's in-memory view of the registry: the allow-list, ports, names and sharing. */
class RegistryDirectoryTest {
    static final String KNOWN = "356938035643809";
    static final String STRANGER = "352099001761481";

    final List<RegistryDirectory.PortBound> bound = new ArrayList<>();
    final List<ModemIdentity> refused = new ArrayList<>();

    static Modem modem(long id, String imei, Long deviceId, Integer port, Sharing sharing, String name) {
        return new Modem(id, imei, 0, deviceId, deviceId == null ? null : 1L, null, name, null, null, null, Map.of(),
                null, null, null, null, null, null, port, sharing, false, null, null, false, Instant.EPOCH, null,
                null, null, null, null, null);
    }

    static ModemIdentity identity(String imei) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("IMEI", imei);
        return ModemIdentity.of(DeviceId.imei(imei), new java.util.LinkedHashMap<>(fields));
    }

    RegistryDirectory directory(boolean admitUnknown) {
        RegistryDirectory directory = new RegistryDirectory(admitUnknown, 35000, bound::add, refused::add);
        directory.put(modem(1, KNOWN, 10L, 35000, Sharing.BROADCAST, "Boiler House"));
        directory.put(modem(2, STRANGER, null, null, Sharing.TURNS, STRANGER));
        return directory;
    }

    @Test
    void withTheAllowListOnlyRegisteredModemsAreAdmittedAndRefusalsAreReported() {
        RegistryDirectory directory = directory(false);

        assertThat(directory.admit(identity(KNOWN))).isTrue();
        assertThat(directory.admit(identity(STRANGER))).as("pending, not registered").isFalse();
        assertThat(directory.admit(identity("861234050000002"))).isFalse();
        assertThat(refused).extracting(i -> i.id().value()).containsExactly(STRANGER, "861234050000002");
    }

    @Test
    void withoutTheAllowListEveryModemIsAdmitted() {
        RegistryDirectory directory = directory(true);

        assertThat(directory.admit(identity("861234050000002"))).isTrue();
        assertThat(refused).isEmpty();
    }

    @Test
    void portsAreProposedAboveTheTakenOnesAndRecordedOnce() {
        RegistryDirectory directory = directory(true);
        SessionKey known = SessionKey.parse(KNOWN).orElseThrow();
        SessionKey stranger = SessionKey.parse(STRANGER).orElseThrow();

        int proposed = directory.propose(stranger);
        directory.record(stranger, proposed);

        assertThat(directory.find(known)).hasValue(35000);
        assertThat(proposed).isEqualTo(35001);
        assertThat(directory.find(stranger)).hasValue(35001);
        assertThat(directory.propose(SessionKey.parse("861234050000002").orElseThrow())).isEqualTo(35002);
        assertThat(bound).containsExactly(new RegistryDirectory.PortBound(STRANGER, 35001));
    }

    @Test
    void theSharedPortResolvesImeisAndRegisteredNamesButNotPendingOnes() {
        RegistryDirectory directory = directory(true);

        assertThat(directory.resolve(KNOWN + ":2")).hasValue(new SessionKey(DeviceId.imei(KNOWN), 2));
        assertThat(directory.resolve("boiler house")).hasValue(SessionKey.parse(KNOWN).orElseThrow());
        assertThat(directory.resolve("Nowhere")).isEmpty();
        assertThat(directory.policy(SessionKey.parse(KNOWN).orElseThrow())).isEqualTo(SharingPolicy.BROADCAST);
        assertThat(directory.known()).containsExactly(SessionKey.parse(KNOWN).orElseThrow());
    }
}
