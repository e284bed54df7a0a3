package org.castellan.users;

import org.castellan.platform.CurrentUser;

/**
 * A part of a user's administration page that another package contributes. The security package lists the
 * user's API tokens there: it may depend on this package, not the other way round, so the page asks its
 * sections instead of calling the token service itself. Implementations are Spring beans; they are asked once per
 * page view, in the administrator's name, and do their own scope checks through their services.
 */
public interface UserPageSection {

    /** The template holding the fragment {@code section(data)} that shows this section, e.g. {@code security/user-tokens}. */
    String template();

    /** What the fragment gets as {@code data} for the user shown to {@code admin}. */
    Object data(CurrentUser admin, User user);
}
