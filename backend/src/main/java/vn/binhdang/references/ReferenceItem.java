package vn.binhdang.references;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.binhdang.areas.Area;
import vn.binhdang.common.AuditedEntity;

/** An entry of a reference list: shared by every commune (commune null) or a commune's own. */
@Entity
@Table(name = "reference_item")
public class ReferenceItem extends AuditedEntity {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ReferenceKind kind;

    @Column(nullable = false)
    public String code;

    @Column(name = "label_vi", nullable = false)
    public String labelVi;

    @Column(name = "label_en", nullable = false)
    public String labelEn;

    /** Topics only: a session on it counts for target 1 (law and policy on gender equality). */
    @Column(name = "law_policy", nullable = false)
    public boolean lawPolicy;

    /** Formats only: a broadcast or post, measured by its reach rather than by participants. */
    @Column(name = "needs_reach", nullable = false)
    public boolean needsReach;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commune_id", updatable = false)
    public Area commune;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder = 100;

    /** Usable by records of this commune: shared, or the commune's own. */
    public boolean availableTo(long communeId) {
        return commune == null || commune.id == communeId;
    }
}
