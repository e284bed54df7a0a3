package org.castellan.demo;

import java.util.List;
import java.util.Map;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.org.Zone;
import org.castellan.platform.CurrentUser;

/**
 * What a {@link DemoFleet} builds on: the demo organization, its sites and zones by name, and the identity
 * under which demo set-up runs (the platform itself, audited as SYSTEM).
 */
public record DemoContext(CurrentUser actor, Organization organization, Map<String, Site> sites,
                          Map<String, Zone> zones) {
    public DemoContext {
        sites = Map.copyOf(sites);
        zones = Map.copyOf(zones);
    }

    public Site site(String name) {
        Site site = sites.get(name);
        if (site == null) {
            throw new IllegalArgumentException("no demo site '" + name + "'; there are " + List.copyOf(sites.keySet()));
        }
        return site;
    }

    public Zone zone(String name) {
        Zone zone = zones.get(name);
        if (zone == null) {
            throw new IllegalArgumentException("no demo zone '" + name + "'; there are " + List.copyOf(zones.keySet()));
        }
        return zone;
    }
}
