package vn.binhdang.plans;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import vn.binhdang.areas.Area;
import vn.binhdang.common.AuditedEntity;

/** A commune's plan for the programme (Kế hoạch thực hiện Chương trình …), as the document states it. */
@Entity
@Table(name = "programme_plan")
public class ProgrammePlan extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_id", nullable = false, updatable = false)
    public Area commune;

    @Column(nullable = false)
    public String title;

    /** "Số: …/KH-UBND" — null while the document's number is left blank. */
    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    /** The date as the document writes it, e.g. "tháng 4 năm 2026" when the day is blank. */
    @Column(name = "issued_text", nullable = false)
    public String issuedText;

    @Column(name = "signer_name", nullable = false)
    public String signerName;

    @Column(name = "signer_title", nullable = false)
    public String signerTitle;

    @Column(name = "period_start", nullable = false)
    public int periodStart;

    @Column(name = "period_end", nullable = false)
    public int periodEnd;

    /** First day records of the plan may carry (sessions cannot be dated earlier). */
    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "implements_plan", nullable = false)
    public String implementsPlan;

    @ElementCollection
    @CollectionTable(name = "plan_task_group", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderBy("number")
    @BatchSize(size = 20)
    public List<TaskGroup> taskGroups = new ArrayList<>();

    @OneToMany(mappedBy = "plan")
    @OrderBy("number")
    @BatchSize(size = 20)
    public List<PlanTarget> targets = new ArrayList<>();

    /** One of the seven task groups (Nhiệm vụ, giải pháp). */
    @Embeddable
    public static class TaskGroup {
        @Column(nullable = false)
        public short number;

        @Column(nullable = false)
        public String title;

        @Column(nullable = false)
        public String description;
    }
}
