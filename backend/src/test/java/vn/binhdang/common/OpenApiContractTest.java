package vn.binhdang.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.binhdang.support.Api.outsideContract;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The root openapi.yaml is the contract: it must be exactly the document the backend serves.
 * scripts/update-openapi.sh rewrites it (runs this test with -Dbinhdang.openapi.update=true).
 */
@QuarkusTest
class OpenApiContractTest {
    private static final Path CONTRACT = Path.of("..", "openapi.yaml");

    @Test
    void servedDocumentIsExactlyTheCommittedContract() throws IOException {
        String served = outsideContract().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("binhdang.openapi.update")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(CONTRACT) ? Files.readString(CONTRACT, StandardCharsets.UTF_8) : "";
        assertEquals(committed, served, "openapi.yaml differs from what the backend serves: run scripts/update-openapi.sh "
                + "and commit the result with the code change");
    }
}
