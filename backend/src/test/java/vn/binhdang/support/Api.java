package vn.binhdang.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Requests as the SPA sends them: bearer token, Vietnamese first, JSON. Every request made through
 * this class and its response are validated against the contract, the root openapi.yaml: a test fails
 * when the server answers a status, a media type or a body the contract does not describe.
 *
 * <ul>
 *   <li>{@link #as} — request and response validated;</li>
 *   <li>{@link #asUnchecked} — for tests that deliberately send an invalid request (bad JSON, wrong
 *       types, unknown codes): the request is not validated, the response still is;</li>
 *   <li>{@link #anonymous} — no token on purpose: only the missing credentials are let through, the
 *       rest of the request and the response are validated;</li>
 *   <li>{@link #outsideContract} — for what is not part of the API (health, CORS preflight, the
 *       OpenAPI document itself): nothing validated.</li>
 * </ul>
 */
public final class Api {
    private static final Path CONTRACT = Path.of("..", "openapi.yaml");

    private static final String SPEC = readContract();

    /** Request and response. */
    private static final Filter CHECKED = contract(LevelResolver::create);

    /** Response only. */
    private static final Filter RESPONSE_ONLY = contract(() -> LevelResolver.create()
            .withLevel("validation.request", ValidationReport.Level.IGNORE));

    /** Request and response, except that the request carries no credentials. */
    private static final Filter NO_CREDENTIALS = contract(() -> LevelResolver.create()
            .withLevel("validation.request.security", ValidationReport.Level.IGNORE));

    private Api() {
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    public static RequestSpecification as(String token) {
        return as(token, "vi");
    }

    public static RequestSpecification as(String token, String language) {
        return authenticated(token, language).filter(CHECKED);
    }

    /** A deliberately invalid request: only the response is checked against the contract. */
    public static RequestSpecification asUnchecked(String token) {
        return asUnchecked(token, "vi");
    }

    /** A deliberately invalid request: only the response is checked against the contract. */
    public static RequestSpecification asUnchecked(String token, String language) {
        return authenticated(token, language).filter(RESPONSE_ONLY);
    }

    public static RequestSpecification anonymous() {
        return given().header("Accept-Language", "vi").contentType(ContentType.JSON).filter(NO_CREDENTIALS);
    }

    /** Requests to what the contract does not describe (/q/health, CORS preflight, /q/openapi). */
    public static RequestSpecification outsideContract() {
        return given();
    }

    private static RequestSpecification authenticated(String token, String language) {
        // A plain header, not auth().oauth2(): REST Assured adds its auth after the filters, so the
        // validator would not see the token.
        return given().header("Authorization", "Bearer " + token).header("Accept-Language", language)
                .contentType(ContentType.JSON);
    }

    /**
     * The validator with these levels. A multipart body (an upload) never reaches REST Assured's filters, so
     * for multipart requests the body is not checked — everything else of the request and the response is.
     */
    private static Filter contract(Supplier<LevelResolver.Builder> levels) {
        OpenApiValidationFilter plain = validator(levels.get().build());
        OpenApiValidationFilter multipart = validator(levels.get()
                .withLevel("validation.request.body", ValidationReport.Level.IGNORE).build());
        return (request, response, context) -> request.getMultiPartParams().isEmpty()
                ? plain.filter(request, response, context)
                : multipart.filter(request, response, context);
    }

    private static OpenApiValidationFilter validator(LevelResolver levels) {
        return new OpenApiValidationFilter(OpenApiInteractionValidator.createForInlineApiSpecification(SPEC)
                .withLevelResolver(levels)
                .build());
    }

    private static String readContract() {
        try {
            return Files.readString(CONTRACT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The contract " + CONTRACT.toAbsolutePath() + " cannot be read", e);
        }
    }
}
