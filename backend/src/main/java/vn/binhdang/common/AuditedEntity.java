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

    /** The application's clock (entity callbacks are not injected), so stamps follow the test clock too. */
    private static OffsetDateTime now() {
        return Calendar.now(io.quarkus.arc.Arc.container().instance(java.time.Clock.class).get());
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
