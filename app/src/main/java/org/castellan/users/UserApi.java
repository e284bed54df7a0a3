package org.castellan.users;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.castellan.api.Created;
import org.castellan.platform.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * User administration over the API ({@link UserService} checks the administrator and their scope). There is no
 * delete: audit lines and tokens refer to users, so a user who leaves is disabled with {@code enabled=false}.
 * Answers are {@link User} records, which carry no password hash.
 */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Users, their roles and organizations (administrators)")
class UserApi {
    private final UserService users;

    UserApi(UserService users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "List the users the caller administers")
    List<User> users(CurrentUser user) {
        return users.users(user);
    }

    @PostMapping
    @Operation(summary = "Create a user", description = "`password` is required (at least 10 characters).")
    ResponseEntity<User> create(CurrentUser user, @Valid @RequestBody UserForm form) {
        User created = users.create(user, form);
        return Created.at("/api/v1/users/{id}", created.id(), created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a user")
    User user(CurrentUser user, @PathVariable long id) {
        return users.user(user, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a user, or disable them with enabled=false",
            description = "A blank or absent `password` keeps the current one.")
    User update(CurrentUser user, @PathVariable long id, @Valid @RequestBody UserForm form) {
        return users.update(user, id, form);
    }
}
