package vn.binhdang.campaigns;

import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.binhdang.areas.AreaAccess;
import vn.binhdang.common.Calendar;
import vn.binhdang.areas.Area;
import vn.binhdang.areas.AreaRepository;
import vn.binhdang.audit.AuditAction;
import vn.binhdang.audit.AuditLog;
import vn.binhdang.audit.AuditedType;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.common.ProblemException;
import vn.binhdang.common.ProblemType;
import vn.binhdang.indicators.AreaScope;
import vn.binhdang.indicators.IndicatorEngine;
import vn.binhdang.security.CurrentUser;
import vn.binhdang.units.Unit;
import vn.binhdang.units.UnitRepository;

/** Campaigns: read in scope; created, changed and confirmed by the commune's coordinator and admin. */
@ApplicationScoped
@Transactional
public class CampaignService {
    @Inject
    AreaAccess access;

    @Inject
    Clock clock;

    @Inject
    IndicatorEngine engine;

    @Inject
    CampaignRepository campaigns;

    @Inject
    AreaRepository areas;

    @Inject
    UnitRepository units;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog auditLog;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<CampaignView> list(CampaignFilter filter, PageParams paging) {
        return campaigns.list(user.readScope(filter.communeCode), filter, paging.toPage()).toPage(this::view, paging);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CampaignView get(long id) {
        return view(readable(id));
    }

    public CampaignView create(CampaignRequest request) {
        Area commune = access.managedCommune(request.communeCode());
        Campaign campaign = new Campaign();
        campaign.commune = commune;
        apply(request, campaign);
        checkRecurringIsUnique(campaign);
        campaigns.persist(campaign);
        campaigns.flush();
        CampaignView created = view(campaign);
        audit(campaign, AuditAction.CREATED, null, created);
        return created;
    }

    public CampaignView update(long id, CampaignRequest request) {
        Campaign campaign = readable(id);
        access.checkManages(campaign.commune);
        ProblemException.checkVersion(request.version(), campaign.version);
        if (!campaign.commune.code.equals(request.communeCode())) {
            throw ProblemException.invalidField("communeCode", "commune.code.immutable");
        }
        CampaignView before = view(campaign);
        apply(request, campaign);
        checkRecurringIsUnique(campaign);
        campaigns.flush();
        CampaignView after = view(campaign);
        audit(campaign, AuditAction.UPDATED, before, after);
        return after;
    }

    /** The recurring peaks of a year for the caller's commune, each marked confirmed or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CampaignProposal> proposals(int year) {
        Area commune = access.managedCommune(user.communeCode());
        checkPlanYear(commune, year);
        Map<Occasion, Campaign> confirmed = campaigns.recurringOf(commune.id, year).stream()
                .collect(Collectors.toMap(c -> c.occasion, Function.identity()));
        return Arrays.stream(Occasion.values()).filter(Occasion::recurring).map(occasion -> {
            Campaign existing = confirmed.get(occasion);
            return new CampaignProposal(year, occasion, occasion.nameFor(year), occasion.theme,
                    occasion.startIn(year), occasion.endIn(year), occasion.taskGroups, existing != null,
                    existing == null ? null : existing.id);
        }).toList();
    }

    /** Turns a proposal into a campaign; confirming an already confirmed one returns it unchanged. */
    public Confirmation confirm(ConfirmProposalRequest request) {
        if (!request.occasion().recurring()) {
            throw ProblemException.invalidField("occasion", "campaign.occasion.not-recurring");
        }
        Area commune = access.managedCommune(user.communeCode());
        checkPlanYear(commune, request.year());
        var existing = campaigns.recurring(commune.id, request.year(), request.occasion());
        if (existing.isPresent()) {
            return new Confirmation(view(existing.get()), false);
        }
        Occasion occasion = request.occasion();
        int year = request.year();
        Campaign campaign = new Campaign();
        campaign.commune = commune;
        campaign.occasion = occasion;
        campaign.name = occasion.nameFor(year);
        campaign.theme = occasion.theme;
        campaign.startDate = occasion.startIn(year);
        campaign.endDate = occasion.endIn(year);
        campaign.year = year;
        campaign.taskGroups = occasion.taskGroups.toArray(Integer[]::new);
        campaign.touchedBy(user.username());
        campaigns.persist(campaign);
        campaigns.flush();
        CampaignView created = view(campaign);
        audit(campaign, AuditAction.CREATED, null, created);
        return new Confirmation(created, true);
    }

    /** The campaign and whether this call created it. */
    public record Confirmation(CampaignView campaign, boolean created) {
    }

    private void apply(CampaignRequest request, Campaign campaign) {
        if (request.endDate().isBefore(request.startDate())) {
            throw ProblemException.invalidField("endDate", "campaign.end.before-start");
        }
        long communeId = campaign.commune.id;
        campaign.name = request.name().strip();
        campaign.theme = blankToNull(request.theme());
        campaign.occasion = request.occasion();
        campaign.startDate = request.startDate();
        campaign.endDate = request.endDate();
        campaign.year = request.startDate().getYear();
        campaign.description = blankToNull(request.description());
        campaign.leadUnit = request.leadUnitId() == null ? null : unitOf(request.leadUnitId(), communeId, "leadUnitId");
        Set<Unit> participants = new LinkedHashSet<>();
        for (Long unitId : request.participatingUnitIds() == null ? Set.<Long>of() : request.participatingUnitIds()) {
            participants.add(unitOf(unitId, communeId, "participatingUnitIds"));
        }
        campaign.participatingUnits.clear();
        campaign.participatingUnits.addAll(participants);
        Set<Integer> groups = request.taskGroups() == null ? Set.of() : request.taskGroups();
        campaign.taskGroups = groups.stream().sorted().toArray(Integer[]::new);
        campaign.touchedBy(user.username());
    }

    private void checkRecurringIsUnique(Campaign campaign) {
        if (!campaign.occasion.recurring()) {
            return;
        }
        campaigns.recurring(campaign.commune.id, campaign.year, campaign.occasion)
                .filter(other -> !other.id.equals(campaign.id))
                .ifPresent(other -> {
                    throw new ProblemException(ProblemType.CONFLICT,
                            List.of(new ProblemException.Violation("occasion", "campaign.occasion.taken",
                                    campaign.year)), "problem.conflict.campaign", other.name);
                });
    }

    private Unit unitOf(long unitId, long communeId, String field) {
        return units.findByIdOptional(unitId).filter(u -> u.commune.id == communeId)
                .orElseThrow(() -> ProblemException.invalidField(field, "unit.not-in-commune", unitId));
    }

    private Campaign readable(long id) {
        Campaign campaign = campaigns.findWithCommune(id).orElseThrow(() -> ProblemException.notFound("campaign", id));
        access.checkReadable(campaign.commune, "campaign", id);
        return campaign;
    }


    private void audit(Campaign campaign, AuditAction action, CampaignView before, CampaignView after) {
        auditLog.record(AuditedType.CAMPAIGN, campaign.id, campaign.commune.id, action, before,
                after);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private CampaignView view(Campaign campaign) {
        return CampaignView.of(campaign, Calendar.today(clock));
    }

    /** The recurring peaks belong to the years of the caller's commune's plan. */
    private void checkPlanYear(Area commune, int year) {
        engine.period(AreaScope.commune(commune.id, commune.code, commune.name)).checkPlanYear(year);
    }
}
