package vn.binhdang.sessions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the session list (and its export); any combination. */
public class SessionFilter {
    @QueryParam("year")
    @Min(value = 2000, message = "{year.range}")
    @Max(value = 2100, message = "{year.range}")
    @Parameter(description = "Năm tổ chức", example = "2026")
    public Integer year;

    @QueryParam("from")
    @Parameter(description = "Từ ngày", example = "2026-11-15")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Đến ngày", example = "2026-12-15")
    public LocalDate to;

    @QueryParam("communeCode")
    @Pattern(regexp = "\\d{5}", message = "{commune.code.pattern}")
    @Parameter(description = "Mã xã", example = "03390")
    public String communeCode;

    @QueryParam("unitId")
    @Parameter(description = "Đơn vị")
    public Long unitId;

    @QueryParam("campaignId")
    @Parameter(description = "Chiến dịch")
    public Long campaignId;

    @QueryParam("villageId")
    @Parameter(description = "Bản")
    public Long villageId;

    @QueryParam("formatId")
    @Parameter(description = "Hình thức")
    public Long formatId;

    @QueryParam("topicId")
    @Parameter(description = "Chủ đề")
    public Long topicId;

    @QueryParam("audienceGroupId")
    @Parameter(description = "Nhóm đối tượng")
    public Long audienceGroupId;

    @QueryParam("sort")
    @DefaultValue("-heldOn")
    @Pattern(regexp = "-?heldOn", message = "{sort.pattern}")
    @Parameter(description = "Thứ tự theo ngày", example = "-heldOn",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"-heldOn", "heldOn"}))
    public String sort;
}
