package vn.binhdang.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Api;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/**
 * The role × scope × endpoint matrix: one row per operation of the contract (the root openapi.yaml), saying
 * what every kind of caller gets. A new endpoint without a row, or a row for an endpoint that is gone,
 * fails {@link #everyOperationOfTheContractHasExactlyOneRow()}; {@link #everyCallerGetsTheExpectedAnswer()}
 * sends every row's request as every caller against the running application and its PostgreSQL, and lists
 * every answer that differs from the row, all at once.
 *
 * <p>The rows pin the access rules <em>as implemented</em>. A row marked {@code // KNOWN:} is current
 * behaviour that DOMAIN.md describes otherwise; it is pinned so that fixing it is a visible change here.
 *
 * <p>Every request targets the records of commune A (a fresh commune of Lai Châu, 12): its unit TYT (the
 * unit reporter's own), its village, campaign, session (with an evidence file), Action-Month plan (with
 * its signed file), media product, convention (with a review), survey round, plan and own reference entry.
 */
@QuarkusTest
class AccessMatrixTest {
    private static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    /** What a caller gets from a row's request. */
    enum Outcome {
        /** 2xx (and, on a list with a probe, commune A's record is in it). */
        A("ALLOW"),
        /** 2xx, but commune A's record is not in the answer: the list is limited to the caller's scope. */
        F("FILTERED"),
        /** 403. */
        D("DENY"),
        /** 404: the record (or commune A) does not exist for this caller. */
        H("HIDDEN"),
        /** 401: no token. */
        U("UNAUTH"),
        /** 400 naming the field: a record of commune A named in the body is unknown to this caller. */
        I("INVALID-REF");

        final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    /** The callers, in the order of the expectation columns of {@link #rows()}. */
    enum Caller {
        ANON("anonymous"),
        ADM("commune-admin A"),
        COO("coordinator A"),
        REP("unit-reporter A, own unit TYT"),
        REP2("unit-reporter A, other unit TH"),
        VIE("viewer A"),
        XADM("commune-admin B"),
        XCOO("coordinator B"),
        XREP("unit-reporter B, unit with A's TYT code"),
        XVIE("viewer B"),
        PROV("province 12 (A's)"),
        XPROV("province 01 (other)"),
        MACH("machine client 12"),
        PADM("province-admin 12");

        final String label;

        Caller(String label) {
            this.label = label;
        }
    }

    /** A request to send: path parameters, query, body, and how to read what a refused write would have changed. */
    static final class Req {
        Object[] pathParams = new Object[0];
        final Map<String, Object> query = new LinkedHashMap<>();
        Object body;
        byte[] csv;
        boolean pdfUpload;
        /** SQL whose answer a refused write must leave unchanged (null for reads). */
        String state;
        /** For lists: whether commune A's record is in the answer (ALLOW) or not (FILTERED). */
        Predicate<Response> probe;

        Req path(Object... params) {
            pathParams = params;
            return this;
        }

        Req q(String name, Object value) {
            query.put(name, value);
            return this;
        }

        Req body(Object value) {
            body = value;
            return this;
        }

        Req state(String sql) {
            state = sql;
            return this;
        }

        Req probe(Predicate<Response> value) {
            probe = value;
            return this;
        }
    }

    /** One operation of the contract and what each caller gets; the request is built afresh for every call. */
    record Row(String method, String path, Function<Caller, Req> request, List<Outcome> expected) {
        String operation() {
            return method + " " + path;
        }
    }

    @Inject
    Fixtures fixtures;

    // Commune A's records, made by prepare().
    String communeA;
    String communeB;
    long communeAId;
    String tag;
    String stationCode;
    String schoolCode;
    long station;
    long school;
    long spareUnit;
    long village;
    long campaign;
    long plan;
    long session;
    long attachment;
    long actionPlan;
    long mediaProduct;
    long convention;
    long review;
    long surveyRound;
    long referenceItem;
    long lawPolicy;
    long villageMeeting;
    long men;
    int serial;

    // ------------------------------------------------------------------------------------------------------
    // The matrix. Columns: ANON | ADM COO REP REP2 VIE (commune A) | XADM XCOO XREP XVIE (commune B, same
    // province) | PROV XPROV MACH | PADM (province-admin of A's province). A=ALLOW F=FILTERED D=DENY(403) H=HIDDEN(404) U=UNAUTH(401) I=INVALID-REF(400).
    // ------------------------------------------------------------------------------------------------------
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // A unit reporter lists only their own unit's plans (REP2 not TYT's); the summary is withheld outside the
        // commune (personalDataStaysInTheCommune).
        rows.add(row("GET", "/api/v1/action-month-plans", "U  A A A F A  F F F F  A F A  A",
                c -> new Req().q("communeCode", communeA).q("size", 100).probe(hasItem("items.id", actionPlan))));
        rows.add(row("GET", "/api/v1/action-month-plans/status", "U  A A A A A  H H H H  A H A  A",
                c -> new Req().q("year", 2026).q("communeCode", communeA).q("size", 100)
                        .probe(hasItem("items.unitId", station))));
        rows.add(row("POST", "/api/v1/action-month-plans", "U  A A A D D  I I I D  D D D  D",
                c -> new Req().body(actionPlanBody(freeActionPlanYear(), null))
                        .state("SELECT count(*) FROM action_month_plan WHERE unit_id = " + station)));
        rows.add(row("PUT", "/api/v1/action-month-plans/{id}", "U  A A A H D  H H H D  D D D  D",
                c -> new Req().path(actionPlan).body(actionPlanBody(2026, version("action_month_plan", actionPlan)))
                        .state(versionOf("action_month_plan", actionPlan))));
        // Each call withdraws a plan of its own, filed just before (older leftovers of refused calls are cleared so
        // a year stays free): whoever may edit it may delete it (issue 9, item 3).
        rows.add(row("DELETE", "/api/v1/action-month-plans/{id}", "U  A A A H D  H H H D  D D D  D", c -> {
            fixtures.execute("DELETE FROM action_month_plan WHERE year > 2026 AND unit_id = " + station);
            long id = created(Tokens.coordinator(communeA), "/api/v1/action-month-plans",
                    actionPlanBody(freeActionPlanYear(), null));
            return new Req().path(id).q("version", 0).q("reason", "Nhập nhầm").state("SELECT count(*) FROM action_month_plan WHERE id = " + id);
        }));
        // Another unit's plan is 404 for a unit reporter (REP2), also when changing it or its file.
        rows.add(row("GET", "/api/v1/action-month-plans/{id}", "U  A A A H A  H H H H  A H A  A",
                c -> new Req().path(actionPlan)));
        // Evidence files are for the commune's own staff only: 403 for PROV, MACH and PADM.
        rows.add(row("GET", "/api/v1/action-month-plans/{id}/attachment", "U  A A A H A  H H H H  D H D  D",
                c -> new Req().path(actionPlan)));
        rows.add(row("POST", "/api/v1/action-month-plans/{id}/attachment", "U  A A A H D  H H H D  D D D  D",
                c -> upload(new Req().path(actionPlan).state(versionOf("action_month_plan", actionPlan)))));
        // Only the national administrator (not a caller of this matrix: AdministrativeUnitImportTest) imports the
        // official list of administrative units; a dry run, so even a wrong ALLOW would write nothing.
        rows.add(row("POST", "/api/v1/administrative-units/imports", "U  D D D D D  D D D D  D D D  D", c -> {
            Req req = new Req().state("SELECT count(*) || '/' || coalesce(max(version), 0) FROM area");
            req.csv = "province_code,province_name,commune_code,commune_name\n12,Tỉnh Lai Châu,03390,Xã Bình Lư\n"
                    .getBytes(StandardCharsets.UTF_8);
            return req;
        }));
        // Another commune's manager reads the history of their own commune only: A's session has none for them.
        rows.add(row("GET", "/api/v1/audit", "U  A A D D D  F F D D  D D D  D",
                c -> new Req().q("entityType", "SESSION").q("entityId", session)
                        .probe(r -> !r.jsonPath().getList("items").isEmpty())));
        rows.add(row("GET", "/api/v1/campaigns", "U  A A A A A  F F F F  A F A  A",
                c -> new Req().q("communeCode", communeA).q("size", 100).probe(hasItem("items.id", campaign))));
        rows.add(row("POST", "/api/v1/campaigns", "U  A A D D D  D D D D  D D D  D",
                c -> new Req().body(campaignBody(null)).state(countInCommune("campaign"))));
        // The proposals and confirmations are of the caller's own commune: B's managers get B's.
        rows.add(row("GET", "/api/v1/campaigns/proposals", "U  A A D D D  A A D D  D D D  D",
                c -> new Req().q("year", 2027)));
        rows.add(row("POST", "/api/v1/campaigns/proposals/confirm", "U  A A D D D  A A D D  D D D  D",
                c -> new Req().body(Map.of("year", 2027, "occasion", "WOMENS_DAY")).state(countInCommune("campaign"))));
        rows.add(row("PUT", "/api/v1/campaigns/{id}", "U  A A D D D  H H D D  D D D  D",
                c -> new Req().path(campaign).body(campaignBody(version("campaign", campaign)))
                        .state(versionOf("campaign", campaign))));
        rows.add(row("GET", "/api/v1/campaigns/{id}", "U  A A A A A  H H H H  A H A  A",
                c -> new Req().path(campaign)));
        rows.add(row("GET", "/api/v1/communes", "U  A A A A A  F F F F  A F A  A",
                c -> new Req().q("size", 100).probe(hasItem("items.code", communeA))));
        rows.add(row("GET", "/api/v1/conventions", "U  A A A A A  F F F F  A F A  A",
                c -> new Req().q("communeCode", communeA).q("size", 100).probe(hasItem("items.id", convention))));
        rows.add(row("POST", "/api/v1/conventions", "U  A A D D D  I I D D  D D D  D",
                c -> new Req().body(conventionBody(null)).state(
                        "SELECT count(*) FROM village_convention WHERE village_id = " + village)));
        rows.add(row("PUT", "/api/v1/conventions/{id}", "U  A A D D D  H H D D  D D D  D",
                c -> new Req().path(convention).body(conventionBody(version("village_convention", convention)))
                        .state(versionOf("village_convention", convention))));
        rows.add(row("DELETE", "/api/v1/conventions/{id}", "U  A A D D D  H H D D  D D D  D", c -> {
            long id = created(Tokens.coordinator(communeA), "/api/v1/conventions", conventionBody(null));
            return new Req().path(id).q("version", 0).q("reason", "Nhập nhầm").state("SELECT count(*) FROM village_convention WHERE id = " + id);
        }));
        rows.add(row("GET", "/api/v1/conventions/{id}", "U  A A A A A  H H H H  A H A  A",
                c -> new Req().path(convention)));
        rows.add(row("GET", "/api/v1/conventions/{id}/reviews", "U  A A A A A  H H H H  A H A  A",
                c -> new Req().path(convention).probe(hasItem("items.id", review))));
        rows.add(row("POST", "/api/v1/conventions/{id}/reviews", "U  A A D D D  H H D D  D D D  D",
                c -> new Req().path(convention).body(reviewBody()).state(
                        "SELECT count(*) FROM convention_review WHERE convention_id = " + convention)));
        rows.add(row("DELETE", "/api/v1/conventions/{id}/reviews/{reviewId}", "U  A A D D D  H H D D  D D D  D", c -> {
            long id = created(Tokens.coordinator(communeA), "/api/v1/conventions/" + convention + "/reviews",
                    reviewBody());
            return new Req().path(convention, id).q("version", version("village_convention", convention))
                    .q("reason", "Nhập nhầm").state("SELECT count(*) FROM convention_review WHERE id = " + id);
        }));
        // Reviewers and recordedBy are withheld outside the commune (personalDataStaysInTheCommune).
        rows.add(row("GET", "/api/v1/conventions/{id}/reviews/{reviewId}", "U  A A A A A  H H H H  A H A  A",
                c -> new Req().path(convention, review)));
        // The province's comparison: its own communes only; commune staff and the national admin are refused.
        rows.add(row("GET", "/api/v1/comparison", "U  D D D D D  D D D D  A F A  A",
                c -> new Req().q("year", 2026).probe(hasItem("communes.code", communeA))));
        rows.add(row("GET", "/api/v1/comparison/export", "U  D D D D D  D D D D  A A A  A",
                c -> new Req().q("year", 2026)));
        rows.add(row("GET", "/api/v1/dashboard", "U  A A A A A  H H H H  A H A  A",
                c -> new Req().q("year", 2026).q("communeCode", communeA)));
        rows.add(row("GET", "/api/v1/indicators", "U  A A A A A  H H H H  A H A  A",
                c -> new Req().q("year", 2026).q("communeCode", communeA)));
        rows.add(row("GET", "/api/v1/indicators/{target}/records", "U  A A A F A  H H H H  A H A  A",
                c -> new Req().path(1).q("year", 2026).q("communeCode", communeA)
                        .probe(hasItem("items.id", station))));
        rows.add(row("GET", "/api/v1/me", "U  A A A A A  A A A A  A A A  A", c -> new Req()));
        rows.add(row("GET", "/api/v1/media-checklists", "U  A A A A A  A A A A  A A A  A", c -> new Req()));
        // The media checklist is shared by every commune: only the province-admin publishes a version.
        rows.add(row("POST", "/api/v1/media-checklists", "U  D D D D D  D D D D  D D D  A",
                c -> new Req().body(checklistBody()).state("SELECT count(*) FROM media_checklist")));
        rows.add(row("GET", "/api/v1/media-checklists/{version}", "U  A A A A A  A A A A  A A A  A",
                c -> new Req().path(1)));
        // A unit reporter lists only their own unit's products.
        rows.add(row("GET", "/api/v1/media-products", "U  A A A F A  F F F F  A F A  A",
                c -> new Req().q("communeCode", communeA).q("size", 100).probe(hasItem("items.id", mediaProduct))));
        rows.add(row("POST", "/api/v1/media-products", "U  A A A D D  I I I D  D D D  D",
                c -> new Req().body(mediaBody(null)).state(
                        "SELECT count(*) FROM media_product WHERE unit_id = " + station)));
        rows.add(row("PUT", "/api/v1/media-products/{id}", "U  A A A H D  H H H D  D D D  D",
                c -> new Req().path(mediaProduct).body(mediaBody(version("media_product", mediaProduct)))
                        .state(versionOf("media_product", mediaProduct))));
        rows.add(row("DELETE", "/api/v1/media-products/{id}", "U  A A A H D  H H H D  D D D  D", c -> {
            long id = created(Tokens.coordinator(communeA), "/api/v1/media-products", mediaBody(null));
            return new Req().path(id).q("version", 0).q("reason", "Nhập nhầm").state("SELECT count(*) FROM media_product WHERE id = " + id);
        }));
        // Another unit's product is 404 for a unit reporter; assessedBy is withheld outside the commune.
        rows.add(row("GET", "/api/v1/media-products/{id}", "U  A A A H A  H H H H  A H A  A",
                c -> new Req().path(mediaProduct)));
        rows.add(row("POST", "/api/v1/media-products/{id}/assessment", "U  A A D D D  H H D D  D D D  D",
                c -> new Req().path(mediaProduct).body(assessmentBody(version("media_product", mediaProduct)))
                        .state(versionOf("media_product", mediaProduct))));
        rows.add(row("GET", "/api/v1/plans", "U  A A A A A  F F F F  A F A  A",
                c -> new Req().q("communeCode", communeA).probe(hasItem("items.id", plan))));
        rows.add(row("GET", "/api/v1/plans/{id}", "U  A A A A A  H H H H  A H A  A", c -> new Req().path(plan)));
        // Only the province-admin enables a commune of their province (creates its plan from the template).
        rows.add(row("POST", "/api/v1/plans", "U  D D D D D  D D D D  D D D  A",
                c -> new Req().body(Map.of("communeCode", fixtures.freshCommune(), "documentNumber", "12/KH-UBND",
                        "issuedOn", "2026-04-20", "signerName", "Người ký thử", "signerTitle", "Chủ tịch",
                        "implementsPlan", "Kế hoạch của tỉnh")).state("SELECT count(*) FROM programme_plan")));
        rows.add(row("PUT", "/api/v1/plans/{id}/targets/{number}", "U  A A D D D  H H D D  D D D  D",
                c -> new Req().path(plan, 4).body(Map.of("yearlyTargets", List.of(Map.of("year", 2027, "value", 40)),
                        "version", version("programme_plan", plan))).state(versionOf("programme_plan", plan))));
        // Province users (the province-admin too) read the shared lists only: commune A's own entry is not theirs.
        rows.add(row("GET", "/api/v1/reference-items", "U  A A A A A  F F F F  F F F  F",
                c -> new Req().q("kind", "FUNDING_SOURCE").q("includeInactive", true).q("size", 100)
                        .probe(hasItem("items.id", referenceItem))));
        // A commune admin adds an entry to their own commune's list (B's admin to B's); the province-admin to the
        // shared list. A commune admin changes their commune's own entries, the province-admin only shared ones
        // (commune A's own entry is 404 for them).
        rows.add(row("POST", "/api/v1/reference-items", "U  A D D D D  A D D D  D D D  A",
                c -> new Req().body(referenceBody("MX_" + tag + "_" + (++serial), null))
                        .state("SELECT count(*) FROM reference_item")));
        rows.add(row("PUT", "/api/v1/reference-items/{id}", "U  A D D D D  H D D D  D D D  H",
                c -> new Req().path(referenceItem).body(referenceBody("M_" + tag, version("reference_item",
                        referenceItem))).state(versionOf("reference_item", referenceItem))));
        // A unit reporter lists only their own unit's sessions; notes, recordedBy, updatedBy and the files' uploadedBy
        // are withheld outside the commune (personalDataStaysInTheCommune).
        rows.add(row("GET", "/api/v1/sessions", "U  A A A F A  F F F F  A F A  A",
                c -> new Req().q("communeCode", communeA).q("size", 100).probe(hasItem("items.id", session))));
        rows.add(row("POST", "/api/v1/sessions", "U  A A A D D  I I I D  D D D  D",
                c -> new Req().body(sessionBody(null)).state(countInCommune("communication_session"))));
        // Only the reporter's own unit; the columns "Ghi chú" and "Người ghi nhận" only for the commune's staff.
        rows.add(row("GET", "/api/v1/sessions/export", "U  A A A F A  F F F F  A F A  A",
                c -> new Req().q("communeCode", communeA).probe(r -> r.asString().contains(tag + "-TYT"))));
        rows.add(row("PUT", "/api/v1/sessions/{id}", "U  A A A H D  H H H D  D D D  D",
                c -> new Req().path(session).body(sessionBody(version("communication_session", session)))
                        .state(versionOf("communication_session", session))));
        // Each call withdraws a session of its own, recorded just before, with its evidence file.
        rows.add(row("DELETE", "/api/v1/sessions/{id}", "U  A A A H D  H H H D  D D D  D", c -> {
            String coordinator = Tokens.coordinator(communeA);
            long id = created(coordinator, "/api/v1/sessions", sessionBody(null));
            given().auth().oauth2(coordinator).multiPart("file", "bien-ban.pdf", PDF, "application/pdf")
                    .post("/api/v1/sessions/{id}/attachments", id).then().statusCode(201);
            return new Req().path(id).q("version", 0).q("reason", "Nhập nhầm").state("SELECT (SELECT count(*) FROM communication_session WHERE id = " + id
                    + ") || '/' || (SELECT count(*) FROM session_attachment WHERE session_id = " + id + ")");
        }));
        // Another unit's session is 404 for a unit reporter (REP2), also when changing it or adding evidence.
        rows.add(row("GET", "/api/v1/sessions/{id}", "U  A A A H A  H H H H  A H A  A", c -> new Req().path(session)));
        rows.add(row("POST", "/api/v1/sessions/{id}/attachments", "U  A A A H D  H H H D  D D D  D",
                c -> upload(new Req().path(session).state(
                        "SELECT count(*) FROM session_attachment WHERE session_id = " + session))));
        // Evidence files are for the commune's own staff only: 403 for PROV, MACH and PADM (404 for REP2).
        rows.add(row("GET", "/api/v1/sessions/{id}/attachments/{attachmentId}", "U  A A A H A  H H H H  D H D  D",
                c -> new Req().path(session, attachment)));
        rows.add(row("GET", "/api/v1/survey-rounds", "U  A A A A A  F F F F  A F A  A",
                c -> new Req().q("communeCode", communeA).probe(hasItem("items.id", surveyRound))));
        rows.add(row("POST", "/api/v1/survey-rounds", "U  A A D D D  D D D D  D D D  D",
                c -> new Req().body(surveyBody(null)).state(countInCommune("survey_round"))));
        rows.add(row("PUT", "/api/v1/survey-rounds/{id}", "U  A A D D D  H H D D  D D D  D",
                c -> new Req().path(surveyRound).body(surveyBody(version("survey_round", surveyRound)))
                        .state(versionOf("survey_round", surveyRound))));
        // Each call withdraws a round of its own, recorded just before (issue 9, item 3).
        rows.add(row("DELETE", "/api/v1/survey-rounds/{id}", "U  A A D D D  H H D D  D D D  D", c -> {
            long id = created(Tokens.coordinator(communeA), "/api/v1/survey-rounds", surveyBody(null));
            return new Req().path(id).q("version", 0).q("reason", "Nhập nhầm").state("SELECT count(*) FROM survey_round WHERE id = " + id);
        }));
        rows.add(row("GET", "/api/v1/survey-rounds/{id}", "U  A A A A A  H H H H  A H A  A",
                c -> new Req().path(surveyRound)));
        rows.add(row("POST", "/api/v1/survey-rounds/{id}/import", "U  A A D D D  H H D D  D D D  D",
                c -> {
                    Req req = new Req().path(surveyRound).state(versionOf("survey_round", surveyRound));
                    req.csv = "group,sex,q1,q2,q3\nYOUTH,Nam,1,0,1\nThanh niên,Nữ,1,1,1\n"
                            .getBytes(StandardCharsets.UTF_8);
                    return req;
                }));
        // Focal points' contactPerson, phone and email are withheld outside the commune.
        rows.add(row("GET", "/api/v1/units", "U  A A A A A  F F F F  A F A  A",
                c -> new Req().q("communeCode", communeA).q("size", 100).probe(hasItem("items.id", station))));
        rows.add(row("POST", "/api/v1/units", "U  A A D D D  D D D D  D D D  D",
                c -> new Req().body(unitBody(tag + "-N" + (++serial), null)).state(countInCommune("unit"))));
        rows.add(row("PUT", "/api/v1/units/{id}", "U  A A D D D  H H D D  D D D  D",
                c -> new Req().path(station).body(unitBody(stationCode, version("unit", station)))
                        .state(versionOf("unit", station))));
        // Focal points' contactPerson, phone and email are withheld outside the commune.
        rows.add(row("GET", "/api/v1/units/{id}", "U  A A A A A  H H H H  A H A  A", c -> new Req().path(station)));
        // Each call deletes a unit of its own, made just before (nothing refers to it).
        rows.add(row("DELETE", "/api/v1/units/{id}", "U  A A D D D  H H D D  D D D  D",
                c -> new Req().path(fixtures.unit(communeA, tag + "-D" + (++serial), "Đơn vị để xóa " + serial,
                        "OTHER", LocalDate.of(2026, 1, 1), null)).state(countInCommune("unit"))));
        rows.add(row("POST", "/api/v1/units/{id}/deactivate", "U  A A D D D  H H D D  D D D  D",
                c -> new Req().path(spareUnit).body(Map.of("activeTo", "2030-12-31", "version",
                        version("unit", spareUnit))).state(versionOf("unit", spareUnit))));
        // A unit reporter reads their own unit's summary only (REP2: 404).
        rows.add(row("GET", "/api/v1/units/{unitId}/session-summary", "U  A A A H A  H H H H  A H A  A",
                c -> new Req().path(station).q("year", 2026)));
        rows.add(row("GET", "/api/v1/villages", "U  A A A A A  F F F F  A F A  A",
                c -> new Req().q("communeCode", communeA).q("size", 100).probe(hasItem("items.id", village))));
        rows.add(row("POST", "/api/v1/villages", "U  A A D D D  D D D D  D D D  D",
                c -> new Req().body(villageBody(communeA + "-" + (100 + (++serial)), null))
                        .state("SELECT count(*) FROM area WHERE parent_id = " + communeAId)));
        rows.add(row("PUT", "/api/v1/villages/{id}", "U  A A D D D  H H D D  D D D  D",
                c -> new Req().path(village).body(villageBody(communeA + "-01", version("area", village)))
                        .state(versionOf("area", village))));
        rows.add(row("GET", "/api/v1/villages/{id}", "U  A A A A A  H H H H  A H A  A", c -> new Req().path(village)));
        rows.add(row("GET", "/api/v1/warnings", "U  A A A A A  H H H H  A H A  A",
                c -> new Req().q("year", 2026).q("communeCode", communeA)));
        // People (Keycloak users). Who may call is decided before Keycloak is reached; the requests below stop
        // the allowed callers too before any call to Keycloak (a too long search, an id that is no Keycloak id, a
        // coordinator bound to a unit), so the matrix needs no Keycloak: people/PeopleTest covers the real answers
        // against the real Keycloak. Managers: commune-admins, province-admins (and the national admin).
        rows.add(row("GET", "/api/v1/people/grantable-roles", "U  A D D D D  A D D D  D D D  A", c -> new Req()));
        rows.add(row("GET", "/api/v1/people", "U  I D D D D  I D D D  D D D  I",
                c -> new Req().q("q", "x".repeat(101))));
        rows.add(row("GET", "/api/v1/people/{id}", "U  H D D D D  H D D D  D D D  H", c -> new Req().path("0")));
        rows.add(row("POST", "/api/v1/people", "U  I D D D D  D D D D  D D D  D",
                c -> new Req().body(Map.of("username", "matran." + tag.toLowerCase(), "firstName", "Ma", "lastName",
                        "Trận", "role", Roles.COORDINATOR, "communeCode", communeA, "unitCode", stationCode))
                        .state("SELECT count(*) FROM person")));
        rows.add(row("PUT", "/api/v1/people/{id}", "U  H D D D D  H D D D  D D D  H",
                c -> new Req().path("0").body(Map.of("role", Roles.VIEWER)).state("SELECT count(*) FROM person")));
        rows.add(row("PUT", "/api/v1/people/{id}/enabled", "U  H D D D D  H D D D  D D D  H",
                c -> new Req().path("0").body(Map.of("enabled", false)).state("SELECT count(*) FROM person")));
        return rows;
    }

    // ------------------------------------------------------------------------------------------------------

    @Test
    void everyOperationOfTheContractHasExactlyOneRow() throws IOException {
        Set<String> contract = contractOperations();
        Map<String, Long> rowCounts = rows().stream()
                .collect(Collectors.groupingBy(Row::operation, java.util.TreeMap::new, Collectors.counting()));
        List<String> problems = new ArrayList<>();
        contract.stream().filter(op -> !rowCounts.containsKey(op))
                .forEach(op -> problems.add("no row for " + op + " (add one to AccessMatrixTest.rows())"));
        rowCounts.keySet().stream().filter(op -> !contract.contains(op))
                .forEach(op -> problems.add("row for " + op + ", which openapi.yaml no longer has"));
        rowCounts.forEach((op, n) -> {
            if (n > 1) {
                problems.add(n + " rows for " + op);
            }
        });
        if (!problems.isEmpty()) {
            fail("The access matrix and openapi.yaml disagree:\n  " + String.join("\n  ", problems));
        }
        assertTrue(contract.size() > 50, "openapi.yaml lists suspiciously few operations: " + contract.size());
    }

    @Test
    void everyCallerGetsTheExpectedAnswer() {
        prepare();
        List<String> mismatches = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        table.append(String.format("%-58s", "operation"));
        for (Caller caller : Caller.values()) {
            table.append(String.format(" %-5s", caller.name()));
        }
        table.append('\n');
        int calls = 0;
        for (Row row : rows()) {
            table.append(String.format("%-58s", row.operation()));
            for (Caller caller : Caller.values()) {
                Outcome expected = row.expected().get(caller.ordinal());
                Req req = row.request().apply(caller);
                String stateBefore = req.state == null ? null : fixtures.execute1(req.state);
                long auditBefore = req.state == null ? 0 : fixtures.count("SELECT count(*) FROM audit_event");
                Response response = send(row, req, caller);
                calls++;
                int status = response.statusCode();
                Outcome actual = outcomeOf(status, req, response);
                String cell = actual == null ? String.valueOf(status) : actual.name();
                boolean ok = actual == expected;
                if (!ok) {
                    mismatches.add(String.format("%-58s %-38s expected %-11s got %s (%d) %s", row.operation(),
                            caller.label, expected.label, actual == null ? "?" : actual.label, status,
                            abbreviate(response.asString())));
                }
                if (req.state != null && (status < 200 || status >= 300)) {
                    String stateAfter = fixtures.execute1(req.state);
                    long auditAfter = fixtures.count("SELECT count(*) FROM audit_event");
                    if (!stateBefore.equals(stateAfter) || auditBefore != auditAfter) {
                        ok = false;
                        mismatches.add(String.format("%-58s %-38s refused with %s but wrote: %s → %s, audit events %d → %d",
                                row.operation(), caller.label, status, stateBefore, stateAfter, auditBefore, auditAfter));
                    }
                }
                table.append(String.format(" %-5s", ok ? cell : cell + "!"));
            }
            table.append('\n');
        }
        System.out.println("Access matrix, " + rows().size() + " operations × " + Caller.values().length + " callers = "
                + calls + " requests:\n" + table);
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " of " + calls + " answers differ from the access matrix:\n"
                    + String.join("\n", mismatches) + "\n\n" + table);
        }
    }

    /**
     * DOMAIN.md "Personal data stays in the commune", field by field and for each kind of data: focal points'
     * names, phones and e-mails, who recorded, assessed, reviewed or changed a record, free-text notes and the
     * export's columns of them are received by the commune's own staff (ADM, COO, REP for their unit, VIE) and
     * are null for the province, the machine client and the province-admin; evidence files are 403 for them.
     * Every answer is validated against the contract (the withheld fields are nullable there).
     */
    @Test
    void personalDataStaysInTheCommune() {
        prepare();
        fixtures.execute("UPDATE unit SET contact_person = 'Chị Lò Thị Mai', phone = '0912000107', "
                + "email = 'tyt@example.vn' WHERE id = " + station);
        Api.as(Tokens.coordinator(communeA)).body(assessmentBody(version("media_product", mediaProduct)))
                .post("/api/v1/media-products/{id}/assessment", mediaProduct).then().statusCode(200);
        Api.as(Tokens.coordinator(communeA)).body(sessionBody(version("communication_session", session)))
                .put("/api/v1/sessions/{id}", session).then().statusCode(200);
        List<String> wrong = new ArrayList<>();
        for (Caller caller : List.of(Caller.ADM, Caller.COO, Caller.REP, Caller.VIE, Caller.PROV, Caller.MACH,
                Caller.PADM)) {
            boolean staff = caller != Caller.PROV && caller != Caller.MACH && caller != Caller.PADM;
            String token = token(caller);
            Map<String, Response> reads = new LinkedHashMap<>();
            reads.put("unit", read(token, "/api/v1/units/{id}", station));
            reads.put("units", read(token, "/api/v1/units?communeCode=" + communeA + "&size=100"));
            reads.put("session", read(token, "/api/v1/sessions/{id}", session));
            reads.put("sessions", read(token, "/api/v1/sessions?communeCode=" + communeA + "&size=100"));
            reads.put("review", read(token, "/api/v1/conventions/{id}/reviews/{r}", convention, review));
            reads.put("convention", read(token, "/api/v1/conventions/{id}", convention));
            reads.put("action plan", read(token, "/api/v1/action-month-plans/{id}", actionPlan));
            reads.put("action plans", read(token, "/api/v1/action-month-plans?communeCode=" + communeA + "&size=100"));
            reads.put("media product", read(token, "/api/v1/media-products/{id}", mediaProduct));
            Map<String, String> fields = new LinkedHashMap<>();
            String unitItem = "items.find { it.id == " + station + " }.";
            String sessionItem = "items.find { it.id == " + session + " }.";
            fields.put("unit contactPerson", field(reads.get("unit"), "contactPerson"));
            fields.put("unit phone", field(reads.get("unit"), "phone"));
            fields.put("unit email", field(reads.get("unit"), "email"));
            fields.put("units[] contactPerson", field(reads.get("units"), unitItem + "contactPerson"));
            fields.put("units[] phone", field(reads.get("units"), unitItem + "phone"));
            fields.put("units[] email", field(reads.get("units"), unitItem + "email"));
            fields.put("session notes", field(reads.get("session"), "notes"));
            fields.put("session recordedBy", field(reads.get("session"), "recordedBy"));
            fields.put("session updatedBy", field(reads.get("session"), "updatedBy"));
            fields.put("session attachments[0].uploadedBy", field(reads.get("session"), "attachments[0].uploadedBy"));
            fields.put("sessions[] notes", field(reads.get("sessions"), sessionItem + "notes"));
            fields.put("sessions[] recordedBy", field(reads.get("sessions"), sessionItem + "recordedBy"));
            fields.put("sessions[] attachments[0].uploadedBy", field(reads.get("sessions"),
                    sessionItem + "attachments[0].uploadedBy"));
            fields.put("review reviewers", field(reads.get("review"), "reviewers"));
            fields.put("review recordedBy", field(reads.get("review"), "recordedBy"));
            fields.put("convention latestReview.reviewers", field(reads.get("convention"), "latestReview.reviewers"));
            fields.put("convention latestReview.recordedBy", field(reads.get("convention"), "latestReview.recordedBy"));
            fields.put("action plan summary", field(reads.get("action plan"), "summary"));
            fields.put("action plans[] summary", field(reads.get("action plans"),
                    "items.find { it.id == " + actionPlan + " }.summary"));
            fields.put("media product assessedBy", field(reads.get("media product"), "assessedBy"));
            fields.forEach((name, value) -> {
                if (staff == (value == null)) {
                    wrong.add(caller.label + ": " + name + (staff ? " missing" : " = " + value));
                }
            });
            reads.forEach((name, response) -> {
                if (response.statusCode() != 200) {
                    wrong.add(caller.label + ": reading the " + name + " answered " + response.statusCode());
                }
            });
            String csv = Api.as(token).get("/api/v1/sessions/export?communeCode=" + communeA)
                    .then().statusCode(200).extract().asString();
            for (String personal : List.of("Ghi chú", "Người ghi nhận", "Họp bản thử ma trận " + tag)) {
                if (staff != csv.contains(personal)) {
                    wrong.add(caller.label + ": export " + (staff ? "lacks " : "has ") + personal);
                }
            }
            for (String file : List.of("/api/v1/sessions/" + session + "/attachments/" + attachment,
                    "/api/v1/action-month-plans/" + actionPlan + "/attachment")) {
                Response download = Api.as(token).get(file);
                int expected = staff ? 200 : 403;
                String type = download.contentType();
                if (download.statusCode() != expected
                        || (!staff && (type == null || !type.startsWith("application/problem+json")))) {
                    wrong.add(caller.label + ": " + file + " answered " + download.statusCode() + " " + type);
                }
            }
        }
        if (!wrong.isEmpty()) {
            fail("Personal data where it must not be, or missing for the commune's staff:\n  "
                    + String.join("\n  ", wrong));
        }
    }

    private static Response read(String token, String path, Object... params) {
        return Api.as(token).get(path, params);
    }

    private static String field(Response response, String path) {
        if (response.statusCode() != 200) {
            return null;
        }
        Object value = response.jsonPath().get(path);
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value);
    }

    // ------------------------------------------------------------------------------------------------------

    static Set<String> contractOperations() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile()).path("paths");
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (HTTP_METHODS.contains(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    private static Row row(String method, String path, String expected, Function<Caller, Req> request) {
        List<Outcome> outcomes = java.util.Arrays.stream(expected.trim().split("\\s+")).map(Outcome::valueOf).toList();
        if (outcomes.size() != Caller.values().length) {
            throw new IllegalArgumentException(method + " " + path + ": " + outcomes.size() + " expectations for "
                    + Caller.values().length + " callers");
        }
        return new Row(method, path, request, outcomes);
    }

    private static Outcome outcomeOf(int status, Req req, Response response) {
        if (status >= 200 && status < 300) {
            return req.probe == null || req.probe.test(response) ? Outcome.A : Outcome.F;
        }
        return switch (status) {
            case 400 -> Outcome.I;
            case 401 -> Outcome.U;
            case 403 -> Outcome.D;
            case 404 -> Outcome.H;
            default -> null;
        };
    }

    private Response send(Row row, Req req, Caller caller) {
        RequestSpecification spec = given().header("Accept-Language", "vi");
        String token = token(caller);
        if (token != null) {
            spec.auth().oauth2(token);
        }
        req.query.forEach(spec::queryParam);
        if (req.pdfUpload) {
            spec.multiPart("file", "bien-ban.pdf", PDF, "application/pdf");
        } else if (req.csv != null) {
            spec.contentType("text/csv").body(req.csv);
        } else if (req.body != null) {
            spec.contentType(ContentType.JSON).body(req.body);
        }
        return spec.request(row.method(), row.path(), req.pathParams);
    }

    private String token(Caller caller) {
        return switch (caller) {
            case ANON -> null;
            case ADM -> Tokens.communeAdmin(communeA);
            case COO -> Tokens.coordinator(communeA);
            case REP -> Tokens.unitReporter(communeA, stationCode);
            case REP2 -> Tokens.unitReporter(communeA, schoolCode);
            case VIE -> Tokens.viewer(communeA);
            case XADM -> Tokens.communeAdmin(communeB);
            case XCOO -> Tokens.coordinator(communeB);
            case XREP -> Tokens.unitReporter(communeB, stationCode);
            case XVIE -> Tokens.viewer(communeB);
            case PROV -> Tokens.province(Fixtures.PROVINCE);
            case XPROV -> Tokens.province(Fixtures.OTHER_PROVINCE);
            case MACH -> Tokens.machineClient(Fixtures.PROVINCE);
            case PADM -> Tokens.provinceAdmin(Fixtures.PROVINCE);
        };
    }

    private static Predicate<Response> hasItem(String path, Object expected) {
        return r -> r.jsonPath().getList(path).stream().anyMatch(v -> String.valueOf(v).equals(String.valueOf(expected)));
    }

    private static Req upload(Req req) {
        req.pdfUpload = true;
        return req;
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

    private long version(String table, long id) {
        return fixtures.count("SELECT version FROM " + table + " WHERE id = " + id);
    }

    private static String versionOf(String table, long id) {
        return "SELECT coalesce((SELECT version FROM " + table + " WHERE id = " + id + ")::text, 'gone')";
    }

    private String countInCommune(String table) {
        return "SELECT count(*) FROM " + table + " WHERE commune_id = " + communeAId;
    }

    /** The first year of the plan period in which unit TYT has no Action-Month plan yet. */
    private int freeActionPlanYear() {
        return (int) fixtures.count("SELECT coalesce(min(y), 2030) FROM generate_series(2027, 2030) y WHERE NOT EXISTS "
                + "(SELECT 1 FROM action_month_plan p WHERE p.unit_id = " + station + " AND p.year = y)");
    }

    // --- request bodies -------------------------------------------------------------------------------------

    private Map<String, Object> actionPlanBody(int year, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", station);
        body.put("year", year);
        body.put("documentNumber", "12/KH-TYT");
        body.put("documentDate", "2026-11-01");
        body.put("summary", "Treo băng rôn, phát thanh song ngữ Việt – Thái " + tag);
        body.put("version", version);
        return body;
    }

    private Map<String, Object> campaignBody(Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("communeCode", communeA);
        body.put("name", "Tuần lễ thử ma trận " + tag);
        body.put("occasion", "OTHER");
        body.put("startDate", "2026-09-05");
        body.put("endDate", "2026-09-12");
        body.put("taskGroups", List.of(2));
        body.put("version", version);
        return body;
    }

    private Map<String, Object> conventionBody(Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("villageId", village);
        body.put("title", "Hương ước bản thử " + tag);
        body.put("decisionNumber", "45/QĐ-UBND");
        body.put("decisionDate", "2020-05-01");
        body.put("status", "IN_FORCE");
        body.put("version", version);
        return body;
    }

    private static Map<String, Object> reviewBody() {
        return Map.of("reviewedOn", "2026-08-20", "reviewers", "Tổ rà soát của UBND xã", "noDiscrimination", true);
    }

    private Map<String, Object> checklistBody() {
        return Map.of("title", "Bộ tiêu chí thử ma trận " + tag, "threshold", 1, "criteria",
                List.of(Map.of("code", "BALANCED_SOURCES", "textVi", "Có cả phụ nữ và nam giới là nguồn tin",
                        "textEn", "Women and men both appear as sources")));
    }

    private Map<String, Object> mediaBody(Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", station);
        body.put("kind", "NEWS");
        body.put("title", "Bản tin thử " + tag);
        body.put("publishedOn", "2026-10-01");
        body.put("version", version);
        return body;
    }

    private static Map<String, Object> assessmentBody(long version) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (String code : List.of("BALANCED_SOURCES", "NO_STEREOTYPES", "NEUTRAL_LANGUAGE", "WOMEN_LEADERSHIP",
                "GBV_ETHICS")) {
            answers.put(code, true);
        }
        return Map.of("checklistVersion", 1, "answers", answers, "version", version);
    }

    private static Map<String, Object> referenceBody(String code, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "FUNDING_SOURCE");
        body.put("code", code);
        body.put("labelVi", "Quỹ thử " + code);
        body.put("labelEn", "Test fund " + code);
        body.put("version", version);
        return body;
    }

    private Map<String, Object> sessionBody(Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", station);
        body.put("heldOn", "2026-03-10");
        body.put("durationMinutes", 90);
        body.put("taskGroups", List.of(1));
        body.put("topicIds", List.of(lawPolicy));
        body.put("formatId", villageMeeting);
        body.put("villageId", village);
        body.put("audienceGroupIds", List.of(men));
        body.put("participantsMale", 18);
        body.put("participantsFemale", 27);
        body.put("ethnicMinorityParticipants", 40);
        body.put("costVnd", 1_500_000);
        body.put("notes", "Họp bản thử ma trận " + tag);
        body.put("version", version);
        return body;
    }

    private Map<String, Object> surveyBody(Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("communeCode", communeA);
        body.put("name", "Khảo sát thử ma trận " + tag);
        body.put("conductedOn", "2026-10-01");
        body.put("method", "Phiếu hỏi 3 câu đúng/sai");
        body.put("baseline", false);
        body.put("measure", "THRESHOLD");
        body.put("threshold", 2);
        body.put("version", version);
        return body;
    }

    private Map<String, Object> unitBody(String code, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("communeCode", communeA);
        body.put("kind", "HEALTH_STATION");
        body.put("code", code);
        body.put("name", "Đơn vị thử ma trận " + code);
        body.put("activeFrom", "2026-01-01");
        body.put("targets", List.of(1));
        body.put("version", version);
        return body;
    }

    private Map<String, Object> villageBody(String code, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("communeCode", communeA);
        body.put("code", code);
        body.put("name", "Bản thử ma trận " + code);
        body.put("version", version);
        return body;
    }

    // --- fixture data -----------------------------------------------------------------------------------------

    /** Commune A with one record of every kind, commune B of the same province, and a unit of B with TYT's code. */
    void prepare() {
        fixtures.areas();
        communeA = fixtures.freshCommune();
        communeB = fixtures.freshCommune();
        // Named to sort first, so a province user's first page of communes shows them.
        fixtures.execute("UPDATE area SET name = 'A – xã thử ma trận " + communeA + "' WHERE code = '" + communeA + "'");
        fixtures.execute("UPDATE area SET name = 'A – xã thử ma trận " + communeB + "' WHERE code = '" + communeB + "'");
        communeAId = fixtures.count("SELECT id FROM area WHERE code = '" + communeA + "'");
        tag = "M" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
        stationCode = tag + "-TYT";
        schoolCode = tag + "-TH";
        station = fixtures.unit(communeA, stationCode, "Trạm Y tế thử ma trận " + tag, "HEALTH_STATION",
                LocalDate.of(2026, 1, 1), null);
        school = fixtures.unit(communeA, schoolCode, "Trường Tiểu học thử ma trận " + tag, "SCHOOL",
                LocalDate.of(2026, 1, 1), null);
        spareUnit = fixtures.unit(communeA, tag + "-DV", "Trung tâm thử ma trận " + tag, "OTHER",
                LocalDate.of(2026, 1, 1), null);
        fixtures.unit(communeB, stationCode, "Trạm Y tế xã B " + tag, "HEALTH_STATION", LocalDate.of(2026, 1, 1), null);
        village = fixtures.village(communeA, communeA + "-01", "Bản thử ma trận " + tag);
        campaign = fixtures.campaign(communeA, "Chiến dịch thử ma trận " + tag, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31));
        lawPolicy = fixtures.reference("TOPIC", "LAW_POLICY");
        villageMeeting = fixtures.reference("FORMAT", "VILLAGE_MEETING");
        men = fixtures.reference("AUDIENCE_GROUP", "MEN");
        plan = fixtures.count("""
                INSERT INTO programme_plan (commune_id, title, issued_text, signer_name, signer_title, period_start,
                    period_end, start_date, implements_plan)
                VALUES (%d, 'Kế hoạch thử ma trận', 'năm 2026', 'Người ký', 'Chủ tịch', 2026, 2030, DATE '2026-01-01',
                    'KH tỉnh') RETURNING id""".formatted(communeAId));
        fixtures.execute("INSERT INTO plan_target (plan_id, number, wording, responsible, unit_of_measure) VALUES ("
                + plan + ", 4, 'Mục tiêu 4', 'Trung tâm Dịch vụ tổng hợp', '%')");

        String coordinator = Tokens.coordinator(communeA);
        session = created(coordinator, "/api/v1/sessions", sessionBody(null));
        attachment = ((Number) given().auth().oauth2(coordinator).multiPart("file", "bien-ban.pdf", PDF, "application/pdf")
                .post("/api/v1/sessions/{id}/attachments", session).then().statusCode(201).extract().path("id"))
                .longValue();
        actionPlan = created(coordinator, "/api/v1/action-month-plans", actionPlanBody(2026, null));
        given().auth().oauth2(coordinator).multiPart("file", "ke-hoach.pdf", PDF, "application/pdf")
                .post("/api/v1/action-month-plans/{id}/attachment", actionPlan).then().statusCode(200);
        mediaProduct = created(coordinator, "/api/v1/media-products", mediaBody(null));
        convention = created(coordinator, "/api/v1/conventions", conventionBody(null));
        review = created(coordinator, "/api/v1/conventions/" + convention + "/reviews", reviewBody());
        surveyRound = created(coordinator, "/api/v1/survey-rounds", surveyBody(null));
        referenceItem = created(Tokens.communeAdmin(communeA), "/api/v1/reference-items", referenceBody("M_" + tag, null));
    }

    private static long created(String token, String path, Object body) {
        return ((Number) given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then()
                .statusCode(201).extract().path("id")).longValue();
    }
}
