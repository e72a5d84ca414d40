package vn.binhdang.sessions;

import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import vn.binhdang.units.UnitAccess;
import vn.binhdang.audit.AuditAction;
import vn.binhdang.common.Calendar;
import vn.binhdang.common.EvidenceType;
import vn.binhdang.common.UploadedFile;
import vn.binhdang.common.ProblemException;
import vn.binhdang.security.CurrentUser;

/**
 * Evidence files of a session: PDF or image, at most 10 MB, recognised by content. Stored in the
 * database with their SHA-256, so every backend replica serves them and backups include them.
 */
@ApplicationScoped
@Transactional
public class AttachmentService {
    @Inject
    UnitAccess unitAccess;

    @Inject
    Clock clock;


    @Inject
    SessionService sessionService;

    @Inject
    SessionViews views;

    @Inject
    AttachmentRepository attachments;

    @Inject
    CurrentUser user;

    public AttachmentView upload(long sessionId, String fileName, Path file) {
        CommunicationSession session = sessionService.readable(sessionId);
        unitAccess.checkWritable(session.unit);
        UploadedFile upload = UploadedFile.read(file);
        byte[] content = upload.content();
        EvidenceType type = upload.type();
        SessionView before = views.one(session);
        SessionAttachment meta = new SessionAttachment();
        meta.sessionId = sessionId;
        meta.fileName = UploadedFile.cleanName(fileName, type, "minh-chung");
        meta.contentType = type.mediaType;
        meta.sizeBytes = content.length;
        meta.sha256 = upload.sha256();
        meta.uploadedBy = user.username();
        meta.uploadedAt = Calendar.now(clock);
        meta.id = attachments.insert(meta, content);
        sessionService.audit(session, AuditAction.UPDATED, before, views.one(session));
        return AttachmentView.of(meta);
    }

    /** The file, for whoever may read the session and is the commune's own staff (evidence shows people). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(long sessionId, long attachmentId) {
        sessionService.readable(sessionId);
        user.checkSeesPersonalData();
        SessionAttachment meta = attachments.findByIdOptional(attachmentId).filter(a -> a.sessionId == sessionId)
                .orElseThrow(() -> ProblemException.notFound("attachment", attachmentId));
        byte[] content = attachments.content(attachmentId)
                .orElseThrow(() -> ProblemException.notFound("attachment", attachmentId));
        return new Download(AttachmentView.of(meta), content);
    }

    public record Download(AttachmentView attachment, byte[] content) {
    }



}
