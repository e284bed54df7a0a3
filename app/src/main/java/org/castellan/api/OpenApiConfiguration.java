package org.castellan.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.castellan.platform.CurrentUser;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document served at {@code /api/v1/openapi}: what the API is, and the two ways to authenticate,
 * applied to every operation (either one is enough). Endpoints document themselves with {@code @Operation}.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {
    public static final String BASIC = "basicAuth";
    public static final String BEARER = "bearerAuth";

    static {
        // CurrentUser is resolved from the authentication, not sent by the client: keep it out of the parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    @Bean
    OpenAPI castellanOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Castellan API")
                        .version("v1")
                        .description("""
                                REST API of the Castellan facility dispatch platform: organizations, sites and zones, \
                                users and API tokens, devices, the event journal (also live, as server-sent events) and \
                                the audit log. Every call acts as the authenticated user, with the same roles and \
                                organization scope as the console: anything outside the caller's organizations is \
                                answered 404. Errors are RFC 9457 problem documents; invalid input is 400 with an \
                                `errors` list of {field, message}."""))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("User name and password of a Castellan user."))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("cst_…")
                                .description("An API token issued with POST /api/v1/tokens.")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
