package vn.binhdang.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Idempotent creation: a client sends an {@code Idempotency-Key} with a POST; the same user repeating
 * the same key with the same body gets the record created the first time, never a second one. The
 * same key with another body is refused (422), since it cannot mean a retry.
 *
 * <p>Retries that arrive together are serialised on the key: {@link #earlier} takes a
 * transaction-scoped PostgreSQL advisory lock on (user, key), so a retry waits until the first
 * request has committed (or rolled back) and then answers from its record. A header that is present
 * but empty, blank, longer than 100 characters or repeated is refused (400 naming the header).
 */
@ApplicationScoped
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /**
     * The key a request carries, if it carries one. The header's raw values are read (a JAX-RS
     * {@code @HeaderParam} turns an empty header into "no header", which would silently drop the
     * protection the client asked for).
     */
    public static Optional<String> keyOf(HttpHeaders headers) {
        List<String> values = headers.getRequestHeaders().get(HEADER);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw ProblemException.invalidField(HEADER, "idempotency.key.invalid");
        }
        String key = values.get(0);
        check(key);
        return Optional.of(key);
    }

    /**
     * The id created by an earlier request with this key, if any. Waits for a request with the same
     * key that is still running: the advisory lock is held until this transaction ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> earlier(String username, String key, Object request) {
        check(key);
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(:lock, 0))) AS held")
                .setParameter("lock", username + '\n' + key).getSingleResult();
        List<?> rows = em.createNativeQuery(
                "SELECT request_hash, resource_id FROM idempotency_record WHERE username = :user AND key = :key")
                .setParameter("user", username).setParameter("key", key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if (!hash(request).equals(row[0])) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "problem.idempotency-key-reused.detail");
        }
        return Optional.of(((Number) row[1]).longValue());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String username, String key, Object request, long resourceId) {
        em.createNativeQuery("""
                INSERT INTO idempotency_record (username, key, request_hash, resource_id)
                VALUES (:user, :key, :hash, :id)""")
                .setParameter("user", username).setParameter("key", key).setParameter("hash", hash(request))
                .setParameter("id", resourceId).executeUpdate();
    }

    private static void check(String key) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw ProblemException.invalidField(HEADER, "idempotency.key.invalid");
        }
    }

    private String hash(Object request) {
        try {
            byte[] body = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }
}
