package org.castellan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SequencedMap;
import java.util.LinkedHashMap;
import org.castellan.irz.ident.DeviceId;
import org.castellan.irz.ident.ModemIdentity;
import org.junit.jupiter.api.Test;

/** The in-memory directory, and the defaults every directory inherits. */
class InMemoryModemDirectoryTest {

    private static final SessionKey PUMP = new SessionKey(DeviceId.imei("356938035643809"), 1);
    private static final SessionKey OTHER = new SessionKey(DeviceId.imei("356938035643817"), 0);

    private static ModemIdentity identity(SessionKey key) {
        SequencedMap<String, String> fields = new LinkedHashMap<>();
        fields.put("IMEI", key.id().value());
        return ModemIdentity.of(key.id(), fields);
    }

    @Test
    void defaultsAdmitEveryoneShareInTurnsKnowNobodyAndResolveTheImeiForm() {
        ModemDirectory defaults = new ModemDirectory() {
            @Override
            public OptionalInt find(SessionKey key) {
                return OptionalInt.empty();
            }

            @Override
            public int propose(SessionKey key) {
                return 0;
            }

            @Override
            public void record(SessionKey key, int port) {
            }
        };

        assertThat(defaults.admit(identity(PUMP))).isTrue();
        assertThat(defaults.policy(PUMP)).isEqualTo(SharingPolicy.TURNS);
        assertThat(defaults.known()).isEmpty();
        assertThat(defaults.resolve("356938035643809:1")).contains(PUMP);
        assertThat(defaults.resolve("pump")).isEmpty();
    }

    @Test
    void namesResolveBeforeTheImeiForm() {
        InMemoryModemDirectory directory = new InMemoryModemDirectory(0).name("pump", PUMP);

        assertThat(directory.resolve("pump")).contains(PUMP);
        assertThat(directory.resolve("356938035643817")).contains(OTHER);
        assertThat(directory.resolve("tank")).isEqualTo(Optional.empty());
    }

    @Test
    void admitOnlyIsAnAllowListByDevice() {
        InMemoryModemDirectory directory = new InMemoryModemDirectory(0).admitOnly(List.of(PUMP.id()));

        assertThat(directory.admit(identity(PUMP))).isTrue();
        assertThat(directory.admit(identity(OTHER))).isFalse();
    }

    @Test
    void policiesAndKnownModemsAreKept() {
        InMemoryModemDirectory directory = new InMemoryModemDirectory(0)
                .sharing(PUMP, SharingPolicy.BROADCAST)
                .know(PUMP, OTHER, PUMP);

        assertThat(directory.policy(PUMP)).isEqualTo(SharingPolicy.BROADCAST);
        assertThat(directory.policy(OTHER)).isEqualTo(SharingPolicy.TURNS);
        assertThat(directory.known()).containsExactlyInAnyOrder(PUMP, OTHER);
    }

    @Test
    void portsAreAssignedAsInMemoryPortAssignmentsDoes() {
        InMemoryModemDirectory directory = new InMemoryModemDirectory();

        assertThat(directory.propose(PUMP)).isEqualTo(InMemoryPortAssignments.DEFAULT_BASE);
        directory.record(PUMP, 41234);
        assertThat(directory.find(PUMP)).hasValue(41234);
        assertThat(directory.find(OTHER)).isEmpty();
    }
}
