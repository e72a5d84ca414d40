package vn.binhdang.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The number under which a Keycloak user's changes are kept in the audit trail; the person lives in Keycloak. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "keycloak_id", nullable = false, unique = true)
    public String keycloakId;

    @Column(nullable = false)
    public String username;

    /** The person's number, given on first use. */
    static long numberOf(String keycloakId, String username) {
        Person known = find("keycloakId", keycloakId).firstResult();
        if (known != null) {
            return known.id;
        }
        Person person = new Person();
        person.keycloakId = keycloakId;
        person.username = username;
        person.persist();
        return person.id;
    }
}
