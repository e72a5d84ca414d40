package vn.binhdang.media;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A version of the checklist derived from the gender indicator set in communication ("Bộ chỉ số về giới
 * trong truyền thông"). Never edited: a change is a new version, so every assessment keeps the
 * criteria it was made against.
 */
@Entity
@Table(name = "media_checklist")
public class MediaChecklist extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** 1, 2, 3…: the checklist's own version number (not an optimistic-lock counter). */
    @Column(name = "version", nullable = false, updatable = false)
    public int number;

    @Column(nullable = false, updatable = false)
    public String title;

    /** How many criteria a product must meet to pass. */
    @Column(nullable = false, updatable = false)
    public int threshold;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public List<ChecklistCriterion> criteria;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
}
