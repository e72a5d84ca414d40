package vn.binhdang.sessions;

import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.binhdang.units.UnitAccess;
import vn.binhdang.areas.Area;
import vn.binhdang.areas.AreaLevel;
import vn.binhdang.areas.AreaRepository;
import vn.binhdang.audit.AuditAction;
import vn.binhdang.audit.AuditLog;
import vn.binhdang.audit.AuditedType;
import vn.binhdang.campaigns.Campaign;
import vn.binhdang.campaigns.CampaignRepository;
import vn.binhdang.common.Calendar;
import vn.binhdang.common.Idempotency;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.ProblemException;
import vn.binhdang.common.Withdrawal;
import vn.binhdang.common.ProblemException.Violation;
import vn.binhdang.common.ProblemType;
import vn.binhdang.indicators.ProgrammeRules;
import vn.binhdang.plans.PlanRepository;
import vn.binhdang.references.ReferenceItem;
import vn.binhdang.references.ReferenceItemRepository;
import vn.binhdang.references.ReferenceKind;
import vn.binhdang.security.CurrentUser;
import vn.binhdang.security.ReadScope;
import vn.binhdang.units.Unit;
import vn.binhdang.units.UnitRepository;

/**
 * Communication sessions. A unit reporter records and edits their own unit's sessions; the commune's
 * coordinator and admin all of the commune's; everyone in scope reads. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class SessionService {
    @Inject
    UnitAccess unitAccess;


    @Inject
    Clock clock;

    @Inject
    SessionRepository sessions;

    @Inject
    SessionViews views;

    @Inject
    AttachmentRepository attachments;

    @Inject
    UnitRepository units;

    @Inject
    AreaRepository areas;

    @Inject
    CampaignRepository campaigns;

    @Inject
    ReferenceItemRepository references;

    @Inject
    PlanRepository plans;

    @Inject
    Idempotency idempotency;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog auditLog;

    @Inject
    ProgrammeRules rules;

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionPage list(SessionFilter filter, PageParams paging) {
        ReadScope scope = user.readScope(filter.communeCode);
        if (scope.isNothing()) {
            return new SessionPage(List.of(), paging.page, paging.size, 0, 0, new SessionTotals(0, 0, 0, 0, 0, 0));
        }
        SessionTotals totals = sessions.totals(scope, filter);
        List<Long> ids = sessions.ids(scope, filter, paging.page * paging.size, paging.size);
        int pages = (int) ((totals.sessions() + paging.size - 1) / paging.size);
        return new SessionPage(views.of(sessions.loadInOrder(ids)), paging.page, paging.size, totals.sessions(), pages,
                totals);
    }

    /** Every session matching the filter, for an export (refused above {@code limit} rows). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionView> all(SessionFilter filter, int limit) {
        ReadScope scope = user.readScope(filter.communeCode);
        if (scope.isNothing()) {
            return List.of();
        }
        long count = sessions.totals(scope, filter).sessions();
        if (count > limit) {
            throw new ProblemException(ProblemType.VALIDATION, List.of(), "session.export.too-many", count, limit);
        }
        List<Long> ids = sessions.ids(scope, filter, 0, limit);
        List<SessionView> rows = new ArrayList<>(ids.size());
        for (int start = 0; start < ids.size(); start += 1000) {
            rows.addAll(views.of(sessions.loadInOrder(ids.subList(start, Math.min(ids.size(), start + 1000)))));
            sessions.getEntityManager().clear();
        }
        return rows;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionView get(long id) {
        return views.one(readable(id));
    }

    /** Records a session; with an idempotency key, a retry of the same request returns the first result. */
    public Created create(SessionRequest request, String idempotencyKey) {
        if (idempotencyKey != null) {
            var earlier = idempotency.earlier(user.username(), idempotencyKey, request);
            if (earlier.isPresent()) {
                return new Created(get(earlier.get()), false);
            }
        }
        Unit unit = unitAccess.writableUnit(request.unitId());
        CommunicationSession session = new CommunicationSession();
        session.commune = unit.commune;
        apply(request, unit, session);
        sessions.persist(session);
        sessions.flush();
        if (idempotencyKey != null) {
            idempotency.remember(user.username(), idempotencyKey, request, session.id);
        }
        SessionView created = views.one(session);
        audit(session, AuditAction.CREATED, null, created);
        return new Created(created, true);
    }

    /** The session and whether this call created it (false: a retry answered from the first result). */
    public record Created(SessionView session, boolean createdNow) {
    }

    public SessionView update(long id, SessionRequest request) {
        CommunicationSession session = readable(id);
        unitAccess.checkWritable(session.unit);
        ProblemException.checkVersion(request.version(), session.version);
        Unit unit = session.unit.id.equals(request.unitId()) ? session.unit : unitAccess.writableUnit(request.unitId());
        if (unit.commune.id.longValue() != session.commune.id.longValue()) {
            throw ProblemException.invalidField("unitId", "unit.not-in-commune", request.unitId());
        }
        SessionView before = views.one(session);
        apply(request, unit, session);
        sessions.flush();
        SessionView after = views.one(session);
        audit(session, AuditAction.UPDATED, before, after);
        return after;
    }

    /**
     * Withdraws a session entered by mistake, with its evidence files, for whoever may edit it; its last state
     * and the reason stay in the audit trail. The figures follow at once (they are computed from the records).
     */
    public void delete(long id, Withdrawal withdrawal) {
        CommunicationSession session = readable(id);
        unitAccess.checkWritable(session.unit);
        String reason = withdrawal.checkedReason(session.version);
        SessionView last = views.one(session);
        attachments.delete("sessionId", session.id);
        sessions.delete(session);
        sessions.flush();
        auditLog.deleted(AuditedType.SESSION, id, session.commune.id, last, reason);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitSessionSummary summary(long unitId, int year) {
        Unit unit = units.findWithCommune(unitId).orElseThrow(() -> ProblemException.notFound("unit", unitId));
        unitAccess.checkReadable(unit, "unit", unitId);
        return sessions.summary(unit.id, year, rules.lawPolicySessionsRequired());
    }

    /** The session, if the caller may read it (another commune's is "not found"). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommunicationSession readable(long id) {
        CommunicationSession session = sessions.findFull(id).orElseThrow(() -> ProblemException.notFound("session", id));
        unitAccess.checkReadable(session.unit, "session", id);
        return session;
    }



    private void apply(SessionRequest request, Unit unit, CommunicationSession session) {
        long communeId = unit.commune.id;
        List<Violation> violations = new ArrayList<>();
        LocalDate today = Calendar.today(clock);
        LocalDate start = plans.startDateOf(communeId);
        if (request.heldOn().isAfter(today)) {
            violations.add(new Violation("heldOn", "session.held-on.future", Calendar.format(today)));
        } else if (request.heldOn().isBefore(start)) {
            violations.add(new Violation("heldOn", "session.held-on.before-plan", Calendar.format(start)));
        } else if (!unit.activeOn(request.heldOn())) {
            violations.add(unit.inactiveOn("heldOn", request.heldOn()));
        }
        Campaign campaign = null;
        if (request.campaignId() != null) {
            campaign = campaigns.findByIdOptional(request.campaignId()).filter(c -> c.commune.id == communeId)
                    .orElse(null);
            if (campaign == null) {
                violations.add(new Violation("campaignId", "session.campaign.unknown", request.campaignId()));
            } else if (!campaign.covers(request.heldOn())) {
                violations.add(new Violation("heldOn", "session.held-on.outside-campaign",
                        Calendar.format(campaign.startDate), Calendar.format(campaign.endDate)));
            }
        }
        Area village = null;
        if (request.villageId() != null) {
            village = areas.findByIdOptional(request.villageId())
                    .filter(v -> v.level == AreaLevel.VILLAGE && v.parent.id == communeId).orElse(null);
            if (village == null) {
                violations.add(new Violation("villageId", "session.village.unknown", request.villageId()));
            }
        }
        Set<Long> chosen = new java.util.HashSet<>();
        chosen.addAll(request.topicIds());
        chosen.add(request.formatId());
        chosen.addAll(orEmpty(request.languageIds()));
        chosen.addAll(orEmpty(request.audienceGroupIds()));
        if (request.fundingSourceId() != null) {
            chosen.add(request.fundingSourceId());
        }
        Map<Long, ReferenceItem> items = references.byIds(chosen).stream()
                .filter(item -> item.availableTo(communeId))
                .collect(Collectors.toMap(item -> item.id, Function.identity()));
        Set<Long> alreadyOnSession = new java.util.HashSet<>();
        if (session.id != null) {
            alreadyOnSession.addAll(List.of(session.topicIds));
            alreadyOnSession.addAll(List.of(session.languageIds));
            alreadyOnSession.addAll(List.of(session.audienceIds));
            alreadyOnSession.add(session.format.id);
            if (session.fundingSource != null) {
                alreadyOnSession.add(session.fundingSource.id);
            }
        }
        checkKind(request.topicIds(), ReferenceKind.TOPIC, "topicIds", items, alreadyOnSession, violations);
        checkKind(Set.of(request.formatId()), ReferenceKind.FORMAT, "formatId", items, alreadyOnSession, violations);
        checkKind(orEmpty(request.languageIds()), ReferenceKind.LANGUAGE, "languageIds", items, alreadyOnSession,
                violations);
        checkKind(orEmpty(request.audienceGroupIds()), ReferenceKind.AUDIENCE_GROUP, "audienceGroupIds", items,
                alreadyOnSession, violations);
        if (request.fundingSourceId() != null) {
            checkKind(Set.of(request.fundingSourceId()), ReferenceKind.FUNDING_SOURCE, "fundingSourceId", items,
                    alreadyOnSession, violations);
        }
        int participants = request.participantsMale() + request.participantsFemale();
        if (request.ethnicMinorityParticipants() > participants) {
            violations.add(new Violation("ethnicMinorityParticipants", "session.ethnic.above-total", participants));
        }
        ReferenceItem format = items.get(request.formatId());
        if (format != null && format.kind == ReferenceKind.FORMAT) {
            if (format.needsReach && participants == 0 && (request.reach() == null || request.reach() == 0)) {
                violations.add(new Violation("reach", "session.reach.required"));
            }
            if (!format.needsReach && participants == 0) {
                violations.add(new Violation("participantsMale", "session.participants.required"));
                violations.add(new Violation("participantsFemale", "session.participants.required"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, violations, "problem.validation.detail",
                    violations.size());
        }
        session.unit = unit;
        session.heldOn = request.heldOn();
        session.durationMinutes = request.durationMinutes();
        session.campaign = campaign;
        session.taskGroups = orEmpty(request.taskGroups()).stream().sorted().toArray(Integer[]::new);
        session.topicIds = request.topicIds().stream().sorted().toArray(Long[]::new);
        session.format = format;
        session.village = village;
        session.venue = blankToNull(request.venue());
        session.languageIds = orEmpty(request.languageIds()).stream().sorted().toArray(Long[]::new);
        session.audienceIds = orEmpty(request.audienceGroupIds()).stream().sorted().toArray(Long[]::new);
        session.participantsMale = request.participantsMale();
        session.participantsFemale = request.participantsFemale();
        session.ethnicMinority = request.ethnicMinorityParticipants();
        session.reach = request.reach();
        session.costVnd = request.costVnd();
        session.fundingSource = request.fundingSourceId() == null ? null : items.get(request.fundingSourceId());
        session.notes = blankToNull(request.notes());
        session.touchedBy(user.username());
    }

    /** Each id must be an entry of the right list, usable by the commune, and active unless already chosen. */
    private static void checkKind(Collection<Long> ids, ReferenceKind kind, String field, Map<Long, ReferenceItem> items,
            Set<Long> alreadyOnSession, List<Violation> violations) {
        for (Long id : ids) {
            ReferenceItem item = items.get(id);
            if (item == null || item.kind != kind || (!item.active && !alreadyOnSession.contains(id))) {
                violations.add(new Violation(field, "session.reference.unknown", id));
                return;
            }
        }
    }

    void audit(CommunicationSession session, AuditAction action, SessionView before, SessionView after) {
        auditLog.record(AuditedType.SESSION, session.id, session.commune.id, action, before, after);
    }

    private static <T> Collection<T> orEmpty(Collection<T> values) {
        return values == null ? Set.of() : values;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
