package fi.placera.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The OpenAPI description of /api/v1 (served at /api/v1/openapi.json): how to sign in and send the CSRF token,
 * and the problems every operation can answer with, so that the controllers only describe what they do.
 * An operation that can meet a stale version is marked {@link ConflictOnStaleVersion}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        // the CSRF token is resolved by Spring Security, not sent by the caller as a parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CsrfToken.class);
    }

    private static final String DESCRIPTION = """
            The client journey of Placera as JSON, with the rules, access decisions and messages of the pages.

            **Signing in.** The API runs in the session of a user who signed in on the web pages (password and \
            second factor): send the session cookie. No session, a session that ended, or one still waiting for \
            the second factor: 401. A role that may not make the request: 403. A client the user may not see: \
            404, exactly as if there were none; every read is written to the access log.

            **Systems** of a welfare area call with `Authorization: Bearer <access token>`, an OAuth2 \
            client-credentials token (JWT) of the area's sign-in provider, once the area's administrator has \
            registered them with their read-only scopes (decision 0077): no session, no CSRF token. They read \
            only their own area, only what both the registration and the token allow (the outcome reports: \
            scope `placera.outcomes.read`), and never write. An untrusted issuer, an expired token or an \
            unregistered system: 401; a request outside its scopes, any write: 403; another area's report: 404. \
            Every read is in the access log under the system's name.

            **CSRF.** Changing requests (POST, PUT) send the CSRF token in the `X-CSRF-TOKEN` header; \
            `GET /api/v1/session` returns the header name and the token. Without it: 403.

            **Problems** are `application/problem+json` with `errors: [{field, code, message}]`: `field` names \
            the JSON field (null for the whole request), `code` is a stable message key, `message` is in the \
            language of `Accept-Language` (fi, sv, en; Finnish by default). Unknown fields, wrong types and \
            malformed JSON: 400. Someone saved in between (a stale version): 409.

            **Dates** are ISO `yyyy-MM-dd`.""";

    private static final String PROBLEM = "application/problem+json";
    private static final String SESSION = "session";
    private static final String CSRF = "csrf";

    /** The problems every operation may answer with, by status. */
    /** Sorted, so that the document is the same from one start to the next (Map.of's order changes per JVM). */
    private static final Map<String, String> PROBLEMS = new TreeMap<>(Map.of(
            "400", "Refused: the errors name each field, with a stable code and a message in the caller's language",
            "401", "Not signed in, the session ended, or the second factor is still due",
            "403", "The user's role may not make this request, or a changing request came without the CSRF token",
            "404", "No such record, or one the user may not see",
            "409", "Someone saved in between: fetch the newest version and make the change again on it"));

    @Bean
    OpenAPI placeraApi(@Value("${server.servlet.session.cookie.name}") String sessionCookie) {
        Components components = new Components()
                .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE).name(sessionCookie)
                        .description("The session of a user signed in on the web pages, second factor included"))
                .addSecuritySchemes(CSRF, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER).name("X-CSRF-TOKEN")
                        .description("For POST and PUT: the token from GET /api/v1/session"))
                .addSchemas("ApiError", new ObjectSchema()
                        .addProperty("field", new StringSchema().nullable(true).description("The JSON field, or null"))
                        .addProperty("code", new StringSchema().description("A stable message key"))
                        .addProperty("message", new StringSchema().description("In the language of Accept-Language")))
                .addSchemas("Problem", new ObjectSchema().description("RFC 9457 problem details")
                        .addProperty("type", new StringSchema())
                        .addProperty("title", new StringSchema())
                        .addProperty("status", new IntegerSchema())
                        .addProperty("instance", new StringSchema())
                        .addProperty("errors", new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/ApiError"))));
        PROBLEMS.forEach((status, description) -> components.addResponses(status, new ApiResponse()
                .description(description).content(new Content().addMediaType(PROBLEM,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))))));
        return new OpenAPI().info(new Info().title("Placera REST API").version("v1").description(DESCRIPTION))
                .components(components);
    }

    /** Adds to every operation the problems it can answer with, and what it must send to be let in. */
    @Bean
    OpenApiCustomizer problemsAndSecurity() {
        return api -> api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            boolean changes = method != PathItem.HttpMethod.GET;
            operation.addSecurityItem(changes ? new SecurityRequirement().addList(SESSION).addList(CSRF)
                    : new SecurityRequirement().addList(SESSION));
            if (changes || hasParameters(operation)) {
                refer(operation, "400");
            }
            refer(operation, "401");
            refer(operation, "403");
            if (path.contains("{")) {
                refer(operation, "404");
            }
        }));
    }

    /** The 409 of an operation marked {@link ConflictOnStaleVersion}. */
    @Bean
    OperationCustomizer staleVersionConflicts() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(ConflictOnStaleVersion.class)) {
                refer(operation, "409");
            }
            return operation;
        };
    }

    private static boolean hasParameters(Operation operation) {
        return operation.getParameters() != null && !operation.getParameters().isEmpty();
    }

    private static void refer(Operation operation, String status) {
        operation.getResponses().addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + status));
    }
}
