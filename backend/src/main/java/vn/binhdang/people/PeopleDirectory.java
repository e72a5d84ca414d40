package vn.binhdang.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import vn.binhdang.common.ProblemException;
import vn.binhdang.common.ProblemType;
import vn.binhdang.common.RetryLaterException;

/**
 * The people of realm {@code binhdang} in Keycloak, through its Admin REST API as the service account
 * {@code binhdang-people-admin} (only {@code realm-management/manage-users}). That role may read, create,
 * change and delete users and map realm roles to them, but not read the realm's roles themselves: roles are
 * taken from a user's own "available realm roles". Keycloak out of reach (or refusing the service account)
 * answers 503 with {@code Retry-After}; what was asked has not been done.
 */
@ApplicationScoped
public class PeopleDirectory {
    private static final Logger LOG = Logger.getLogger(PeopleDirectory.class);

    @Inject
    Keycloak keycloak;

    @Inject
    PeopleConfig config;

    /** A user and their realm roles. */
    public record Entry(UserRepresentation user, Set<String> realmRoles) {
    }

    /** Users whose attributes match the Keycloak query ({@code province_code:12 commune_code:03390}), or all. */
    public List<UserRepresentation> search(String attributeQuery, int max) {
        return call(() -> attributeQuery == null ? realm().users().list(0, max)
                : realm().users().searchByAttributes(0, max, null, false, attributeQuery));
    }

    public Optional<UserRepresentation> find(String id) {
        return call(() -> {
            try {
                return Optional.of(realm().users().get(id).toRepresentation());
            } catch (jakarta.ws.rs.NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    public Set<String> realmRoles(String id) {
        return call(() -> Set.copyOf(realm().users().get(id).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName).toList()));
    }

    /** Creates the user and answers their id; a taken username or e-mail is a 409 problem. */
    public String create(UserRepresentation user) {
        return call(() -> {
            try (Response response = realm().users().create(user)) {
                if (response.getStatus() == 409) {
                    String message = response.hasEntity() ? response.readEntity(String.class) : "";
                    if (message.contains("email")) {
                        throw new ProblemException(ProblemType.CONFLICT, "problem.conflict.person-email", user.getEmail());
                    }
                    throw new ProblemException(ProblemType.CONFLICT, "problem.conflict.person-username", user.getUsername());
                }
                if (response.getStatus() == 400) {
                    String message = response.hasEntity() ? response.readEntity(String.class) : "";
                    throw ProblemException.invalidField("username", "person.username.invalid", message);
                }
                if (response.getStatus() != 201) {
                    throw new WebApplicationException(response.getStatus());
                }
                String path = response.getLocation().getPath();
                return path.substring(path.lastIndexOf('/') + 1);
            }
        });
    }

    public void update(String id, UserRepresentation user) {
        run(() -> realm().users().get(id).update(user));
    }

    public void delete(String id) {
        run(() -> realm().users().get(id).remove());
    }

    /** Replaces the user's product roles by {@code role} (other realm roles, e.g. the defaults, stay). */
    public void setProductRole(String id, Set<String> productRoles, String role) {
        run(() -> {
            var mapping = realm().users().get(id).roles().realmLevel();
            List<RoleRepresentation> remove = mapping.listAll().stream()
                    .filter(r -> productRoles.contains(r.getName()) && !r.getName().equals(role)).toList();
            if (!remove.isEmpty()) {
                mapping.remove(remove);
            }
            List<RoleRepresentation> add = mapping.listAvailable().stream().filter(r -> r.getName().equals(role)).toList();
            if (!add.isEmpty()) {
                mapping.add(add);
            }
        });
    }

    public void setTemporaryPassword(String id, String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        run(() -> realm().users().get(id).resetPassword(credential));
    }

    public void sendSetPasswordEmail(String id) {
        run(() -> realm().users().get(id).executeActionsEmail(List.of("UPDATE_PASSWORD")));
    }

    private RealmResource realm() {
        return keycloak.realm(config.realm());
    }

    private void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    private <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (ProblemException e) {
            throw e;
        } catch (ProcessingException e) {
            LOG.warnf("Keycloak unreachable: %s", e.getMessage());
            throw unavailable();
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status == 404) {
                throw e;
            }
            LOG.errorf("Keycloak refused the people service account (HTTP %d): %s", status, e.getMessage());
            throw unavailable();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof java.io.IOException) {
                LOG.warnf("Keycloak unreachable: %s", e.getMessage());
                throw unavailable();
            }
            throw e;
        }
    }

    private RetryLaterException unavailable() {
        return new RetryLaterException(ProblemType.SERVICE_UNAVAILABLE, config.retryAfter());
    }
}
