package vn.binhdang.areas;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.binhdang.common.Idempotency;
import vn.binhdang.common.Problem;
import vn.binhdang.security.Roles;

/** The national administrator imports a newer official list of provinces and communes. */
@Path("/api/v1/administrative-units/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "areas")
@RolesAllowed(Roles.NATIONAL_ADMIN)
public class AdministrativeUnitImportResource {
    static final String CSV = "text/csv";

    @Inject
    AdministrativeUnitImportService imports;

    @POST
    @Consumes(CSV)
    @Operation(summary = "Nhập danh mục đơn vị hành chính mới / import a newer official list",
            description = "Chỉ Quản trị quốc gia. Tệp CSV UTF-8 (có hoặc không có BOM, tối đa 2 MB) với dòng tiêu đề "
                    + "`province_code,province_name,commune_code,commune_name` như tệp chính thức, mỗi dòng một "
                    + "xã/phường; tệp là toàn bộ danh mục. `province_name` có thể để trống khi tỉnh đã có trong cơ sở dữ "
                    + "liệu hoặc được ghi tên ở dòng khác; mọi dòng ghi tên một tỉnh phải ghi cùng một tên. Mặc định chạy thử (`dryRun=true`): trả về các thay đổi, "
                    + "không ghi gì. Với `dryRun=false` các thay đổi được ghi trong một giao dịch và ghi nhật ký: "
                    + "xã/tỉnh mới (hiệu lực từ `effectiveFrom`), đổi tên, chuyển tỉnh, mở lại (đã đóng, có lại "
                    + "trong tệp) và đóng (đang hiệu lực, không có trong tệp: `validTo` = `effectiveFrom`, ngày "
                    + "không còn hiệu lực; hồ sơ vẫn giữ, không bao giờ xóa). Nhập lại cùng tệp không thay đổi gì. "
                    + "Mọi lỗi (400) nêu dòng và cột (`line 12, column commune_code`) và không ghi gì.")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
            example = "province_code,province_name,commune_code,commune_name\n12,Tỉnh Lai Châu,03390,Xã Bình Lư\n"))
    @APIResponse(responseCode = "200", description = "Các thay đổi (chạy thử) hoặc đã ghi / the changes",
            content = @Content(schema = @Schema(implementation = AreaImportView.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key đã dùng cho một nội dung khác",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AreaImportView importAdministrativeUnits(byte[] body,
            @QueryParam("dryRun") @DefaultValue("true")
            @Parameter(description = "true (mặc định): chỉ xem các thay đổi, không ghi", example = "true")
            boolean dryRun,
            @QueryParam("effectiveFrom")
            @Parameter(description = "Ngày hiệu lực của danh mục (yyyy-MM-dd), mặc định hôm nay (giờ Việt Nam)",
                    example = "2026-07-01") LocalDate effectiveFrom,
            @HeaderParam(Idempotency.HEADER)
            @Parameter(description = "Khóa chống ghi trùng khi gửi lại (1–100 ký tự), ví dụ một UUID.")
            String idempotencyKey,
            @Context HttpHeaders headers) {
        return imports.importList(body == null ? new byte[0] : body, effectiveFrom, dryRun,
                Idempotency.keyOf(headers).orElse(null));
    }
}
