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

    /**
     * Bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C) make "gpj.exe" show as
     * "exe.jpg"; control characters (C0, DEL, C1) and line/paragraph separators break headers and logs.
     */
    private static final java.util.regex.Pattern UNSAFE_IN_NAME = java.util.regex.Pattern.compile(
            "[\\p{Cc}\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u2028\u2029\"]");

    /** At most this many characters of a stored file name. */
    public static final int MAX_NAME = 150;

    /**
     * The name to store and send back for an uploaded file: without any folder part, bidirectional or
     * other control characters and quotes, at most {@link #MAX_NAME} characters, ending as its real type
     * does; {@code fallback} when nothing is left. The one rule for every upload's name.
     */
    public static String cleanName(String fileName, EvidenceType type, String fallback) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = UNSAFE_IN_NAME.matcher(name.substring(name.lastIndexOf('/') + 1)).replaceAll("").strip();
        if (name.isEmpty()) {
            name = fallback;
        }
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(type.extension) ? name : name + type.extension;
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
