package org.castellan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.castellan.platform.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API thinks the caller is: a quick check of credentials for clients and the command line. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Caller", description = "Who the credentials belong to")
class MeApi {
    @GetMapping
    @Operation(summary = "The caller: user, roles, organizations, language and time zone")
    CurrentUser me(CurrentUser user) {
        return user;
    }
}
