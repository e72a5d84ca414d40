package vn.binhdang.conventions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.binhdang.areas.Area;
import vn.binhdang.common.AuditedEntity;

/** A village's convention (hương ước, quy ước), reviewed for gender discrimination under target 5. */
@Entity
@Table(name = "village_convention")
public class VillageConvention extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "village_id", nullable = false)
    public Area village;

    @Column(nullable = false)
    public String title;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConventionStatus status;
}
