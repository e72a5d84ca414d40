package vn.binhdang.sessions;

import static vn.binhdang.support.Api.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.binhdang.support.Fixtures;

/** A commune with units, a village and a campaign, and valid session requests to vary. */
class SessionFixture {
    final Fixtures fixtures;
    final String tag;
    final long station;
    final long school;
    final long otherCommuneUnit;
    final long village;
    final long campaign;
    final long lawPolicy;
    final long family;
    final long villageMeeting;
    final long loudspeaker;
    final long thai;
    final long pupils;
    final long men;
    final long budget;

    SessionFixture(Fixtures fixtures) {
        this.fixtures = fixtures;
        fixtures.areas();
        tag = "S" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        station = fixtures.unit(Fixtures.COMMUNE, tag + "-TYT", "Trạm Y tế " + tag, "HEALTH_STATION",
                LocalDate.of(2026, 1, 1), null);
        school = fixtures.unit(Fixtures.COMMUNE, tag + "-TH", "Trường Tiểu học " + tag, "SCHOOL",
                LocalDate.of(2026, 1, 1), null);
        otherCommuneUnit = fixtures.unit(Fixtures.OTHER_COMMUNE, tag + "-TYT", "Trạm Y tế xã khác " + tag,
                "HEALTH_STATION", LocalDate.of(2026, 1, 1), null);
        village = fixtures.village(Fixtures.COMMUNE, "03390-" + (100 + Math.floorMod(tag.hashCode(), 900)),
                "Bản thử " + tag);
        campaign = fixtures.campaign(Fixtures.COMMUNE, "Chiến dịch thử " + tag, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31));
        lawPolicy = fixtures.reference("TOPIC", "LAW_POLICY");
        family = fixtures.reference("TOPIC", "FAMILY");
        villageMeeting = fixtures.reference("FORMAT", "VILLAGE_MEETING");
        loudspeaker = fixtures.reference("FORMAT", "LOUDSPEAKER");
        thai = fixtures.reference("LANGUAGE", "THAI");
        pupils = fixtures.reference("AUDIENCE_GROUP", "PUPILS");
        men = fixtures.reference("AUDIENCE_GROUP", "MEN");
        budget = fixtures.reference("FUNDING_SOURCE", "COMMUNE_BUDGET");
    }

    /** The unit code a reporter of the station has in their token. */
    String stationCode() {
        return tag + "-TYT";
    }

    Map<String, Object> request(long unitId, String heldOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("heldOn", heldOn);
        body.put("durationMinutes", 90);
        body.put("taskGroups", List.of(1));
        body.put("topicIds", List.of(lawPolicy));
        body.put("formatId", villageMeeting);
        body.put("villageId", village);
        body.put("languageIds", List.of(thai));
        body.put("audienceGroupIds", List.of(men));
        body.put("participantsMale", 18);
        body.put("participantsFemale", 27);
        body.put("ethnicMinorityParticipants", 40);
        body.put("costVnd", 1_500_000);
        body.put("fundingSourceId", budget);
        body.put("notes", "Họp bản tuyên truyền Luật Bình đẳng giới " + tag);
        return body;
    }

    long create(String token, Map<String, Object> body) {
        return ((Number) as(token).body(body).post("/api/v1/sessions").then().statusCode(201).extract().path("id"))
                .longValue();
    }
}
