package vn.binhdang.indicators;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.binhdang.common.Calendar;
import vn.binhdang.common.Messages;
import vn.binhdang.common.Spreadsheet;
import vn.binhdang.security.Roles;

/** The province's own view: its communes side by side (province users, machine clients, province admins). */
@Path("/api/v1/comparison")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "indicators")
@RolesAllowed({Roles.PROVINCE, Roles.PROVINCE_ADMIN})
public class ComparisonResource {
    @Inject
    Clock clock;

    @Inject
    ProvinceComparison comparison;

    @Inject
    ComparisonExport export;

    @GET
    @Operation(summary = "So sánh các xã/phường của tỉnh / the province's communes side by side",
            description = "Mỗi xã/phường của tỉnh (của người gọi) có hiệu lực trong năm: năm mục tiêu (giá trị, trạng "
                    + "thái, cùng cách tính với bảng điều khiển của xã), số buổi, người tham gia (nam, nữ ẩn khi ô "
                    + "dưới 5 người), Kế hoạch Tháng hành động; xã chưa tham gia có enabled=false. Chỉ người dùng cấp "
                    + "tỉnh và ứng dụng máy của tỉnh.")
    @APIResponse(responseCode = "200", description = "So sánh / the comparison")
    public ComparisonView getComparison(@QueryParam("year") @NotNull(message = "{field.required}")
            @Min(value = 2000, message = "{year.range}") @Max(value = 2100, message = "{year.range}")
            @Parameter(example = "2026") Integer year) {
        return comparison.compare(year, Calendar.today(clock));
    }

    @GET
    @Path("export")
    @Produces({Spreadsheet.XLSX, "application/problem+json"})
    @Operation(summary = "Xuất so sánh các xã/phường (XLSX) / export the comparison",
            description = "Cùng số liệu với GET /api/v1/comparison, một dòng mỗi xã; tiêu đề cột tiếng Việt (tiếng Anh "
                    + "với Accept-Language: en).")
    @APIResponse(responseCode = "200", description = "Tệp XLSX / the file", content = @Content(mediaType = Spreadsheet.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportComparison(@QueryParam("year") @NotNull(message = "{field.required}")
            @Min(value = 2000, message = "{year.range}") @Max(value = 2100, message = "{year.range}")
            @Parameter(example = "2026") Integer year, @Context HttpHeaders headers) {
        Locale locale = Messages.localeOf(headers);
        ComparisonView view = comparison.compare(year, Calendar.today(clock));
        return Response.ok(export.xlsx(view, locale)).type(Spreadsheet.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName(view, locale) + "\"")
                .build();
    }
}
