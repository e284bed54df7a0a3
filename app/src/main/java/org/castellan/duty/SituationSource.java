package org.castellan.duty;

import java.util.List;

/**
 * Something that is open in an organization and belongs in the handover snapshot: active alarms (the dispatch
 * package adapts alarms), open repair orders (the maintenance package). A Spring bean; the duty package depends on
 * no feature package and learns what is open only through these.
 *
 * <p>Called on the request thread of the dispatcher preparing or confirming a handover, inside the service's
 * transaction; it reads as the system (the caller's scope is already checked). It should answer quickly and
 * throw only when it cannot answer at all, which refuses the handover rather than storing an incomplete one.
 */
public interface SituationSource {
    /** @return what is open in the organization now, in any order */
    List<SituationItem> open(long orgId);
}
