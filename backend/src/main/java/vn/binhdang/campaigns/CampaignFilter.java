package vn.binhdang.campaigns;

import vn.binhdang.common.AreaFilter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the campaign list and calendar. */
public class CampaignFilter extends AreaFilter {

    @QueryParam("from")
    @Parameter(description = "Chiến dịch kết thúc từ ngày này trở đi (lịch) / ending on or after", example = "2026-11-01")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Chiến dịch bắt đầu đến ngày này (lịch) / starting on or before", example = "2026-11-30")
    public LocalDate to;


    @QueryParam("occasion")
    @Parameter(description = "Dịp / occasion")
    public Occasion occasion;

    @QueryParam("sort")
    @DefaultValue("startDate")
    @Pattern(regexp = "-?(startDate|name)", message = "{sort.pattern}")
    @Parameter(description = "Thứ tự", example = "startDate", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"startDate", "-startDate", "name", "-name"}))
    public String sort;
}
