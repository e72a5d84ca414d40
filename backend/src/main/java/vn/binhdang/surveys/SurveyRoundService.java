package vn.binhdang.surveys;

import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.binhdang.areas.AreaAccess;
import vn.binhdang.areas.Area;
import vn.binhdang.areas.AreaRepository;
import vn.binhdang.audit.AuditAction;
import vn.binhdang.audit.AuditLog;
import vn.binhdang.audit.AuditedType;
import vn.binhdang.common.Calendar;
import vn.binhdang.common.Messages;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.common.ProblemException;
import vn.binhdang.common.Withdrawal;
import vn.binhdang.common.ProblemException.Violation;
import vn.binhdang.common.ProblemType;
import vn.binhdang.references.ReferenceItem;
import vn.binhdang.references.ReferenceItemRepository;
import vn.binhdang.references.ReferenceKind;
import vn.binhdang.security.CurrentUser;

/**
 * Awareness survey rounds (target 3): read in scope; created, changed and filled — by hand or from the
 * response file — by the commune's coordinator and admin. A commune has at most one baseline round.
 */
@ApplicationScoped
@Transactional
public class SurveyRoundService {
    @Inject
    AreaAccess access;

    @Inject
    Clock clock;

    @Inject
    SurveyRoundRepository rounds;

    @Inject
    AreaRepository areas;

    @Inject
    ReferenceItemRepository references;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog auditLog;

    @Inject
    Messages messages;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<SurveyRoundView> list(String communeCode, Integer year, PageParams paging) {
        var page = rounds.list(user.readScope(communeCode), year, paging.toPage());
        Map<Long, ReferenceItem> groups = groupsOf(page.rows());
        return page.toPage(round -> view(round, groups), paging);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveyRoundView get(long id) {
        return view(readable(id));
    }

    public SurveyRoundView create(SurveyRoundRequest request) {
        Area commune = access.managedCommune(request.communeCode());
        SurveyRound round = new SurveyRound();
        round.commune = commune;
        apply(request, round);
        rounds.persist(round);
        rounds.flush();
        SurveyRoundView created = view(round);
        audit(round, AuditAction.CREATED, null, created);
        return created;
    }

    public SurveyRoundView update(long id, SurveyRoundRequest request) {
        SurveyRound round = readable(id);
        access.checkManages(round.commune);
        ProblemException.checkVersion(request.version(), round.version);
        if (!round.commune.code.equals(request.communeCode())) {
            throw ProblemException.invalidField("communeCode", "commune.code.immutable");
        }
        SurveyRoundView before = view(round);
        apply(request, round);
        rounds.flush();
        SurveyRoundView after = view(round);
        audit(round, AuditAction.UPDATED, before, after);
        return after;
    }

    /** Withdraws a round entered by mistake, with its results, for whoever may change it; audited with the reason. */
    public void delete(long id, Withdrawal withdrawal) {
        SurveyRound round = readable(id);
        access.checkManages(round.commune);
        String reason = withdrawal.checkedReason(round.version);
        SurveyRoundView last = view(round);
        rounds.delete(round);
        rounds.flush();
        auditLog.deleted(AuditedType.SURVEY_ROUND, id, round.commune.id, last, reason);
    }

    /**
     * Replaces the round's results with the aggregates of a response file; rows that cannot be read are
     * listed with the reason (in the caller's language), never silently dropped.
     */
    public SurveyImportView importResponses(long id, byte[] body, Locale locale) {
        SurveyRound round = readable(id);
        access.checkManages(round.commune);
        if (round.measure == SurveyMeasure.THRESHOLD && round.threshold == null) {
            throw ProblemException.invalidField("threshold", "survey.threshold.required");
        }
        List<ReferenceItem> groups = references.list("kind = ?1 and active = true and (commune is null or commune.id = ?2)",
                ReferenceKind.AUDIENCE_GROUP, round.commune.id);
        SurveyResponseFile.Aggregation aggregation = SurveyResponseFile.aggregate(body, round, cell -> groupNamed(groups, cell));
        List<RejectedRowView> rejected = aggregation.rejected().stream()
                .map(r -> new RejectedRowView(r.row(), messages.get(locale, r.messageKey(), r.args()))).toList();
        if (aggregation.results().isEmpty()) {
            List<Violation> rows = aggregation.rejected().stream().limit(20)
                    .map(r -> new Violation("file", "survey.import.row",  r.row(),
                            messages.get(locale, r.messageKey(), r.args())))
                    .toList();
            throw new ProblemException(ProblemType.VALIDATION, rows, "survey.import.none-readable",
                    aggregation.rowsRead());
        }
        SurveyRoundView before = view(round);
        round.results.clear();
        round.results.addAll(aggregation.results());
        round.touchedBy(user.username());
        rounds.flush();
        SurveyRoundView after = view(round);
        audit(round, AuditAction.UPDATED, before, after);
        return new SurveyImportView(after, aggregation.rowsRead(), rejected);
    }

    private static Optional<Long> groupNamed(List<ReferenceItem> groups, String cell) {
        String wanted = SurveyResponseFile.normalise(cell);
        return groups.stream()
                .filter(g -> SurveyResponseFile.normalise(g.code).equals(wanted)
                        || SurveyResponseFile.normalise(g.labelVi).equals(wanted)
                        || SurveyResponseFile.normalise(g.labelEn).equals(wanted))
                .map(g -> g.id).findFirst();
    }

    private void apply(SurveyRoundRequest request, SurveyRound round) {
        List<Violation> violations = new ArrayList<>();
        LocalDate today = Calendar.today(clock);
        if (request.conductedOn().isAfter(today)) {
            violations.add(new Violation("conductedOn", "date.future", Calendar.format(today)));
        }
        if (request.measure() == SurveyMeasure.THRESHOLD && request.threshold() == null) {
            violations.add(new Violation("threshold", "survey.threshold.required"));
        }
        if (request.measure() == SurveyMeasure.MEAN_SCORE && request.scaleMax() == null) {
            violations.add(new Violation("scaleMax", "survey.scale.required"));
        }
        if (request.threshold() != null && request.scaleMax() != null
                && request.threshold().compareTo(request.scaleMax()) > 0) {
            violations.add(new Violation("threshold", "survey.threshold.above-scale", plain(request.scaleMax())));
        }
        List<SurveyResultRequest> results = request.results() != null ? request.results()
                : round.results.stream().map(r -> new SurveyResultRequest(r.groupId, r.sex, r.respondents, r.aware,
                        r.meanScore)).toList();
        checkResults(request, results, round, violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, violations, "problem.validation.detail",
                    violations.size());
        }
        if (Boolean.TRUE.equals(request.baseline())) {
            rounds.baselineOf(round.commune.id).filter(other -> !other.id.equals(round.id)).ifPresent(other -> {
                throw new ProblemException(ProblemType.CONFLICT,
                        List.of(new Violation("baseline", "survey.baseline.taken", other.name)),
                        "problem.conflict.survey-baseline", other.name);
            });
        }
        round.name = request.name().strip();
        round.conductedOn = request.conductedOn();
        round.year = request.conductedOn().getYear();
        round.method = request.method().strip();
        round.baseline = request.baseline();
        round.measure = request.measure();
        round.threshold = scaled(request.threshold());
        round.scaleMax = scaled(request.scaleMax());
        if (request.results() != null) {
            round.results.clear();
            for (SurveyResultRequest r : request.results()) {
                round.results.add(new SurveyResult(r.groupId(), r.sex(), r.respondents(), r.aware(),
                        scaled(r.meanScore())));
            }
        }
        round.touchedBy(user.username());
    }

    /** Each result names an audience group of the commune once per sex, with what the round's measure needs. */
    private void checkResults(SurveyRoundRequest request, List<SurveyResultRequest> results, SurveyRound round,
            List<Violation> violations) {
        Set<Long> onRound = round.results.stream().map(r -> r.groupId).collect(Collectors.toSet());
        Map<Long, ReferenceItem> groups = references.byIds(results.stream().map(SurveyResultRequest::groupId)
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(item -> item.id, Function.identity()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            SurveyResultRequest r = results.get(i);
            String at = "results[" + i + "]";
            ReferenceItem group = groups.get(r.groupId());
            if (group == null || group.kind != ReferenceKind.AUDIENCE_GROUP || !group.availableTo(round.commune.id)
                    || (!group.active && !onRound.contains(group.id))) {
                violations.add(new Violation(at + ".groupId", "survey.group.unknown", r.groupId()));
                continue;
            }
            if (!seen.add(r.groupId() + "/" + r.sex())) {
                violations.add(new Violation(at, "survey.result.duplicate", group.labelVi, r.sex()));
            }
            if (r.aware() != null && r.aware() > r.respondents()) {
                violations.add(new Violation(at + ".aware", "survey.aware.above-respondents", r.respondents()));
            }
            if (request.measure() == SurveyMeasure.THRESHOLD && r.aware() == null) {
                violations.add(new Violation(at + ".aware", "survey.aware.required"));
            }
            if (request.measure() == SurveyMeasure.MEAN_SCORE && r.meanScore() == null && r.respondents() > 0) {
                violations.add(new Violation(at + ".meanScore", "survey.mean.required"));
            }
            if (r.meanScore() != null && request.scaleMax() != null && r.meanScore().compareTo(request.scaleMax()) > 0) {
                violations.add(new Violation(at + ".meanScore", "survey.mean.range", plain(request.scaleMax())));
            }
        }
    }

    private SurveyRoundView view(SurveyRound round) {
        return view(round, groupsOf(List.of(round)));
    }

    /** The labels of every group on a page of rounds, in one query. */
    private Map<Long, ReferenceItem> groupsOf(List<SurveyRound> page) {
        Set<Long> ids = page.stream().flatMap(r -> r.results.stream()).map(r -> r.groupId).collect(Collectors.toSet());
        return references.byIds(ids).stream().collect(Collectors.toMap(item -> item.id, Function.identity()));
    }

    private static SurveyRoundView view(SurveyRound round, Map<Long, ReferenceItem> groups) {
        List<SurveyResultView> results = round.results.stream()
                .sorted(Comparator.comparing((SurveyResult r) -> groups.get(r.groupId).sortOrder)
                        .thenComparing(r -> groups.get(r.groupId).code).thenComparing(r -> r.sex))
                .map(r -> {
                    ReferenceItem g = groups.get(r.groupId);
                    return new SurveyResultView(g.id, g.code, g.labelVi, g.labelEn, r.sex, r.respondents, r.aware,
                            r.meanScore);
                }).toList();
        return new SurveyRoundView(round.id, round.commune.code, round.name, round.conductedOn, round.year,
                round.method, round.baseline, round.measure, round.threshold, round.scaleMax, results, round.version);
    }

    private SurveyRound readable(long id) {
        SurveyRound round = rounds.findWithCommune(id).orElseThrow(() -> ProblemException.notFound("survey-round", id));
        access.checkReadable(round.commune, "survey-round", id);
        return round;
    }


    private void audit(SurveyRound round, AuditAction action, SurveyRoundView before, SurveyRoundView after) {
        auditLog.record(AuditedType.SURVEY_ROUND, round.id, round.commune.id, action, before, after);
    }

    /** Two decimals, as the database keeps them, so a value reads the same before and after a reload. */
    private static java.math.BigDecimal scaled(java.math.BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** Without trailing zeros; the message writes it in the request's language. */
    private static java.math.BigDecimal plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros();
    }
}
