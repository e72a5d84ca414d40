package vn.binhdang.sessions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import vn.binhdang.common.UnitRecordFilter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the session list (and its export); any combination. */
public class SessionFilter extends UnitRecordFilter {

    @QueryParam("from")
    @Parameter(description = "Từ ngày", example = "2026-11-15")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Đến ngày", example = "2026-12-15")
    public LocalDate to;



    @QueryParam("campaignId")
    @Parameter(description = "Chiến dịch")
    public Long campaignId;

    @QueryParam("villageId")
    @Parameter(description = "Bản")
    public Long villageId;

    @QueryParam("villageCode")
    @Pattern(regexp = "\\d{5}-\\d{2,3}", message = "{village.code.pattern}")
    @Parameter(description = "Bản theo mã / village by code", example = "03390-01")
    public String villageCode;

    @QueryParam("formatId")
    @Parameter(description = "Hình thức")
    public Long formatId;

    @QueryParam("formatCode")
    @Pattern(regexp = "[A-Z0-9_]{2,40}", message = "{reference.code.pattern}")
    @Parameter(description = "Hình thức theo mã / format by code", example = "VILLAGE_MEETING")
    public String formatCode;

    @QueryParam("topicId")
    @Parameter(description = "Chủ đề")
    public Long topicId;

    @QueryParam("topicCode")
    @Pattern(regexp = "[A-Z0-9_]{2,40}", message = "{reference.code.pattern}")
    @Parameter(description = "Chủ đề theo mã / topic by code", example = "LAW_POLICY")
    public String topicCode;

    @QueryParam("audienceGroupId")
    @Parameter(description = "Nhóm đối tượng")
    public Long audienceGroupId;

    @QueryParam("audienceGroupCode")
    @Pattern(regexp = "[A-Z0-9_]{2,40}", message = "{reference.code.pattern}")
    @Parameter(description = "Nhóm đối tượng theo mã / audience group by code", example = "WOMEN")
    public String audienceGroupCode;

    @QueryParam("sort")
    @DefaultValue("-heldOn")
    @Pattern(regexp = "-?heldOn", message = "{sort.pattern}")
    @Parameter(description = "Thứ tự theo ngày", example = "-heldOn",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"-heldOn", "heldOn"}))
    public String sort;
}
