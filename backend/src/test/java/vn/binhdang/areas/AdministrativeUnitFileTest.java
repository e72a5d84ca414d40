package vn.binhdang.areas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The official 2025 list, as published, is a file the import reads without a single problem. */
class AdministrativeUnitFileTest {
    private static final Path OFFICIAL = Path.of("..", "..", "shared", "domain", "administrative-units-2025.csv");

    @Test
    void theOfficialListOf2025ReadsWithoutProblems() throws IOException {
        assumeTrue(Files.isRegularFile(OFFICIAL), "the shared official list is beside the repository");
        AdministrativeUnitFile.Content content = AdministrativeUnitFile.read(Files.readAllBytes(OFFICIAL));
        assertEquals(List.of(), content.problems());
        assertEquals(34, content.provinces().size());
        assertEquals(3321, content.lines().size());
        assertEquals("Tỉnh Lai Châu", content.provinces().get("12").name());
    }

    @Test
    void aByteOrderMarkAndQuotedFieldsAreRead() {
        byte[] file = ("\uFEFFcommune_code,commune_name,province_code,province_name\r\n"
                + "\"03390\",\"Xã Bình Lư\",12,\"Tỉnh Lai Châu\"\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AdministrativeUnitFile.Content content = AdministrativeUnitFile.read(file);
        assertEquals(List.of(), content.problems());
        assertEquals(new AdministrativeUnitFile.Line(2, "12", "Tỉnh Lai Châu", "03390", "Xã Bình Lư"),
                content.lines().get(0));
    }
}
