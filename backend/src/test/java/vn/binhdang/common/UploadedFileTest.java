package vn.binhdang.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The stored name of an upload: what the reader sees is what the file is. */
class UploadedFileTest {

    @Test
    void bidirectionalControlsAreRemovedSoANameShowsAsItIs() {
        // "\u202Egpj.exe" displays as "exe.jpg" in a right-to-left override.
        assertEquals("anh-gpj.exe.jpg", UploadedFile.cleanName("anh-\u202Egpj.exe", EvidenceType.JPEG, "x"));
        for (char bidi : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
                '\u2069', '\u200E', '\u200F', '\u061C'}) {
            assertEquals("bien-ban.pdf", UploadedFile.cleanName("bien" + bidi + "-ban.pdf", EvidenceType.PDF, "x"),
                    "U+" + Integer.toHexString(bidi));
        }
    }

    @Test
    void controlCharactersFoldersAndQuotesAreRemoved() {
        assertEquals("ab.png", UploadedFile.cleanName("C:\\tmp\\a\u0000\u0085b\n\"", EvidenceType.PNG, "x"));
        assertEquals("ab.png", UploadedFile.cleanName("../../a\u2028b", EvidenceType.PNG, "x"));
        assertEquals("Biên bản họp.pdf", UploadedFile.cleanName("Biên bản họp.pdf", EvidenceType.PDF, "x"));
    }

    @Test
    void nothingLeftGivesTheFallbackAndLongNamesAreCut() {
        assertEquals("minh-chung.webp", UploadedFile.cleanName("\u202E\u0000", EvidenceType.WEBP, "minh-chung"));
        assertEquals("minh-chung.pdf", UploadedFile.cleanName(null, EvidenceType.PDF, "minh-chung"));
        assertEquals(UploadedFile.MAX_NAME + 4, UploadedFile.cleanName("a".repeat(400), EvidenceType.PDF, "x").length());
    }
}
