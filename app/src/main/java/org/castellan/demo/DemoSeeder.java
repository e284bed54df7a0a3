package org.castellan.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.castellan.org.OrgService;
import org.castellan.org.Organization;
import org.castellan.org.OrganizationForm;
import org.castellan.org.Site;
import org.castellan.org.SiteForm;
import org.castellan.org.Zone;
import org.castellan.org.ZoneForm;
import org.castellan.platform.CastellanProperties;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.users.AdminBootstrap;
import org.castellan.users.User;
import org.castellan.users.UserForm;
import org.castellan.users.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the demo organization (idempotently: the demo database survives restarts), gives the administrator and
 * the demo users fresh passwords for this run (the administrator's from {@code CASTELLAN_ADMIN_PASSWORD} when it
 * is set) and starts every {@link DemoFleet}. Runs after {@link AdminBootstrap}.
 */
@Component
@Profile("demo")
@Order(10)
public class DemoSeeder implements ApplicationRunner, DisposableBean {
    public static final String ORG_CODE = "DEMO";
    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    /** Site → its zones. */
    private static final Map<String, List<String>> TREE = orderedTree();
    private static final Map<String, Role> DEMO_USERS = orderedUsers();

    private final OrgService orgs;
    private final UserService users;
    private final AdminBootstrap adminBootstrap;
    private final CastellanProperties properties;
    private final List<DemoFleet> fleets;
    private final List<DemoFleet> started = new ArrayList<>();
    private volatile DemoCredentials credentials;

    DemoSeeder(OrgService orgs, UserService users, AdminBootstrap adminBootstrap, CastellanProperties properties,
               List<DemoFleet> fleets) {
        this.orgs = orgs;
        this.users = users;
        this.adminBootstrap = adminBootstrap;
        this.properties = properties;
        this.fleets = fleets;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentUser system = CurrentUser.system();
        Organization org = organization(system);
        Map<String, Site> sites = new LinkedHashMap<>();
        Map<String, Zone> zones = new LinkedHashMap<>();
        TREE.forEach((siteName, zoneNames) -> {
            Site site = site(system, org, siteName);
            sites.put(siteName, site);
            zoneNames.forEach(z -> zones.put(z, zone(system, site, z)));
        });
        Map<String, String> logins = new LinkedHashMap<>();
        logins.put(AdminBootstrap.ADMIN, adminPassword(system));
        String demoPassword = AdminBootstrap.generatePassword();
        DEMO_USERS.forEach((name, role) -> {
            demoUser(system, org, name, role, demoPassword);
            logins.put(name, demoPassword);
        });
        DemoContext context = new DemoContext(system, org, sites, zones);
        List<String> fleetLines = new ArrayList<>();
        for (DemoFleet fleet : fleets) {
            try {
                fleet.start(context);
                started.add(fleet);
                fleetLines.addAll(fleet.describe());
            } catch (Exception e) {
                log.error("Demo fleet {} did not start; the demo goes on without it", fleet.getClass().getSimpleName(), e);
            }
        }
        credentials = new DemoCredentials(logins, fleetLines, properties.data().dir().toAbsolutePath().normalize());
    }

    public DemoCredentials credentials() {
        return credentials;
    }

    @Override
    public void destroy() {
        started.forEach(fleet -> {
            try {
                fleet.stop();
            } catch (RuntimeException e) {
                log.warn("Demo fleet {} did not stop cleanly", fleet.getClass().getSimpleName(), e);
            }
        });
    }

    private Organization organization(CurrentUser system) {
        return orgs.organizations(system).stream().filter(o -> o.code().equalsIgnoreCase(ORG_CODE)).findFirst()
                .orElseGet(() -> orgs.createOrganization(system,
                        new OrganizationForm("Demo Facility Management", ORG_CODE, "Europe/Moscow")));
    }

    private Site site(CurrentUser system, Organization org, String name) {
        return orgs.sites(system, org.id()).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseGet(() -> orgs.createSite(system, org.id(), new SiteForm(name, null, null)));
    }

    private Zone zone(CurrentUser system, Site site, String name) {
        return orgs.zones(system, site.id()).stream().filter(z -> z.name().equals(name)).findFirst()
                .orElseGet(() -> orgs.createZone(system, site.id(), new ZoneForm(name, null)));
    }

    private String adminPassword(CurrentUser system) {
        var created = adminBootstrap.passwordCreatedAtThisStart();
        if (created.isPresent()) {
            return created.get();
        }
        String configured = properties.admin().password();
        String password = configured == null || configured.isBlank() ? AdminBootstrap.generatePassword() : configured;
        users.byUsername(system, AdminBootstrap.ADMIN)
                .ifPresent(admin -> users.resetPasswordBySystem(admin.id(), password));
        return password;
    }

    private void demoUser(CurrentUser system, Organization org, String name, Role role, String password) {
        var existing = users.byUsername(system, name);
        if (existing.isPresent()) {
            users.resetPasswordBySystem(existing.get().id(), password);
            return;
        }
        String display = Character.toUpperCase(name.charAt(0)) + name.substring(1) + " (demo)";
        User created = users.create(system, new UserForm(name, display, password, Set.of(role), Set.of(org.id()),
                false, "en", org.timeZone(), true));
        log.info("Demo user {} created with role {}", created.username(), role);
    }

    private static Map<String, List<String>> orderedTree() {
        Map<String, List<String>> tree = new LinkedHashMap<>();
        tree.put("Office Tower", List.of("Main entrance", "Parking", "Server room"));
        tree.put("Boiler House No. 3", List.of("Heat substation", "Control room"));
        tree.put("Residential Block 7", List.of("Entrance 1", "Entrance 2", "Basement"));
        return tree;
    }

    private static Map<String, Role> orderedUsers() {
        Map<String, Role> demo = new LinkedHashMap<>();
        demo.put("dispatcher", Role.DISPATCHER);
        demo.put("engineer", Role.ENGINEER);
        demo.put("timekeeper", Role.TIMEKEEPER);
        demo.put("viewer", Role.VIEWER);
        return demo;
    }
}
