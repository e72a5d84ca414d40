package vn.binhdang.common;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of document accepted as evidence (session minutes and photos, a unit's signed Action-Month
 * plan), recognised by their first bytes — never by the file's name.
 */
public enum EvidenceType {
    PDF(MediaTypes.PDF, ".pdf"),
    JPEG(MediaTypes.JPEG, ".jpg"),
    PNG(MediaTypes.PNG, ".png"),
    WEBP(MediaTypes.WEBP, ".webp");

    public final String mediaType;
    public final String extension;

    EvidenceType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /**
     * The media types as constants, for the annotations that document them (downloads, attachment views);
     * {@link #mediaType} of each constant is one of them.
     */
    public static final class MediaTypes {
        public static final String PDF = "application/pdf";
        public static final String JPEG = "image/jpeg";
        public static final String PNG = "image/png";
        public static final String WEBP = "image/webp";

        private MediaTypes() {
        }
    }

    public static Optional<EvidenceType> sniff(byte[] head) {
        if (startsWith(head, 0, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return Optional.of(PDF);
        }
        if (startsWith(head, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, new byte[] {'R', 'I', 'F', 'F'}) && startsWith(head, 8, new byte[] {'W', 'E', 'B', 'P'})) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int offset, byte[] magic) {
        return data.length >= offset + magic.length
                && Arrays.equals(data, offset, offset + magic.length, magic, 0, magic.length);
    }
}
