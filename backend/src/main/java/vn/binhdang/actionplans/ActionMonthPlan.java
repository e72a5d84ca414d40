package vn.binhdang.actionplans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Formula;
import vn.binhdang.common.AuditedEntity;
import vn.binhdang.units.Unit;

/**
 * A unit's plan for the Action Month for gender equality and GBV prevention (15/11–15/12) of a year:
 * target 2 of the plan. The signed document's bytes live in the same row but are not mapped; they are
 * written and read by {@link ActionMonthPlanRepository} only when the file moves.
 */
@Entity
@Table(name = "action_month_plan")
public class ActionMonthPlan extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    public Unit unit;

    @Column(nullable = false, updatable = false)
    public int year;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "document_date", nullable = false)
    public LocalDate documentDate;

    @Column(nullable = false)
    public String summary;

    /** The day the plan was recorded in the system, in Vietnam; set once. */
    @Column(name = "filed_on", nullable = false, updatable = false)
    public LocalDate filedOn;

    /**
     * The day the plan reached the commune, entered by the coordinator when a paper plan is typed in later
     * (today by default); target 2's timeliness is computed from it.
     */
    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "attachment_name")
    public String attachmentName;

    @Column(name = "attachment_type")
    public String attachmentType;

    @Column(name = "attachment_sha256")
    public String attachmentSha256;

    /** Size of the stored file, computed by the database without reading the bytes. */
    @Formula("octet_length(attachment)")
    public Integer attachmentSize;
}
