package vn.binhdang.conventions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One review of a convention: who reviewed it, when, and the provisions found discriminatory. Never edited. */
@Entity
@Table(name = "convention_review")
public class ConventionReview extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "convention_id", nullable = false, updatable = false)
    public long conventionId;

    @Column(name = "reviewed_on", nullable = false, updatable = false)
    public LocalDate reviewedOn;

    @Column(nullable = false, updatable = false)
    public String reviewers;

    @Column(name = "no_discrimination", nullable = false, updatable = false)
    public boolean noDiscrimination;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public List<FlaggedClause> clauses;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
}
