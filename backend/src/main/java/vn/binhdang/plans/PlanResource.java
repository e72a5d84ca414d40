package vn.binhdang.plans;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.security.CurrentUser;
import vn.binhdang.security.Roles;

/** The communes' programme plans: task groups and targets as data. */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plans")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER, Roles.VIEWER, Roles.PROVINCE,
        Roles.PROVINCE_ADMIN})
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanResource {
    @Inject
    PlanRepository plans;

    @Inject
    CurrentUser user;

    @Inject
    PlanService planService;

    @GET
    @Operation(summary = "Danh sách kế hoạch / list plans",
            description = "Người dùng cấp tỉnh thấy kế hoạch của mọi xã trong tỉnh; người dùng cấp xã thấy của xã mình.")
    public PageView<PlanView> listPlans(
            @QueryParam("communeCode") @Pattern(regexp = "\\d{5}", message = "{commune.code.pattern}")
            @Parameter(description = "Mã xã (5 chữ số)", example = "03390") String communeCode,
            @Valid @BeanParam PageParams paging) {
        return planService.list(communeCode, paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Xem một kế hoạch / read a plan")
    @APIResponse(responseCode = "200", description = "Kế hoạch / the plan",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PlanView getPlan(@PathParam("id") @Parameter(example = "1") long id) {
        return planService.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Operation(summary = "Kích hoạt một xã: tạo kế hoạch từ Kế hoạch mẫu / enable a commune: create its plan from the template",
            description = "Quản trị chương trình của tỉnh tạo kế hoạch của một xã trong tỉnh mình từ Kế hoạch mẫu của "
                    + "Chương trình (7 nhóm nhiệm vụ, 5 mục tiêu, chỉ tiêu từng năm): số văn bản, ngày ban hành, người ký "
                    + "của xã; chỉ tiêu khác mẫu phải trong giới hạn của Kế hoạch. Xã có kế hoạch là xã đã tham gia "
                    + "Chương trình. Gửi kèm Idempotency-Key: gửi lại cùng khóa trả về đúng kế hoạch đã tạo.")
    @APIResponse(responseCode = "201", description = "Đã tạo (hoặc kết quả của lần gửi trước cùng khóa)",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "Idempotency-Key đã dùng cho một nội dung khác",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = vn.binhdang.common.Problem.class)))
    public jakarta.ws.rs.core.Response createPlan(
            @Valid @NotNull(message = "{body.required}") PlanCreateRequest request,
            @jakarta.ws.rs.HeaderParam(vn.binhdang.common.Idempotency.HEADER)
            @Parameter(description = "Khóa chống ghi trùng khi gửi lại (1–100 ký tự), ví dụ một UUID.")
            String idempotencyKey,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uriInfo) {
        PlanService.Created created = planService.create(request,
                vn.binhdang.common.Idempotency.keyOf(headers).orElse(null));
        return jakarta.ws.rs.core.Response.created(uriInfo.getAbsolutePathBuilder()
                .path(String.valueOf(created.plan().id())).build()).entity(created.plan()).build();
    }

    @PUT
    @Path("{id}/targets/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Operation(summary = "Sửa chỉ tiêu từng năm của một mục tiêu / change a target's yearly values",
            description = "Trong giới hạn của Kế hoạch (mục tiêu 1, 2: 100% mỗi năm; mục tiêu 3: tối đa +15, năm 2030 "
                    + "từ +10 đến +15; mục tiêu 4, 5: năm 2030 là 100%). Mỗi thay đổi được ghi vào lịch sử kế hoạch "
                    + "(GET /api/v1/audit?entityType=PLAN). Gửi kèm `version` của kế hoạch.")
    @APIResponse(responseCode = "200", description = "Kế hoạch sau khi sửa",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public PlanView updatePlanTarget(@PathParam("id") @Parameter(example = "1") long id,
            @PathParam("number") @Min(value = 1, message = "{target.range}") @Max(value = 5, message = "{target.range}")
            @Parameter(example = "3") int number,
            @Valid @NotNull(message = "{body.required}") TargetValuesRequest request) {
        return planService.updateTarget(id, number, request);
    }
}
