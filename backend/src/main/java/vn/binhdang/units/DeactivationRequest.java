package vn.binhdang.units;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ends a unit's activity on a day; the unit and its history stay. */
@Schema(description = "Ngừng hoạt động đơn vị / deactivate a unit")
public record DeactivationRequest(
        @NotNull(message = "{field.required}")
        @Schema(description = "Ngày cuối hoạt động", examples = "2026-12-31", required = true) LocalDate activeTo,
        @NotNull(message = "{field.required}")
        @Schema(description = "Phiên bản đã đọc", examples = "0", required = true) Long version) {
}
