package org.castellan.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.castellan.devices.DeviceKind;
import org.castellan.devices.DeviceState;
import org.castellan.devices.HealthCount;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.junit.jupiter.api.Test;

/** The site tree's colours and the health summary's counts, from device states and open alarms. */
class SiteHealthTest {
    static final Instant T = Instant.parse("2026-11-22T00:00:00Z");
    final Organization org = new Organization(1, "ТСЖ «Рассвет»", "rassvet", "Europe/Moscow", T, T);
    final Site boiler = site(10, "Котельная");
    final Site north = site(11, "Северный корпус");
    final Site empty = site(12, "Склад");

    @Test
    void aPlaceIsColouredByItsWorstConditionAndTheOrganizationByItsWorstPlace() {
        List<SiteHealth.OrgNode> tree = SiteHealth.build(List.of(org), List.of(boiler, north, empty), List.of(
                        new HealthCount(1, 10L, DeviceKind.MODEM, DeviceState.ONLINE, 3),
                        new HealthCount(1, 10L, DeviceKind.MODEM, DeviceState.FAULT, 1),
                        new HealthCount(1, 10L, DeviceKind.HEAT_METER, DeviceState.UNKNOWN, 2),
                        new HealthCount(1, 11L, DeviceKind.READER, DeviceState.ONLINE, 5)),
                List.of(new SiteHealth.AlarmCount(1, 11L, 1, false)));
        SiteHealth.OrgNode node = tree.get(0);
        assertThat(node.places()).extracting(SiteHealth.Place::status)
                .containsExactly(SiteStatus.DEGRADED, SiteStatus.WARNING, SiteStatus.EMPTY);
        assertThat(node.status()).isEqualTo(SiteStatus.WARNING);
        SiteHealth.Place boilerRoom = node.places().get(0);
        assertThat(boilerRoom.of(DeviceKind.MODEM)).isEqualTo(new SiteHealth.KindCount(DeviceKind.MODEM, 3, 1, 0));
        assertThat(boilerRoom.of(DeviceKind.HEAT_METER).total()).isEqualTo(2);
        assertThat(boilerRoom.of(DeviceKind.READER)).isNull();
        assertThat(boilerRoom.inactive()).isEqualTo(1);
    }

    @Test
    void aSevereAlarmMakesThePlaceAndItsOrganizationRed() {
        List<SiteHealth.OrgNode> tree = SiteHealth.build(List.of(org), List.of(boiler), List.of(
                        new HealthCount(1, 10L, DeviceKind.MODEM, DeviceState.ONLINE, 1)),
                List.of(new SiteHealth.AlarmCount(1, 10L, 2, true)));
        assertThat(tree.get(0).places().get(0).status()).isEqualTo(SiteStatus.ALARM);
        assertThat(tree.get(0).places().get(0).openAlarms()).isEqualTo(2);
        assertThat(tree.get(0).status()).isEqualTo(SiteStatus.ALARM);
    }

    @Test
    void devicesWithoutASiteAreShownUnderTheOrganizationOnlyWhenThereAreAny() {
        assertThat(SiteHealth.build(List.of(org), List.of(), List.of(), List.of()).get(0).places()).isEmpty();
        List<SiteHealth.Place> places = SiteHealth.build(List.of(org), List.of(), List.of(
                new HealthCount(1, null, DeviceKind.GSM_MODEM, DeviceState.OFFLINE, 1)), List.of()).get(0).places();
        assertThat(places).singleElement().satisfies(p -> {
            assertThat(p.site()).isNull();
            assertThat(p.status()).isEqualTo(SiteStatus.DEGRADED);
        });
    }

    private Site site(long id, String name) {
        return new Site(id, 1, name, null, "Europe/Moscow", T, T);
    }
}
