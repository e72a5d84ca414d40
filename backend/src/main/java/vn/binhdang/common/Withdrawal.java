package vn.binhdang.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Withdrawing (deleting) a record entered by mistake: {@code DELETE …/{id}?version=3&reason=…}. The version read
 * (409 when someone changed the record since) and a reason (400 naming {@code reason} when missing or blank) are
 * both required; the record's last state and the reason stay in the audit trail as a DELETED entry.
 */
public class Withdrawal {
    @QueryParam("version")
    @NotNull(message = "{field.required}")
    @Parameter(description = "Phiên bản đã đọc / the version read", example = "3", required = true)
    public Long version;

    @QueryParam("reason")
    @NotBlank(message = "{field.reason.required}")
    @Size(max = 500, message = "{field.size.max}")
    @Parameter(description = "Lý do xóa (bắt buộc, tối đa 500 ký tự) / why the record is withdrawn",
            example = "Nhập trùng buổi ngày 10/03", required = true)
    public String reason;

    /** Checks the version read against the record's (the reason is checked by validation before any read). */
    public String checkedReason(long currentVersion) {
        ProblemException.checkVersion(version, currentVersion);
        return reason.strip();
    }
}
