package org.castellan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.castellan.irz.ident.DeviceId;
import org.junit.jupiter.api.Test;

class InMemoryPortAssignmentsTest {

    private final SessionKey first = new SessionKey(DeviceId.imei("356938035643809"), 0);
    private final SessionKey second = new SessionKey(DeviceId.imei("356938035643809"), 1);

    @Test
    void proposesPortsUpwardsFromTheBase() {
        InMemoryPortAssignments ports = new InMemoryPortAssignments();

        assertThat(ports.propose(first)).isEqualTo(35000);
        assertThat(ports.propose(second)).isEqualTo(35001);
    }

    @Test
    void aRecordedPortIsFoundAgain() {
        InMemoryPortAssignments ports = new InMemoryPortAssignments(0);

        ports.record(first, 41234);

        assertThat(ports.find(first)).hasValue(41234);
        assertThat(ports.find(second)).isEmpty();
    }
}
