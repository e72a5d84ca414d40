package vn.binhdang.surveys;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.binhdang.common.Messages;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.common.ProblemException;
import vn.binhdang.common.Withdrawal;
import vn.binhdang.security.Roles;

/** Surveys of community groups' awareness of gender equality — target 3 of the plan. */
@Path("/api/v1/survey-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "surveys")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER, Roles.VIEWER, Roles.PROVINCE,
        Roles.PROVINCE_ADMIN})
public class SurveyRoundResource {
    static final String CSV = "text/csv";

    @Inject
    SurveyRoundService rounds;

    @GET
    @Operation(summary = "Danh sách đợt khảo sát / list survey rounds",
            description = "Lọc theo xã và năm; đợt mới nhất trước. Kết quả theo nhóm đối tượng và giới tính.")
    public PageView<SurveyRoundView> listSurveyRounds(
            @QueryParam("communeCode") @Pattern(regexp = "\\d{5}", message = "{commune.code.pattern}")
            @Parameter(description = "Mã xã", example = "03390") String communeCode,
            @QueryParam("year") @Min(value = 2000, message = "{year.range}") @Max(value = 2100, message = "{year.range}")
            @Parameter(description = "Năm khảo sát", example = "2026") Integer year,
            @Valid @BeanParam PageParams paging) {
        return rounds.list(communeCode, year, paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Xem một đợt khảo sát / read a survey round")
    @APIResponse(responseCode = "200", description = "Đợt khảo sát",
            content = @Content(schema = @Schema(implementation = SurveyRoundView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public SurveyRoundView getSurveyRound(@PathParam("id") @Parameter(example = "3") long id) {
        return rounds.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Tạo đợt khảo sát / create a survey round",
            description = "Kết quả có thể nhập tay (theo nhóm đối tượng và giới tính) hoặc nhập sau từ tệp trả lời. "
                    + "THRESHOLD cần ngưỡng và số người đạt; MEAN_SCORE cần thang điểm và điểm trung bình. "
                    + "Mỗi xã chỉ một đợt khảo sát nền (409).")
    @APIResponse(responseCode = "201", description = "Đã tạo / created",
            content = @Content(schema = @Schema(implementation = SurveyRoundView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response createSurveyRound(@Valid @NotNull(message = "{body.required}") SurveyRoundRequest request,
            @Context UriInfo uriInfo) {
        SurveyRoundView created = rounds.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Sửa đợt khảo sát / change a survey round",
            description = "Gửi kèm `version` đã đọc. `results` thay toàn bộ kết quả; bỏ trống để giữ kết quả đã có.")
    @APIResponse(responseCode = "200", description = "Đã lưu / saved",
            content = @Content(schema = @Schema(implementation = SurveyRoundView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public SurveyRoundView updateSurveyRound(@PathParam("id") @Parameter(example = "3") long id,
            @Valid @NotNull(message = "{body.required}") SurveyRoundRequest request) {
        return rounds.update(id, request);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Xóa đợt khảo sát nhập nhầm / withdraw a survey round entered by mistake",
            description = "Ai được sửa thì được xóa, kèm mọi kết quả của đợt. Bắt buộc `version` đã đọc (409 nếu đã có người "
                    + "sửa) và `reason` (lý do). Trạng thái cuối cùng và lý do được giữ trong lịch sử (`/audit`, hành động "
                    + "DELETED); chỉ tiêu 3 tính lại ngay.")
    @APIResponse(responseCode = "204", description = "Đã xóa / withdrawn")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void deleteSurveyRound(@PathParam("id") @Parameter(example = "3") long id,
            @Valid @BeanParam Withdrawal withdrawal) {
        rounds.delete(id, withdrawal);
    }

    @POST
    @Path("{id}/import")
    @Consumes(CSV)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Nhập tệp trả lời khảo sát (CSV của Kobo/ODK) / import the response file",
            description = "Tệp CSV ẩn danh (UTF-8, có hoặc không có BOM; phân cách bằng dấu phẩy hoặc chấm phẩy), mỗi "
                    + "dòng một người trả lời: cột `group` (mã như YOUTH hoặc tên nhóm tiếng Việt), cột `sex` (M/F, "
                    + "Nam/Nữ, male/female, 1/2) và cột `score` hoặc các cột câu hỏi bắt đầu bằng `q` (0/1, điểm là "
                    + "tổng). Kết quả của đợt được thay bằng số liệu tổng hợp theo nhóm và giới tính; dòng không đọc "
                    + "được được liệt kê kèm lý do. Không lưu dòng trả lời nào.")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
            example = "group,sex,q1,q2,q3\nYOUTH,Nam,1,0,1\nThanh niên,Nữ,1,1,1\n"))
    @APIResponse(responseCode = "200", description = "Đã thay kết quả / results replaced",
            content = @Content(schema = @Schema(implementation = SurveyImportView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public SurveyImportView importSurveyResponses(@PathParam("id") @Parameter(example = "3") long id, byte[] body,
            @Context HttpHeaders headers) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalidField("file", "survey.import.empty");
        }
        return rounds.importResponses(id, body, Messages.localeOf(headers));
    }
}
