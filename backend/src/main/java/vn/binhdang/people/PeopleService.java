package vn.binhdang.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.representations.idm.UserRepresentation;
import vn.binhdang.areas.AreaRepository;
import vn.binhdang.audit.AuditAction;
import vn.binhdang.audit.AuditLog;
import vn.binhdang.audit.AuditedType;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.common.ProblemException;
import vn.binhdang.common.ProblemType;
import vn.binhdang.security.CurrentUser;
import vn.binhdang.security.Roles;

/**
 * People of the caller's scope, in Keycloak: list, invite, change role or unit, disable and enable, each
 * decided by {@link PeoplePolicy} before Keycloak is called, each audited (without names or e-mail).
 */
@ApplicationScoped
@Transactional
public class PeopleService {
    private static final Logger LOG = Logger.getLogger(PeopleService.class);
    private static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    /** A person's role as shown: the highest product role they hold. */
    private static final List<String> RANK = List.of(Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROVINCE,
            Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.VIEWER, Roles.UNIT_REPORTER);

    @Inject
    PeoplePolicy policy;

    @Inject
    PeopleDirectory directory;

    @Inject
    PeopleConfig config;

    @Inject
    AreaRepository areas;

    @Inject
    AuditLog auditLog;

    @Inject
    CurrentUser user;

    /** What the audit trail keeps of a person: no name, no e-mail. */
    record AuditedPerson(String username, String role, String provinceCode, String communeCode, String unitCode,
            boolean enabled) {
        static AuditedPerson of(PersonView person) {
            return new AuditedPerson(person.username(), person.role(), person.provinceCode(), person.communeCode(),
                    person.unitCode(), person.enabled());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> grantableRoles() {
        policy.checkManagesPeople();
        return policy.grantableRoles();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<PersonView> list(String text, PageParams paging) {
        policy.checkManagesPeople();
        String needle = text == null || text.isBlank() ? null : normalize(text);
        List<PersonView> managed = new ArrayList<>();
        for (UserRepresentation candidate : directory.search(policy.attributeQuery(), config.maxListed())) {
            if (candidate.getUsername().startsWith("service-account-")) {
                continue;
            }
            Placement scope = scopeOf(candidate, null);
            if (!policy.withinScope(scope)) {
                continue;
            }
            Set<String> roles = directory.realmRoles(candidate.getId());
            if (!policy.manages(candidate.getUsername(), roles, scope)) {
                continue;
            }
            PersonView person = view(candidate, roles);
            if (needle == null || matches(person, needle)) {
                managed.add(person);
            }
        }
        managed.sort(Comparator.comparing(PersonView::username));
        int from = Math.min(managed.size(), paging.page * paging.size);
        int to = Math.min(managed.size(), from + paging.size);
        return PageView.of(managed.subList(from, to), p -> p, paging.page, paging.size, managed.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonView get(String id) {
        return view(managed(id));
    }

    public InvitationView invite(PersonRequest request) {
        policy.checkManagesPeople();
        Placement placement = policy.checkGrant(request.role(), request.provinceCode(), request.communeCode(),
                request.unitCode());
        String username = request.username().toLowerCase(Locale.ROOT);
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setFirstName(request.firstName().strip());
        user.setLastName(request.lastName().strip());
        String email = request.email() == null || request.email().isBlank() ? null : request.email().strip();
        user.setEmail(email);
        user.setEmailVerified(email != null);
        user.setEnabled(true);
        user.setAttributes(attributes(placement));
        user.setRequiredActions(List.of(UPDATE_PASSWORD));
        boolean byEmail = config.sendEmail() && email != null;
        String id = directory.create(user);
        String password = null;
        try {
            directory.setProductRole(id, Set.copyOf(Roles.ALL), placement.role());
            if (byEmail) {
                directory.sendSetPasswordEmail(id);
            } else {
                password = TemporaryPasswords.generate(username);
                directory.setTemporaryPassword(id, password);
            }
        } catch (RuntimeException e) {
            removeHalfCreated(id, username);
            throw e;
        }
        PersonView created = new PersonView(id, username, user.getFirstName(), user.getLastName(), email,
                placement.role(), placement.provinceCode(), placement.communeCode(), placement.unitCode(), true, true);
        audit(created, AuditAction.CREATED, null, created);
        return new InvitationView(created, password, byEmail);
    }

    public PersonView change(String id, PersonChange change) {
        Managed target = managed(id);
        checkNotSelf(target);
        Placement placement = policy.checkGrant(change.role(), change.provinceCode(), change.communeCode(),
                change.unitCode());
        PersonView before = view(target);
        UserRepresentation user = target.user();
        user.setAttributes(merged(user.getAttributes(), placement));
        directory.update(id, user);
        directory.setProductRole(id, Set.copyOf(Roles.ALL), placement.role());
        PersonView after = new PersonView(id, before.username(), before.firstName(), before.lastName(), before.email(),
                placement.role(), placement.provinceCode(), placement.communeCode(), placement.unitCode(),
                before.enabled(), before.mustChangePassword());
        audit(after, AuditAction.UPDATED, before, after);
        return after;
    }

    public PersonView setEnabled(String id, boolean enabled) {
        Managed target = managed(id);
        checkNotSelf(target);
        PersonView before = view(target);
        if (before.enabled() == enabled) {
            return before;
        }
        UserRepresentation user = target.user();
        user.setEnabled(enabled);
        directory.update(id, user);
        PersonView after = new PersonView(id, before.username(), before.firstName(), before.lastName(), before.email(),
                before.role(), before.provinceCode(), before.communeCode(), before.unitCode(), enabled,
                before.mustChangePassword());
        audit(after, AuditAction.UPDATED, before, after);
        return after;
    }

    private record Managed(UserRepresentation user, Set<String> roles) {
    }

    /** The person with this id if the caller manages them; 404 otherwise, as if they did not exist. */
    private Managed managed(String id) {
        policy.checkManagesPeople();
        if (id == null || !id.matches("^[0-9a-fA-F-]{36}$")) {
            throw ProblemException.notFound("person", id);
        }
        UserRepresentation found = directory.find(id).orElseThrow(() -> ProblemException.notFound("person", id));
        Set<String> roles = directory.realmRoles(id);
        if (!policy.manages(found.getUsername(), roles, scopeOf(found, null))) {
            if (found.getUsername().equals(user.username())) {
                throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.person-self");
            }
            throw ProblemException.notFound("person", id);
        }
        return new Managed(found, roles);
    }

    private void checkNotSelf(Managed target) {
        if (target.user().getUsername().equals(user.username())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.person-self");
        }
    }

    private void removeHalfCreated(String id, String username) {
        try {
            directory.delete(id);
        } catch (RuntimeException cleanup) {
            LOG.errorf("Could not remove the half-created user %s (%s) from Keycloak: %s", username, id,
                    cleanup.getMessage());
        }
    }

    private void audit(PersonView person, AuditAction action, PersonView before, PersonView after) {
        String areaCode = person.communeCode() != null ? person.communeCode() : person.provinceCode();
        long areaId = areas.findByCode(areaCode).orElseThrow().id;
        long number = Person.numberOf(person.id(), person.username());
        auditLog.record(AuditedType.PERSON, number, areaId, action, before == null ? null : AuditedPerson.of(before),
                after == null ? null : AuditedPerson.of(after));
    }

    private static Map<String, List<String>> attributes(Placement placement) {
        return merged(Map.of(), placement);
    }

    private static Map<String, List<String>> merged(Map<String, List<String>> existing, Placement placement) {
        Map<String, List<String>> attributes = new java.util.HashMap<>(existing == null ? Map.of() : existing);
        put(attributes, CurrentUser.PROVINCE_CLAIM, placement.provinceCode());
        put(attributes, CurrentUser.COMMUNE_CLAIM, placement.communeCode());
        put(attributes, CurrentUser.UNIT_CLAIM, placement.unitCode());
        return attributes;
    }

    private static void put(Map<String, List<String>> attributes, String name, String value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, List.of(value));
        }
    }

    static Placement scopeOf(UserRepresentation user, String role) {
        return new Placement(role, first(user, CurrentUser.PROVINCE_CLAIM), first(user, CurrentUser.COMMUNE_CLAIM),
                first(user, CurrentUser.UNIT_CLAIM));
    }

    private static String first(UserRepresentation user, String attribute) {
        if (user.getAttributes() == null) {
            return null;
        }
        List<String> values = user.getAttributes().get(attribute);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    private PersonView view(Managed managed) {
        return view(managed.user(), managed.roles());
    }

    private static PersonView view(UserRepresentation user, Set<String> realmRoles) {
        String role = RANK.stream().filter(realmRoles::contains).findFirst().orElse(null);
        Placement scope = scopeOf(user, role);
        boolean mustChange = user.getRequiredActions() != null && user.getRequiredActions().contains(UPDATE_PASSWORD);
        return new PersonView(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(),
                user.getEmail(), role, scope.provinceCode(), scope.communeCode(), scope.unitCode(),
                Boolean.TRUE.equals(user.isEnabled()), mustChange);
    }

    private static boolean matches(PersonView person, String needle) {
        String haystack = String.join(" ", new HashSet<>(java.util.Arrays.asList(person.username(),
                String.valueOf(person.firstName()), String.valueOf(person.lastName()), String.valueOf(person.email()))));
        return normalize(haystack).contains(needle);
    }

    private static String normalize(String text) {
        String decomposed = java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd').strip();
    }
}
