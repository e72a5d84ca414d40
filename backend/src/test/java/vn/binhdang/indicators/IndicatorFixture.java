package vn.binhdang.indicators;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import vn.binhdang.support.Fixtures;

/** A fresh commune of Lai Châu per test, so each formula is checked on a small dataset of its own. */
class IndicatorFixture {
    private static final AtomicInteger NEXT = new AtomicInteger(51000);
    final Fixtures fixtures;
    final String commune;
    final long communeId;

    IndicatorFixture(Fixtures fixtures) {
        this.fixtures = fixtures;
        fixtures.areas();
        commune = String.valueOf(NEXT.getAndIncrement() + (int) (System.nanoTime() % 1000) * 10);
        communeId = fixtures.area(commune, "Xã thử chỉ tiêu " + commune, "COMMUNE", Fixtures.PROVINCE);
    }

    long unit(String code, LocalDate from, LocalDate to) {
        return fixtures.unit(commune, code, "Đơn vị " + code + " " + commune, "OTHER", from, to);
    }

    long village(int n) {
        return fixtures.village(commune, commune + "-" + String.format("%02d", n), "Bản " + n + " của " + commune);
    }

    /** A session of the unit on that day; lawPolicy decides whether its topic counts for target 1. */
    void session(long unitId, String day, boolean lawPolicy) {
        sessionId(unitId, day, lawPolicy);
    }

    long sessionId(long unitId, String day, boolean lawPolicy) {
        String topic = lawPolicy ? "LAW_POLICY" : "FAMILY";
        return fixtures.count("""
                INSERT INTO communication_session (commune_id, unit_id, held_on, topic_ids, format_id,
                    participants_male, participants_female, ethnic_minority, audience_ids)
                VALUES (%d, %d, DATE '%s',
                    ARRAY[(SELECT id FROM reference_item WHERE code = '%s' AND commune_id IS NULL)],
                    (SELECT id FROM reference_item WHERE code = 'VILLAGE_MEETING'), 10, 12, 5,
                    ARRAY[(SELECT id FROM reference_item WHERE code = 'MEN' AND commune_id IS NULL)]) RETURNING id"""
                .formatted(communeId, unitId, day, topic));
    }

    void actionPlan(long unitId, int year, String filedOn) {
        fixtures.execute("""
                INSERT INTO action_month_plan (unit_id, year, document_date, summary, filed_on, received_on)
                VALUES (%d, %d, DATE '%s', 'Kế hoạch Tháng hành động', DATE '%s', DATE '%s')"""
                .formatted(unitId, year, filedOn, filedOn, filedOn));
    }

    long surveyRound(int year, boolean baseline) {
        return fixtures.count("""
                INSERT INTO survey_round (commune_id, name, conducted_on, year, method, baseline, measure, threshold)
                VALUES (%d, 'Khảo sát %d', DATE '%d-10-01', %d, 'Phiếu hỏi', %s, 'THRESHOLD', 7) RETURNING id"""
                .formatted(communeId, year, year, year, baseline));
    }

    void surveyResult(long round, String group, String sex, int respondents, int aware) {
        fixtures.execute("""
                INSERT INTO survey_result (round_id, group_id, sex, respondents, aware)
                VALUES (%d, (SELECT id FROM reference_item WHERE code = '%s' AND commune_id IS NULL), '%s', %d, %d)"""
                .formatted(round, group, sex, respondents, aware));
    }

    void mediaProduct(long unitId, String day, Boolean passed) {
        fixtures.execute("""
                INSERT INTO media_product (unit_id, kind, title, published_on, checklist_id, passed)
                VALUES (%d, 'BROADCAST', 'Bản tin', DATE '%s', %s, %s)"""
                .formatted(unitId, day, passed == null ? "NULL" : "(SELECT id FROM media_checklist WHERE version = 1)",
                        passed == null ? "NULL" : passed.toString()));
    }

    long convention(long villageId, String status) {
        return fixtures.count("""
                INSERT INTO village_convention (village_id, title, decision_date, status)
                VALUES (%d, 'Hương ước bản', DATE '2020-05-01', '%s') RETURNING id""".formatted(villageId, status));
    }

    void review(long conventionId, String day, boolean noDiscrimination) {
        fixtures.execute("""
                INSERT INTO convention_review (convention_id, reviewed_on, reviewers, no_discrimination)
                VALUES (%d, DATE '%s', 'Tổ rà soát', %s)""".formatted(conventionId, day, noDiscrimination));
    }

    /** The plan's yearly target for one of the commune's targets (a plan is created on first use). */
    void target(int number, int year, int value) {
        fixtures.execute("""
                INSERT INTO programme_plan (commune_id, title, issued_text, signer_name, signer_title, period_start,
                    period_end, start_date, implements_plan)
                VALUES (%d, 'Kế hoạch thử', 'năm 2026', 'Người ký', 'Chủ tịch', 2026, 2030, DATE '2026-01-01', 'KH tỉnh')
                ON CONFLICT (commune_id, period_start) DO NOTHING""".formatted(communeId));
        fixtures.execute("""
                INSERT INTO plan_target (plan_id, number, wording, responsible, unit_of_measure)
                SELECT id, %d, 'Mục tiêu', 'Phòng VH-XH', '%%' FROM programme_plan WHERE commune_id = %d
                ON CONFLICT (plan_id, number) DO NOTHING""".formatted(number, communeId));
        fixtures.execute("""
                INSERT INTO plan_target_value (target_id, year, value)
                SELECT t.id, %d, %d FROM plan_target t JOIN programme_plan p ON p.id = t.plan_id
                WHERE p.commune_id = %d AND t.number = %d""".formatted(year, value, communeId, number));
    }
}
