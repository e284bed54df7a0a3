package org.castellan.dispatch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.castellan.devices.DeviceKind;
import org.castellan.devices.DeviceState;
import org.castellan.devices.HealthCount;
import org.castellan.org.Organization;
import org.castellan.org.Site;

/**
 * The health summary and the site tree of the dispatch screen, built from device counts and open alarms.
 * Plain values; {@link #build} is a pure function so it is tested without a database.
 */
public final class SiteHealth {
    /** Devices of one kind at one place: how many are active, how many are not (offline, fault), and unknown. */
    public record KindCount(DeviceKind kind, int active, int inactive, int unknown) {
        public int total() {
            return active + inactive + unknown;
        }
    }

    /** One site (or the organization's devices without a site: {@code site} null) in the tree and the summary. */
    public record Place(Organization org, Site site, List<KindCount> kinds, int openAlarms, SiteStatus status) {
        public int inactive() {
            return kinds.stream().mapToInt(KindCount::inactive).sum();
        }

        /** @return the devices of that kind here, null when there are none */
        public KindCount of(DeviceKind kind) {
            return kinds.stream().filter(k -> k.kind() == kind).findFirst().orElse(null);
        }
    }

    /** An organization with its places, coloured by the worst of them. */
    public record OrgNode(Organization org, List<Place> places, SiteStatus status) {
    }

    /** Open alarms at one site: how many, and whether any is critical or major. */
    public record AlarmCount(long orgId, Long siteId, int open, boolean severe) {
    }

    private SiteHealth() {
    }

    public static List<OrgNode> build(List<Organization> orgs, List<Site> sites, List<HealthCount> counts,
                                      List<AlarmCount> alarms) {
        Map<Long, Map<Long, Map<DeviceKind, int[]>>> byOrgSite = new LinkedHashMap<>();
        for (HealthCount c : counts) {
            int[] cell = byOrgSite.computeIfAbsent(c.orgId(), o -> new LinkedHashMap<>())
                    .computeIfAbsent(c.siteId() == null ? 0L : c.siteId(), s -> new EnumMap<>(DeviceKind.class))
                    .computeIfAbsent(c.kind(), k -> new int[3]);
            cell[c.state().active() ? 0 : c.state() == DeviceState.UNKNOWN ? 2 : 1] += c.devices();
        }
        Map<String, AlarmCount> alarmsAt = new TreeMap<>();
        alarms.forEach(a -> alarmsAt.put(a.orgId() + "/" + (a.siteId() == null ? 0L : a.siteId()), a));
        List<OrgNode> tree = new ArrayList<>();
        for (Organization org : orgs) {
            List<Place> places = new ArrayList<>();
            for (Site site : sites) {
                if (site.orgId() == org.id()) {
                    places.add(place(org, site, byOrgSite, alarmsAt));
                }
            }
            Place unsited = place(org, null, byOrgSite, alarmsAt);
            if (unsited.status() != SiteStatus.EMPTY) {
                places.add(unsited);
            }
            SiteStatus status = places.stream().map(Place::status).reduce(SiteStatus.EMPTY, SiteStatus::worse);
            tree.add(new OrgNode(org, places, status));
        }
        return tree;
    }

    private static Place place(Organization org, Site site, Map<Long, Map<Long, Map<DeviceKind, int[]>>> counts,
                               Map<String, AlarmCount> alarms) {
        long siteKey = site == null ? 0L : site.id();
        Map<DeviceKind, int[]> cells = counts.getOrDefault(org.id(), Map.of()).getOrDefault(siteKey, Map.of());
        List<KindCount> kinds = cells.entrySet().stream()
                .map(e -> new KindCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        AlarmCount open = alarms.get(org.id() + "/" + siteKey);
        SiteStatus status = kinds.isEmpty() ? SiteStatus.EMPTY : SiteStatus.OK;
        if (kinds.stream().anyMatch(k -> k.inactive() > 0)) {
            status = status.worse(SiteStatus.DEGRADED);
        }
        if (open != null && open.open() > 0) {
            status = status.worse(open.severe() ? SiteStatus.ALARM : SiteStatus.WARNING);
        }
        return new Place(org, site, kinds, open == null ? 0 : open.open(), status);
    }
}
