package vn.binhdang.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Identity, optimistic-lock version and who/when of creation and last change, for every record. */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Incremented on every change; a write that carries an older value is refused. */
    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** Stamps the author of a change; the service calls it with the signed-in user's name. */
    public void touchedBy(String username) {
        if (createdBy == null) {
            createdBy = username;
        }
        updatedBy = username;
    }

    /**
     * The application's clock (entity callbacks are not injected), so stamps follow the test clock too;
     * kept as PostgreSQL stores and returns them (microseconds, UTC), so the answer to the write that
     * made a record is identical to every later read of it (a retried create answers from a read).
     */
    private static OffsetDateTime now() {
        OffsetDateTime now = Calendar.now(io.quarkus.arc.Arc.container().instance(java.time.Clock.class).get());
        return now.toInstant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    @PrePersist
    void onCreate() {
        createdAt = now();
        updatedAt = createdAt;
        if (createdBy == null) {
            createdBy = "system";
        }
        if (updatedBy == null) {
            updatedBy = createdBy;
        }
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = now();
    }
}
