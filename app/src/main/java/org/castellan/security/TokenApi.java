package org.castellan.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.castellan.api.Created;
import org.castellan.platform.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens over the API: a caller manages their own; administrators list and revoke those of users they
 * administer ({@link ApiTokenService} checks). The secret is in the answer to the POST and nowhere else, ever.
 */
@RestController
@Tag(name = "API tokens", description = "Bearer tokens for scripts and the command line")
class TokenApi {
    private final ApiTokenService tokens;

    TokenApi(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/api/v1/tokens")
    @Operation(summary = "List the caller's own tokens")
    List<ApiToken> ownTokens(CurrentUser user) {
        return tokens.tokens(user, user.id());
    }

    @PostMapping("/api/v1/tokens")
    @Operation(summary = "Issue a token to the caller", description = "The answer carries the secret; it is shown only this once.")
    ResponseEntity<IssuedToken> issue(CurrentUser user, @Valid @RequestBody TokenForm form) {
        IssuedToken issued = tokens.issue(user, form);
        return Created.at("/api/v1/tokens/{id}", issued.token().id(), issued);
    }

    @GetMapping("/api/v1/tokens/{id}")
    @Operation(summary = "Get a token (its owner, or an administrator over the owner)")
    ApiToken token(CurrentUser user, @PathVariable long id) {
        return tokens.token(user, id);
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    @Operation(summary = "Revoke a token (its owner, or an administrator over the owner)",
            description = "Answers the token as revoked; revoking a revoked token changes nothing.")
    ApiToken revoke(CurrentUser user, @PathVariable long id) {
        return tokens.revoke(user, id);
    }

    @GetMapping("/api/v1/users/{id}/tokens")
    @Operation(summary = "List a user's tokens (administrator over that user)")
    List<ApiToken> userTokens(CurrentUser user, @PathVariable long id) {
        return tokens.tokens(user, id);
    }
}
