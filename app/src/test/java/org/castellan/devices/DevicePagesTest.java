package org.castellan.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.castellan.events.EventJournal;
import org.castellan.events.EventSeverity;
import org.castellan.events.NewEvent;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.org.Zone;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.testsupport.ConsoleSession;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.users.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

class DevicePagesTest extends IntegrationTest {
    @Autowired
    DeviceService devices;
    @Autowired
    EventJournal journal;

    @Test
    void aUserOfAnotherOrganizationGetsNotFoundForItsDevicePagesAndDoesNotSeeItInTheList() throws Exception {
        Organization mine = fixtures.organization();
        Organization theirs = fixtures.organization();
        Device theirDevice = device(theirs, null, null, DeviceKind.MODEM);
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), mine));

        mvc.perform(get("/devices/" + theirDevice.id()).session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/devices/" + theirDevice.id() + "/edit").session(session)).andExpect(status().isNotFound());
        mvc.perform(post("/devices/" + theirDevice.id() + "/delete").session(session).with(csrf()))
                .andExpect(status().isNotFound());
        String list = mvc.perform(get("/devices").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(list).doesNotContain(theirDevice.name()).doesNotContain(theirs.name());
        assertThat(devices.device(CurrentUser.system(), theirDevice.id())).isEqualTo(theirDevice);
    }

    @Test
    void unknownDeviceIdsAreNotFound() throws Exception {
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), fixtures.organization()));

        mvc.perform(get("/devices/999999999").session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/devices/999999999/edit").session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/devices/abc").session(session)).andExpect(status().isNotFound());
    }

    @Test
    void aConnectionLineWithoutEqualsSignIsAFieldErrorNamingTheLine() throws Exception {
        Organization org = fixtures.organization();
        MockHttpSession session = login(fixtures.user(Set.of(Role.ENGINEER), org));
        String name = fixtures.unique("Modem");

        String body = mvc.perform(post("/devices/new").session(session).with(csrf())
                        .param("orgId", String.valueOf(org.id())).param("kind", "MODEM").param("name", name)
                        .param("identifier", "860000000000001").param("connection", "host=10.0.0.5\nport 4001\n"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("<span class=\"field-error\">Line 2 is not key=value: port 4001</span>");
        assertThat(body).contains("host=10.0.0.5\nport 4001");
        assertThat(devices.devices(CurrentUser.system(), new DeviceFilter(org.id(), null, null, null, null))).isEmpty();
    }

    @Test
    void aValueThatIsNotANumberIsAFieldErrorNotAServerError() throws Exception {
        Organization org = fixtures.organization();
        MockHttpSession session = login(fixtures.user(Set.of(Role.ENGINEER), org));

        String body = mvc.perform(post("/devices/new").session(session).with(csrf())
                        .param("orgId", "abc").param("kind", "READER").param("name", "Gate 1")
                        .param("identifier", "R-1").param("connection", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("<span class=\"field-error\">Invalid value.</span>").contains("value=\"Gate 1\"");
    }

    @Test
    void anEngineerRegistersChangesAndDeletesADevice() throws Exception {
        Organization org = fixtures.organization();
        Site site = fixtures.site(org);
        Zone zone = fixtures.zone(site);
        MockHttpSession session = login(fixtures.user(Set.of(Role.ENGINEER), org));
        String name = fixtures.unique("Heat meter ");

        String url = mvc.perform(post("/devices/new").session(session).with(csrf())
                        .param("orgId", String.valueOf(org.id())).param("siteId", String.valueOf(site.id()))
                        .param("zoneId", String.valueOf(zone.id())).param("kind", "HEAT_METER").param("name", name)
                        .param("identifier", "TEM-106-0042")
                        .param("connection", "# behind the boiler-house modem\r\naddress = 42\r\n\r\nbaud=9600"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        Device created = devices.device(CurrentUser.system(), id);
        assertThat(created.connection()).isEqualTo(Map.of("address", "42", "baud", "9600"));
        assertThat(created.siteId()).isEqualTo(site.id());
        assertThat(created.zoneId()).isEqualTo(zone.id());

        String editPage = mvc.perform(get(url + "/edit").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(editPage).contains("address=42\nbaud=9600").contains(zone.name());
        mvc.perform(post(url + "/edit").session(session).with(csrf())
                        .param("orgId", String.valueOf(org.id())).param("siteId", String.valueOf(site.id()))
                        .param("zoneId", "").param("kind", "HEAT_METER").param("name", name)
                        .param("identifier", "TEM-106-0042").param("connection", "address=43"))
                .andExpect(redirectedUrl(url));
        Device changed = devices.device(CurrentUser.system(), id);
        assertThat(changed.zoneId()).isNull();
        assertThat(changed.connection()).isEqualTo(Map.of("address", "43"));

        mvc.perform(post(url + "/delete").session(session).with(csrf())).andExpect(redirectedUrl("/devices"));
        mvc.perform(get(url).session(session)).andExpect(status().isNotFound());
    }

    @Test
    void aViewerSeesDevicesWithoutEditControlsAndCannotRegisterOne() throws Exception {
        Organization org = fixtures.organization();
        Device device = device(org, null, null, DeviceKind.READER);
        MockHttpSession session = login(fixtures.user(Set.of(Role.VIEWER), org));

        String page = mvc.perform(get("/devices/" + device.id()).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(device.name()).doesNotContain("data-test=\"edit\"").doesNotContain("data-test=\"delete\"");
        assertThat(mvc.perform(get("/devices").session(session)).andReturn().getResponse().getContentAsString())
                .contains(device.name()).doesNotContain("data-test=\"new-device\"");
        mvc.perform(get("/devices/new").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/devices/new").session(session).with(csrf())
                        .param("orgId", String.valueOf(org.id())).param("kind", "READER").param("name", "Sneaky")
                        .param("identifier", "X-1").param("connection", ""))
                .andExpect(status().isForbidden());
        mvc.perform(post("/devices/" + device.id() + "/delete").session(session).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDevicePageShowsTheLatestEventsOfThisDeviceOnly() throws Exception {
        Organization org = fixtures.organization();
        Device device = device(org, null, null, DeviceKind.MODEM);
        Device other = device(org, null, null, DeviceKind.MODEM);
        journal.append(NewEvent.of(org.id(), Instant.now(), "device.offline", EventSeverity.WARNING, "Modem went quiet")
                .device(device.id(), null, null));
        journal.append(NewEvent.of(org.id(), Instant.now(), "device.offline", EventSeverity.WARNING,
                "Another modem went quiet").device(other.id(), null, null));
        MockHttpSession session = login(fixtures.user(Set.of(Role.DISPATCHER), org));

        String page = mvc.perform(get("/devices/" + device.id()).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Modem went quiet").doesNotContain("Another modem went quiet");
    }

    @Test
    void filtersNarrowTheListAndBadFilterValuesAreIgnored() throws Exception {
        Organization org = fixtures.organization();
        Site site = fixtures.site(org);
        Device reader = device(org, site, null, DeviceKind.READER);
        Device modem = device(org, null, null, DeviceKind.MODEM);
        MockHttpSession session = login(fixtures.user(Set.of(Role.VIEWER), org));

        String readers = mvc.perform(get("/devices").session(session).param("kind", "READER")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(readers).contains(reader.name()).doesNotContain(modem.name()).contains(site.name());
        String bySite = mvc.perform(get("/devices").session(session).param("siteId", String.valueOf(site.id())))
                .andReturn().getResponse().getContentAsString();
        assertThat(bySite).contains(reader.name()).doesNotContain(modem.name());
        String byText = mvc.perform(get("/devices").session(session).param("text", modem.identifier()))
                .andReturn().getResponse().getContentAsString();
        assertThat(byText).contains(modem.name()).doesNotContain(reader.name());
        String bad = mvc.perform(get("/devices").session(session).param("kind", "TOASTER").param("orgId", "x"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains(reader.name()).contains(modem.name());
    }

    @Test
    void siteAndZoneChoicesFollowTheChosenOrganizationWithAndWithoutJavaScript() throws Exception {
        Organization first = fixtures.organization();
        Organization second = fixtures.organization();
        Site firstSite = fixtures.site(first);
        Site secondSite = fixtures.site(second);
        Zone secondZone = fixtures.zone(secondSite);
        User engineer = fixtures.user(Set.of(Role.ENGINEER), first, second);
        MockHttpSession session = login(engineer);

        String fragment = mvc.perform(get("/devices/location").session(session)
                        .param("orgId", String.valueOf(second.id())).param("siteId", String.valueOf(firstSite.id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).startsWith("<div id=\"location\"").contains(secondSite.name())
                .doesNotContain(firstSite.name()).doesNotContain("<html");
        String withZones = mvc.perform(get("/devices/location").session(session)
                        .param("orgId", String.valueOf(second.id())).param("siteId", String.valueOf(secondSite.id())))
                .andReturn().getResponse().getContentAsString();
        assertThat(withZones).contains(secondZone.name());

        String reloaded = mvc.perform(post("/devices/new").session(session).with(csrf()).param("reload", "true")
                        .param("orgId", String.valueOf(second.id())).param("kind", "").param("name", "")
                        .param("identifier", "").param("connection", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(reloaded).contains(secondSite.name()).doesNotContain(firstSite.name())
                .doesNotContain("class=\"field-error\"");
        assertThat(devices.devices(CurrentUser.system(), new DeviceFilter(second.id(), null, null, null, null)))
                .isEmpty();
    }

    private Device device(Organization org, Site site, Zone zone, DeviceKind kind) {
        String name = fixtures.unique("Device");
        return devices.create(CurrentUser.system(), new DeviceForm(org.id(), site == null ? null : site.id(),
                zone == null ? null : zone.id(), kind, name, fixtures.unique("SN"), Map.of("host", "10.1.1.1")));
    }

    private MockHttpSession login(User user) throws Exception {
        return ConsoleSession.login(mvc, user.username(), Fixtures.PASSWORD);
    }
}
