package vn.binhdang.actionplans;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import vn.binhdang.common.Withdrawal;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.binhdang.common.EvidenceType;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.common.Problem;
import vn.binhdang.common.ProblemException;
import vn.binhdang.security.Roles;

/** Each unit's plan for the Action Month (15/11–15/12) of a year — target 2 of the plan. */
@Path("/api/v1/action-month-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "action-month-plans")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER, Roles.VIEWER, Roles.PROVINCE,
        Roles.PROVINCE_ADMIN})
public class ActionMonthPlanResource {
    @Inject
    ActionMonthPlanService plans;

    @GET
    @Operation(summary = "Danh sách kế hoạch Tháng hành động / list Action-Month plans",
            description = "Lọc theo năm, xã, đơn vị; năm mới nhất trước, rồi theo tên đơn vị.")
    public PageView<ActionMonthPlanView> listActionMonthPlans(@Valid @BeanParam ActionMonthPlanFilter filter,
            @Valid @BeanParam PageParams paging) {
        return plans.list(filter, paging);
    }

    @GET
    @Path("status")
    @Operation(summary = "Đơn vị đã nộp, nộp đúng hạn, chưa nộp / who filed, on time, and who has not",
            description = "Mọi đơn vị của xã có hoạt động trong năm (bắt đầu trước 31/12, chưa ngừng trước 01/01), "
                    + "mỗi đơn vị kèm kế hoạch của năm nếu đã nộp; đúng hạn là nộp trước ngày 15/11. "
                    + "Người dùng cấp tỉnh phải chọn xã; xã ngoài phạm vi của người gọi trả 404.")
    @APIResponse(responseCode = "200", description = "Một trang trạng thái / one page of statuses")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageView<ActionMonthPlanStatus> listActionMonthPlanStatus(
            @QueryParam("year") @NotNull(message = "{field.required}") @Min(value = 2000, message = "{year.range}")
            @Max(value = 2100, message = "{year.range}") @Parameter(description = "Năm / year", example = "2026")
            Integer year,
            @QueryParam("communeCode") @Pattern(regexp = "\\d{5}", message = "{commune.code.pattern}")
            @Parameter(description = "Mã xã (mặc định: xã của người gọi)", example = "03390") String communeCode,
            @QueryParam("filed") @Parameter(description = "true: chỉ đơn vị đã nộp; false: chỉ đơn vị chưa nộp")
            Boolean filed,
            @Valid @BeanParam PageParams paging) {
        return plans.status(year, communeCode, filed, paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Xem một kế hoạch Tháng hành động / read an Action-Month plan")
    @APIResponse(responseCode = "200", description = "Kế hoạch",
            content = @Content(schema = @Schema(implementation = ActionMonthPlanView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ActionMonthPlanView getActionMonthPlan(@PathParam("id") @Parameter(example = "12") long id) {
        return plans.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER})
    @Operation(summary = "Nộp kế hoạch Tháng hành động / file an Action-Month plan",
            description = "Người báo cáo đơn vị chỉ nộp cho đơn vị mình; Quản trị xã và Phòng VH-XH cho mọi đơn vị "
                    + "của xã. Ngày nộp là hôm nay (giờ Việt Nam). Mỗi đơn vị một kế hoạch mỗi năm (409).")
    @APIResponse(responseCode = "201", description = "Đã ghi nhận / filed",
            content = @Content(schema = @Schema(implementation = ActionMonthPlanView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response createActionMonthPlan(@Valid @NotNull(message = "{body.required}") ActionMonthPlanRequest request,
            @Context UriInfo uriInfo) {
        ActionMonthPlanView created = plans.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER})
    @Operation(summary = "Sửa kế hoạch Tháng hành động / change an Action-Month plan",
            description = "Gửi kèm `version` đã đọc; đơn vị, năm và ngày nộp không đổi.")
    @APIResponse(responseCode = "200", description = "Đã lưu / saved",
            content = @Content(schema = @Schema(implementation = ActionMonthPlanView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ActionMonthPlanView updateActionMonthPlan(@PathParam("id") @Parameter(example = "12") long id,
            @Valid @NotNull(message = "{body.required}") ActionMonthPlanRequest request) {
        return plans.update(id, request);
    }

    @POST
    @Path("{id}/attachment")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER})
    @Operation(summary = "Đính kèm văn bản kế hoạch / attach the signed plan",
            description = "PDF, JPEG, PNG hoặc WebP (nhận biết theo nội dung tệp), tối đa 10 MB; thay tệp đã có.")
    @APIResponse(responseCode = "200", description = "Đã lưu tệp",
            content = @Content(schema = @Schema(implementation = ActionMonthPlanView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", description = "Tệp lớn hơn 10 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ActionMonthPlanView attachActionMonthPlan(@PathParam("id") @Parameter(example = "12") long id,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        if (file == null) {
            throw ProblemException.invalidField("file", "field.required");
        }
        return plans.attach(id, file.fileName(), file.uploadedFile());
    }

    @GET
    @Path("{id}/attachment")
    @Produces({EvidenceType.MediaTypes.PDF, EvidenceType.MediaTypes.JPEG, EvidenceType.MediaTypes.PNG,
            EvidenceType.MediaTypes.WEBP, Problem.MEDIA_TYPE})
    @Operation(summary = "Tải văn bản kế hoạch / download the signed plan")
    @APIResponse(responseCode = "200", description = "Tệp",
            content = {
                @Content(mediaType = EvidenceType.MediaTypes.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = EvidenceType.MediaTypes.JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = EvidenceType.MediaTypes.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = EvidenceType.MediaTypes.WEBP, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response downloadActionMonthPlan(@PathParam("id") @Parameter(example = "12") long id) {
        ActionMonthPlanService.Download download = plans.download(id);
        String encoded = URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(download.content()).type(download.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER})
    @Operation(summary = "Xóa kế hoạch Tháng hành động nhập nhầm / withdraw an Action-Month plan entered by mistake",
            description = "Ai được sửa thì được xóa (người báo cáo đơn vị: chỉ của đơn vị mình), kèm văn bản đính kèm. Bắt buộc "
                    + "`version` đã đọc (409 nếu đã có người sửa) và `reason` (lý do). Trạng thái cuối cùng và lý do "
                    + "được giữ trong lịch sử (`/audit`, hành động DELETED); các chỉ tiêu tính lại ngay.")
    @APIResponse(responseCode = "204", description = "Đã xóa / withdrawn")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void deleteActionMonthPlan(@PathParam("id") @Parameter(example = "12") long id,
            @Valid @BeanParam Withdrawal withdrawal) {
        plans.delete(id, withdrawal);
    }
}
