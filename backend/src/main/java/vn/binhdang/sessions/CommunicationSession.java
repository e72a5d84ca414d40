package vn.binhdang.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.binhdang.areas.Area;
import vn.binhdang.campaigns.Campaign;
import vn.binhdang.common.AuditedEntity;
import vn.binhdang.references.ReferenceItem;
import vn.binhdang.units.Unit;

/**
 * A communication session a unit held: what, when, where, for whom, how many (counts by sex and of
 * ethnic-minority participants — never a participant's name), at what cost. Who recorded it and when
 * are the audit columns.
 */
@Entity
@Table(name = "communication_session")
public class CommunicationSession extends AuditedEntity {
    /** The unit's commune, kept on the session so that scope filters use one index. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_id", nullable = false, updatable = false)
    public Area commune;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    public Unit unit;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @Column(name = "task_groups", nullable = false)
    public Integer[] taskGroups = new Integer[0];

    @Column(name = "topic_ids", nullable = false)
    public Long[] topicIds = new Long[0];

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "format_id", nullable = false)
    public ReferenceItem format;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "village_id")
    public Area village;

    public String venue;

    @Column(name = "language_ids", nullable = false)
    public Long[] languageIds = new Long[0];

    @Column(name = "audience_ids", nullable = false)
    public Long[] audienceIds = new Long[0];

    @Column(name = "participants_male", nullable = false)
    public int participantsMale;

    @Column(name = "participants_female", nullable = false)
    public int participantsFemale;

    @Column(name = "ethnic_minority", nullable = false)
    public int ethnicMinority;

    /** Listeners or views of a broadcast or post. */
    public Integer reach;

    /** Whole đồng. */
    @Column(name = "cost_vnd", nullable = false)
    public long costVnd;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "funding_source_id")
    public ReferenceItem fundingSource;

    public String notes;
}
