package vn.binhdang.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.binhdang.common.AuditedEntity;
import vn.binhdang.units.Unit;

/** A news item, broadcast, post, video or leaflet a unit published, and its assessment (target 4). */
@Entity
@Table(name = "media_product")
public class MediaProduct extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MediaKind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    /** The checklist version it was assessed against; null until assessed. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checklist_id")
    public MediaChecklist checklist;

    /** Criterion code → met, for every criterion of that version. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Boolean> answers;

    public Boolean passed;

    @Column(name = "assessed_by")
    public String assessedBy;

    @Column(name = "assessed_at")
    public OffsetDateTime assessedAt;
}
