package org.castellan.org;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.castellan.api.Created;
import org.castellan.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The location tree over the API. Roles and scope are {@link OrgService}'s to check. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Locations", description = "Organizations, their sites and the sites' zones")
class OrgApi {
    private final OrgService orgs;

    OrgApi(OrgService orgs) {
        this.orgs = orgs;
    }

    @GetMapping("/orgs")
    @Operation(summary = "List the caller's organizations")
    List<Organization> organizations(CurrentUser user) {
        return orgs.organizations(user);
    }

    @PostMapping("/orgs")
    @Operation(summary = "Create an organization (platform administrator)")
    ResponseEntity<Organization> createOrganization(CurrentUser user, @Valid @RequestBody OrganizationForm form) {
        Organization created = orgs.createOrganization(user, form);
        return Created.at("/api/v1/orgs/{id}", created.id(), created);
    }

    @GetMapping("/orgs/{id}")
    @Operation(summary = "Get an organization")
    Organization organization(CurrentUser user, @PathVariable long id) {
        return orgs.organization(user, id);
    }

    @PutMapping("/orgs/{id}")
    @Operation(summary = "Change an organization (administrator)")
    Organization updateOrganization(CurrentUser user, @PathVariable long id, @Valid @RequestBody OrganizationForm form) {
        return orgs.updateOrganization(user, id, form);
    }

    @DeleteMapping("/orgs/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an organization without sites (platform administrator)")
    void deleteOrganization(CurrentUser user, @PathVariable long id) {
        orgs.deleteOrganization(user, id);
    }

    @GetMapping("/orgs/{id}/sites")
    @Operation(summary = "List the sites of an organization")
    List<Site> sites(CurrentUser user, @PathVariable long id) {
        return orgs.sites(user, id);
    }

    @PostMapping("/orgs/{id}/sites")
    @Operation(summary = "Create a site in an organization (administrator)")
    ResponseEntity<Site> createSite(CurrentUser user, @PathVariable long id, @Valid @RequestBody SiteForm form) {
        Site created = orgs.createSite(user, id, form);
        return Created.at("/api/v1/sites/{id}", created.id(), created);
    }

    @GetMapping("/sites/{id}")
    @Operation(summary = "Get a site")
    Site site(CurrentUser user, @PathVariable long id) {
        return orgs.site(user, id);
    }

    @PutMapping("/sites/{id}")
    @Operation(summary = "Change a site (administrator)")
    Site updateSite(CurrentUser user, @PathVariable long id, @Valid @RequestBody SiteForm form) {
        return orgs.updateSite(user, id, form);
    }

    @DeleteMapping("/sites/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a site without zones or devices (administrator)")
    void deleteSite(CurrentUser user, @PathVariable long id) {
        orgs.deleteSite(user, id);
    }

    @GetMapping("/sites/{id}/zones")
    @Operation(summary = "List the zones of a site")
    List<Zone> zones(CurrentUser user, @PathVariable long id) {
        return orgs.zones(user, id);
    }

    @PostMapping("/sites/{id}/zones")
    @Operation(summary = "Create a zone in a site (administrator)")
    ResponseEntity<Zone> createZone(CurrentUser user, @PathVariable long id, @Valid @RequestBody ZoneForm form) {
        Zone created = orgs.createZone(user, id, form);
        return Created.at("/api/v1/zones/{id}", created.id(), created);
    }

    @GetMapping("/zones/{id}")
    @Operation(summary = "Get a zone")
    Zone zone(CurrentUser user, @PathVariable long id) {
        return orgs.zone(user, id);
    }

    @PutMapping("/zones/{id}")
    @Operation(summary = "Change a zone (administrator)")
    Zone updateZone(CurrentUser user, @PathVariable long id, @Valid @RequestBody ZoneForm form) {
        return orgs.updateZone(user, id, form);
    }

    @DeleteMapping("/zones/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a zone without devices (administrator)")
    void deleteZone(CurrentUser user, @PathVariable long id) {
        orgs.deleteZone(user, id);
    }
}
