package vn.binhdang.conventions;

import java.time.Clock;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.binhdang.areas.AreaAccess;
import vn.binhdang.areas.Area;
import vn.binhdang.areas.AreaLevel;
import vn.binhdang.areas.AreaRepository;
import vn.binhdang.audit.AuditAction;
import vn.binhdang.audit.AuditLog;
import vn.binhdang.audit.AuditedType;
import vn.binhdang.common.Calendar;
import vn.binhdang.common.Listing;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.common.ProblemException;
import vn.binhdang.common.Withdrawal;
import vn.binhdang.common.ProblemType;
import vn.binhdang.security.CurrentUser;

/**
 * Village conventions and their reviews for gender discrimination (target 5): read in scope; recorded,
 * changed and reviewed by the commune's coordinator and admin. Reviews are only ever added; the one
 * with the latest day decides the convention's standing.
 */
@ApplicationScoped
@Transactional
public class ConventionService {
    @Inject
    AreaAccess access;

    @Inject
    Clock clock;

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    @Inject
    ConventionRepository conventions;

    @Inject
    ConventionReviewRepository reviews;

    @Inject
    AreaRepository areas;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog auditLog;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<ConventionView> list(ConventionFilter filter, PageParams paging) {
        Listing<VillageConvention> page = conventions.list(user.readScope(filter.communeCode), filter, Calendar.today(clock), paging.toPage());
        Map<Long, ConventionReview> latest = reviews.latestOf(page.rows().stream().map(c -> c.id).toList(),
                Calendar.today(clock));
        return page.toPage(c -> ConventionView.of(c, latest.get(c.id)), paging);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ConventionView get(long id) {
        return view(readable(id));
    }

    public ConventionView create(ConventionRequest request) {
        Area village = villageOfManagedCommune(request.villageId());
        VillageConvention convention = new VillageConvention();
        apply(request, village, convention);
        conventions.persist(convention);
        conventions.flush();
        ConventionView created = view(convention);
        audit(convention, AuditAction.CREATED, null, created);
        return created;
    }

    public ConventionView update(long id, ConventionRequest request) {
        VillageConvention convention = manageable(id);
        ProblemException.checkVersion(request.version(), convention.version);
        Area village = convention.village.id.equals(request.villageId()) ? convention.village
                : villageOfManagedCommune(request.villageId());
        if (!village.parent.id.equals(convention.village.parent.id)) {
            throw ProblemException.invalidField("villageId", "convention.village.other-commune", request.villageId());
        }
        ConventionView before = view(convention);
        apply(request, village, convention);
        conventions.flush();
        ConventionView after = view(convention);
        audit(convention, AuditAction.UPDATED, before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<ConventionReviewView> reviews(long id, PageParams paging) {
        VillageConvention convention = readable(id);
        return reviews.of(convention.id, paging.toPage()).toPage(ConventionReviewView::of, paging);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ConventionReviewView review(long id, long reviewId) {
        VillageConvention convention = readable(id);
        return reviews.findByIdOptional(reviewId).filter(r -> r.conventionId == convention.id)
                .map(ConventionReviewView::of)
                .orElseThrow(() -> ProblemException.notFound("convention-review", reviewId));
    }

    /** Adds a review; "no discrimination" with flagged provisions, or discrimination without any, is refused. */
    public ConventionReviewView review(long id, ConventionReviewRequest request) {
        VillageConvention convention = manageable(id);
        LocalDate today = Calendar.today(clock);
        if (request.reviewedOn().isAfter(today)) {
            throw ProblemException.invalidField("reviewedOn", "date.future", Calendar.format(today));
        }
        if (convention.decisionDate != null && request.reviewedOn().isBefore(convention.decisionDate)) {
            throw ProblemException.invalidField("reviewedOn", "review.before-decision",
                    Calendar.format(convention.decisionDate));
        }
        List<FlaggedClause> clauses = request.clauses() == null ? List.of() : request.clauses();
        if (request.noDiscrimination() && !clauses.isEmpty()) {
            throw ProblemException.invalidField("clauses", "review.clauses.contradiction", clauses.size());
        }
        if (!request.noDiscrimination() && clauses.isEmpty()) {
            throw ProblemException.invalidField("clauses", "review.clauses.required");
        }
        if (convention.status == ConventionStatus.ANNULLED) {
            throw new ProblemException(ProblemType.CONFLICT, "problem.conflict.convention-annulled", convention.title);
        }
        ConventionView before = view(convention);
        ConventionReview review = new ConventionReview();
        review.conventionId = convention.id;
        review.reviewedOn = request.reviewedOn();
        review.reviewers = request.reviewers().strip();
        review.noDiscrimination = request.noDiscrimination();
        review.clauses = clauses.stream().map(c -> new FlaggedClause(c.text().strip(), c.category(),
                c.recommendation().strip(), c.followUp() == null || c.followUp().isBlank() ? null : c.followUp().strip()))
                .toList();
        review.createdBy = user.username();
        review.createdAt = Calendar.now(clock);
        reviews.persist(review);
        reviews.flush();
        audit(convention, AuditAction.UPDATED, before, view(convention));
        return ConventionReviewView.of(review);
    }

    /**
     * Withdraws a convention entered by mistake, with its reviews, for whoever may edit it (the commune's runners);
     * the convention's and each review's last state stay in the audit trail with the reason.
     */
    public void delete(long id, Withdrawal withdrawal) {
        VillageConvention convention = manageable(id);
        String reason = withdrawal.checkedReason(convention.version);
        ConventionView last = view(convention);
        long communeId = convention.village.parent.id;
        for (ConventionReview review : reviews.list("conventionId = ?1 order by id", convention.id)) {
            auditLog.deleted(AuditedType.CONVENTION_REVIEW, review.id, communeId, ConventionReviewView.of(review), reason);
            reviews.delete(review);
        }
        conventions.delete(convention);
        conventions.flush();
        auditLog.deleted(AuditedType.CONVENTION, id, communeId, last, reason);
    }

    /**
     * Withdraws a review entered by mistake ({@code version} is the convention's, as read with the review): the
     * review's last state and the reason stay in the trail, and the convention's latest review changes at once.
     */
    public void deleteReview(long id, long reviewId, Withdrawal withdrawal) {
        VillageConvention convention = manageable(id);
        ConventionReview review = reviews.findByIdOptional(reviewId).filter(r -> r.conventionId == convention.id)
                .orElseThrow(() -> ProblemException.notFound("convention-review", reviewId));
        String reason = withdrawal.checkedReason(convention.version);
        ConventionView before = view(convention);
        long communeId = convention.village.parent.id;
        ConventionReviewView last = ConventionReviewView.of(review);
        reviews.delete(review);
        reviews.flush();
        auditLog.deleted(AuditedType.CONVENTION_REVIEW, reviewId, communeId, last, reason);
        audit(convention, AuditAction.UPDATED, before, view(convention));
    }

    private void apply(ConventionRequest request, Area village, VillageConvention convention) {
        LocalDate today = Calendar.today(clock);
        if (request.decisionDate() != null && request.decisionDate().isAfter(today)) {
            throw ProblemException.invalidField("decisionDate", "date.future", Calendar.format(today));
        }
        convention.village = village;
        convention.title = request.title().strip();
        convention.decisionNumber = blankToNull(request.decisionNumber());
        convention.decisionDate = request.decisionDate();
        convention.status = request.status();
        convention.touchedBy(user.username());
    }

    private ConventionView view(VillageConvention convention) {
        return ConventionView.of(convention,
                reviews.latestOf(List.of(convention.id), Calendar.today(clock)).get(convention.id));
    }

    private VillageConvention readable(long id) {
        VillageConvention convention = conventions.findFull(id).orElseThrow(() -> ProblemException.notFound("convention", id));
        access.checkReadable(convention.village.parent, "convention", id);
        return convention;
    }

    private VillageConvention manageable(long id) {
        VillageConvention convention = readable(id);
        access.checkManages(convention.village.parent);
        return convention;
    }

    /** The village, which must be one of the commune the caller manages (403 for readers, 400 otherwise). */
    private Area villageOfManagedCommune(long villageId) {
        access.checkRunsACommune();
        return areas.findVillage(villageId).filter(v -> v.level == AreaLevel.VILLAGE)
                .filter(v -> access.manages(v.parent))
                .orElseThrow(() -> ProblemException.invalidField("villageId", "convention.village.unknown", villageId));
    }

    private void audit(VillageConvention convention, AuditAction action, ConventionView before, ConventionView after) {
        auditLog.record(AuditedType.CONVENTION, convention.id, convention.village.parent.id, action,
                before, after);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
