package vn.binhdang.media;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.security.Roles;

/** Media products of the commune's units and their assessment against the gender checklist — target 4. */
@Path("/api/v1/media-products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "media-products")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER, Roles.VIEWER, Roles.PROVINCE,
        Roles.PROVINCE_ADMIN})
public class MediaProductResource {
    @Inject
    MediaService media;

    @GET
    @Operation(summary = "Danh sách sản phẩm truyền thông / list media products",
            description = "Lọc theo năm phát hành, xã, đơn vị, loại, đã đánh giá hay chưa; mới nhất trước.")
    public PageView<MediaProductView> listMediaProducts(@Valid @BeanParam MediaProductFilter filter,
            @Valid @BeanParam PageParams paging) {
        return media.list(filter, paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Xem một sản phẩm truyền thông / read a media product")
    @APIResponse(responseCode = "200", description = "Sản phẩm truyền thông",
            content = @Content(schema = @Schema(implementation = MediaProductView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public MediaProductView getMediaProduct(@PathParam("id") @Parameter(example = "40") long id) {
        return media.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER})
    @Operation(summary = "Ghi nhận sản phẩm truyền thông / record a media product",
            description = "Người báo cáo đơn vị chỉ ghi cho đơn vị mình; Quản trị xã và Phòng VH-XH cho mọi đơn vị của xã.")
    @APIResponse(responseCode = "201", description = "Đã ghi nhận / recorded",
            content = @Content(schema = @Schema(implementation = MediaProductView.class)))
    public Response createMediaProduct(@Valid @NotNull(message = "{body.required}") MediaProductRequest request,
            @Context UriInfo uriInfo) {
        MediaProductView created = media.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER})
    @Operation(summary = "Sửa sản phẩm truyền thông / change a media product", description = "Gửi kèm `version` đã đọc.")
    @APIResponse(responseCode = "200", description = "Đã lưu / saved",
            content = @Content(schema = @Schema(implementation = MediaProductView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public MediaProductView updateMediaProduct(@PathParam("id") @Parameter(example = "40") long id,
            @Valid @NotNull(message = "{body.required}") MediaProductRequest request) {
        return media.update(id, request);
    }

    @POST
    @Path("{id}/assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Đánh giá theo bộ tiêu chí giới / assess against the gender checklist",
            description = "Trả lời mọi tiêu chí của phiên bản đã chọn; đạt khi số tiêu chí đạt ≥ ngưỡng của phiên bản. "
                    + "Đánh giá lại thay kết quả trước.")
    @APIResponse(responseCode = "200", description = "Đã đánh giá / assessed",
            content = @Content(schema = @Schema(implementation = MediaProductView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public MediaProductView assessMediaProduct(@PathParam("id") @Parameter(example = "40") long id,
            @Valid @NotNull(message = "{body.required}") MediaAssessmentRequest request) {
        return media.assess(id, request);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER})
    @Operation(summary = "Xóa sản phẩm truyền thông nhập nhầm / withdraw a media product entered by mistake",
            description = "Ai được sửa thì được xóa (người báo cáo đơn vị: chỉ của đơn vị mình), kèm kết quả đánh giá. Bắt buộc "
                    + "`version` đã đọc (409 nếu đã có người sửa) và `reason` (lý do). Trạng thái cuối cùng và lý do "
                    + "được giữ trong lịch sử (`/audit`, hành động DELETED); các chỉ tiêu tính lại ngay.")
    @APIResponse(responseCode = "204", description = "Đã xóa / withdrawn")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void deleteMediaProduct(@PathParam("id") @Parameter(example = "40") long id,
            @Valid @BeanParam Withdrawal withdrawal) {
        media.delete(id, withdrawal);
    }
}
