package vn.binhdang.sessions;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepository<SessionAttachment> {

    /** The attachments of several sessions in one query, by session. */
    public Map<Long, List<SessionAttachment>> bySession(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        return list("sessionId in ?1 order by id", sessionIds).stream()
                .collect(Collectors.groupingBy(a -> a.sessionId));
    }

    /** Stores a file with its description; returns the id of the new attachment. */
    public long insert(SessionAttachment meta, byte[] content) {
        return ((Number) getEntityManager().createNativeQuery("""
                INSERT INTO session_attachment
                    (session_id, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
                VALUES (:session, :name, :type, :size, :sha, :content, :by, :at) RETURNING id""")
                .setParameter("session", meta.sessionId).setParameter("name", meta.fileName)
                .setParameter("type", meta.contentType).setParameter("size", meta.sizeBytes)
                .setParameter("sha", meta.sha256).setParameter("content", content)
                .setParameter("by", meta.uploadedBy).setParameter("at", meta.uploadedAt)
                .getSingleResult()).longValue();
    }

    public Optional<byte[]> content(long attachmentId) {
        return getEntityManager().createNativeQuery("SELECT content FROM session_attachment WHERE id = :id", byte[].class)
                .setParameter("id", attachmentId).getResultStream().findFirst().map(byte[].class::cast);
    }
}
