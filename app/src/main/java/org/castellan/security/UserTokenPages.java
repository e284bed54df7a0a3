package org.castellan.security;

import java.time.Clock;
import java.util.List;
import org.castellan.platform.CurrentUser;
import org.castellan.users.User;
import org.castellan.users.UserPageSection;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The API tokens of a user on that user's administration page: the list (contributed to the users package's
 * page as a {@link UserPageSection}) and the administrator's revoke button. {@link ApiTokenService} decides who
 * may list and revoke whose tokens.
 */
@Controller
class UserTokenPages implements UserPageSection {
    private final ApiTokenService tokens;
    private final Clock clock;

    /** What {@code security/user-tokens :: section(data)} shows. */
    public record UserTokens(User user, List<TokenRow> tokens) {
    }

    UserTokenPages(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public String template() {
        return "security/user-tokens";
    }

    @Override
    public Object data(CurrentUser admin, User user) {
        return new UserTokens(user, TokenRow.of(tokens.tokens(admin, user.id()), clock.instant()));
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        ApiToken revoked = tokens.revoke(me, id);
        redirect.addFlashAttribute("notice", "tokens.revoked");
        return "redirect:/admin/users/" + revoked.userId();
    }
}
