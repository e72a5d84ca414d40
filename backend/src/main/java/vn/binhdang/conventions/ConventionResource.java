package vn.binhdang.conventions;

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

/** Village conventions (hương ước, quy ước) and their reviews for gender discrimination — target 5. */
@Path("/api/v1/conventions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "conventions")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER, Roles.VIEWER, Roles.PROVINCE,
        Roles.PROVINCE_ADMIN})
public class ConventionResource {
    @Inject
    ConventionService conventions;

    @GET
    @Operation(summary = "Danh sách hương ước, quy ước / list village conventions",
            description = "Lọc theo xã, bản, hiệu lực; kèm lần rà soát mới nhất và kết luận của nó.")
    public PageView<ConventionView> listConventions(@Valid @BeanParam ConventionFilter filter,
            @Valid @BeanParam PageParams paging) {
        return conventions.list(filter, paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Xem một hương ước, quy ước / read a village convention")
    @APIResponse(responseCode = "200", description = "Hương ước, quy ước",
            content = @Content(schema = @Schema(implementation = ConventionView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ConventionView getConvention(@PathParam("id") @Parameter(example = "11") long id) {
        return conventions.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Ghi nhận hương ước, quy ước / record a village convention",
            description = "Bản phải thuộc xã của người gọi.")
    @APIResponse(responseCode = "201", description = "Đã ghi nhận / recorded",
            content = @Content(schema = @Schema(implementation = ConventionView.class)))
    public Response createConvention(@Valid @NotNull(message = "{body.required}") ConventionRequest request,
            @Context UriInfo uriInfo) {
        ConventionView created = conventions.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Sửa hương ước, quy ước / change a village convention", description = "Gửi kèm `version` đã đọc.")
    @APIResponse(responseCode = "200", description = "Đã lưu / saved",
            content = @Content(schema = @Schema(implementation = ConventionView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ConventionView updateConvention(@PathParam("id") @Parameter(example = "11") long id,
            @Valid @NotNull(message = "{body.required}") ConventionRequest request) {
        return conventions.update(id, request);
    }

    @GET
    @Path("{id}/reviews")
    @Operation(summary = "Các lần rà soát / a convention's reviews",
            description = "Mới nhất trước; hương ước ngoài phạm vi của người gọi trả 404.")
    public PageView<ConventionReviewView> listConventionReviews(@PathParam("id") @Parameter(example = "11") long id,
            @Valid @BeanParam PageParams paging) {
        return conventions.reviews(id, paging);
    }

    @GET
    @Path("{id}/reviews/{reviewId}")
    @Operation(summary = "Xem một lần rà soát / read a review")
    @APIResponse(responseCode = "200", description = "Lần rà soát",
            content = @Content(schema = @Schema(implementation = ConventionReviewView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ConventionReviewView getConventionReview(@PathParam("id") @Parameter(example = "11") long id,
            @PathParam("reviewId") @Parameter(example = "7") long reviewId) {
        return conventions.review(id, reviewId);
    }

    @POST
    @Path("{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Ghi nhận kết quả rà soát / record a review",
            description = "Ngày rà soát không sau hôm nay. \"Không có phân biệt đối xử\" thì không kèm điều khoản nào; "
                    + "có phân biệt đối xử thì nêu ít nhất một điều khoản. Hương ước đã bãi bỏ không rà soát (409).")
    @APIResponse(responseCode = "201", description = "Đã ghi nhận / recorded",
            content = @Content(schema = @Schema(implementation = ConventionReviewView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response createConventionReview(@PathParam("id") @Parameter(example = "11") long id,
            @Valid @NotNull(message = "{body.required}") ConventionReviewRequest request, @Context UriInfo uriInfo) {
        ConventionReviewView created = conventions.review(id, request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Xóa hương ước, quy ước nhập nhầm / withdraw a convention entered by mistake",
            description = "Ai được sửa thì được xóa; xóa cả các lần rà soát. Bắt buộc `version` đã đọc (409 nếu đã có "
                    + "người sửa) và `reason` (lý do). Trạng thái cuối cùng và lý do được giữ trong lịch sử (`/audit`, "
                    + "hành động DELETED); chỉ tiêu 5 tính lại ngay.")
    @APIResponse(responseCode = "204", description = "Đã xóa / withdrawn")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void deleteConvention(@PathParam("id") @Parameter(example = "11") long id,
            @Valid @BeanParam Withdrawal withdrawal) {
        conventions.delete(id, withdrawal);
    }

    @DELETE
    @Path("{id}/reviews/{reviewId}")
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Xóa lần rà soát nhập nhầm / withdraw a review entered by mistake",
            description = "`version` là phiên bản của hương ước đã đọc; bắt buộc `reason`. Lần rà soát được giữ trong "
                    + "lịch sử (CONVENTION_REVIEW, DELETED); kết quả rà soát mới nhất và chỉ tiêu 5 đổi ngay.")
    @APIResponse(responseCode = "204", description = "Đã xóa / withdrawn")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void deleteConventionReview(@PathParam("id") @Parameter(example = "11") long id,
            @PathParam("reviewId") @Parameter(example = "7") long reviewId, @Valid @BeanParam Withdrawal withdrawal) {
        conventions.deleteReview(id, reviewId, withdrawal);
    }
}
