package vn.binhdang.audit;

import java.time.Clock;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.binhdang.common.Calendar;
import vn.binhdang.security.CurrentUser;
import vn.binhdang.security.PersonalDataPolicy;

/**
 * Writes the audit trail. Services pass the API view of a record before and after a change; the
 * log keeps only the fields that changed, so the history reads as "field: before → after".
 */
@ApplicationScoped
public class AuditLog {
    @Inject
    Clock clock;

    /** Bookkeeping fields that change with every write of any record and say nothing about the change. */
    private static final Set<String> BOOKKEEPING = Set.of("id", "version", "updatedAt", "updatedBy");
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    @Inject
    CurrentUser user;

    /** Records a change by the signed-in user in the caller's transaction; {@code before} is null for a creation, {@code after} for a deletion. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditedType type, long entityId, long communeId, AuditAction action, Object before,
            Object after) {
        write(type, entityId, communeId, action, before, after, null);
    }

    /** Records a change of the country's list (no commune), such as an import of administrative units. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordNational(AuditedType type, long entityId, AuditAction action, Object after) {
        write(type, entityId, null, action, null, after, null);
    }

    /**
     * The tombstone of a record withdrawn by mistake: a DELETED entry whose changes are every field of its last
     * state (before → null), with the reason given; what the province's incremental pull reads as a deletion.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(AuditedType type, long entityId, long communeId, Object lastState, String reason) {
        write(type, entityId, communeId, AuditAction.DELETED, lastState, null, reason);
    }

    private void write(AuditedType type, long entityId, Long communeId, AuditAction action, Object before,
            Object after, String reason) {
        Map<String, Object> old = before == null ? Map.of()
                : PersonalDataPolicy.internally(() -> json.convertValue(before, MAP));
        Map<String, Object> now = after == null ? Map.of()
                : PersonalDataPolicy.internally(() -> json.convertValue(after, MAP));
        Set<String> fields = new LinkedHashSet<>(old.keySet());
        fields.addAll(now.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            if (BOOKKEEPING.contains(field) || type.derivedFields.contains(field)) {
                continue;
            }
            Object was = old.get(field);
            Object is = now.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        if (changes.isEmpty() && action == AuditAction.UPDATED) {
            return;
        }
        AuditEvent event = new AuditEvent();
        event.entityType = type;
        event.entityId = entityId;
        event.communeId = communeId;
        event.action = action;
        event.changedBy = user.username();
        event.changedAt = Calendar.now(clock);
        event.changes = changes;
        event.reason = reason;
        event.persist();
    }
}
