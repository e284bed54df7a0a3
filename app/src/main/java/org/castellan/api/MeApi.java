package org.castellan.api;

import org.castellan.platform.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API thinks the caller is: a quick check of credentials for clients and the command line. */
@RestController
@RequestMapping("/api/v1/me")
class MeApi {
    @GetMapping
    CurrentUser me(CurrentUser user) {
        return user;
    }
}
