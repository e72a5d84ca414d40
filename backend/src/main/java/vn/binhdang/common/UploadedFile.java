package vn.binhdang.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A signed document or evidence file as uploaded: read once, refused when empty (400), larger than
 * {@link #MAX_BYTES} (413) or not a PDF/JPEG/PNG/WebP by its content (400), with its SHA-256. The one rule
 * for every upload (session evidence, Action-Month plans).
 */
public record UploadedFile(byte[] content, EvidenceType type, String sha256) {
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public static UploadedFile read(Path file) {
        byte[] content = readBytes(file);
        if (content.length == 0) {
            throw ProblemException.invalidField("file", "attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            throw tooLarge();
        }
        EvidenceType type = EvidenceType.sniff(content)
                .orElseThrow(() -> ProblemException.invalidField("file", "attachment.type"));
        return new UploadedFile(content, type, sha256(content));
    }

    private static ProblemException tooLarge() {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "attachment.too-large", MAX_BYTES / 1024 / 1024);
    }

    private static byte[] readBytes(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw tooLarge();
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw ProblemException.invalidField("file", "attachment.unreadable");
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
