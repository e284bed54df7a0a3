package org.castellan.api;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The answer of every creating endpoint: 201, the new entity in the body and its address in {@code Location}. */
public final class Created {
    private Created() {
    }

    /**
     * @param pathTemplate the new entity's path with one {@code {id}} placeholder, e.g. {@code /api/v1/orgs/{id}}
     */
    public static <T> ResponseEntity<T> at(String pathTemplate, long id, T body) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(pathTemplate).buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(body);
    }
}
