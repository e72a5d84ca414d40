package vn.binhdang.media;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

/** The gender checklist for media products, derived from the gender indicator set; versioned, never edited. */
@Path("/api/v1/media-checklists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "media-products")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER, Roles.VIEWER, Roles.PROVINCE,
        Roles.PROVINCE_ADMIN})
public class MediaChecklistResource {
    @Inject
    MediaService media;

    @GET
    @Operation(summary = "Các phiên bản bộ tiêu chí giới / the checklist's versions",
            description = "Mọi phiên bản, mới nhất trước; mỗi phiên bản có danh sách tiêu chí và số tiêu chí phải đạt.")
    public PageView<MediaChecklistView> listMediaChecklists(@Valid @BeanParam PageParams paging) {
        return media.checklists(paging);
    }

    @GET
    @Path("{version}")
    @Operation(summary = "Xem một phiên bản bộ tiêu chí / read a checklist version")
    @APIResponse(responseCode = "200", description = "Phiên bản bộ tiêu chí",
            content = @Content(schema = @Schema(implementation = MediaChecklistView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public MediaChecklistView getMediaChecklist(@PathParam("version") @Parameter(example = "1") int version) {
        return media.checklist(version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Tạo phiên bản mới của bộ tiêu chí / create the next checklist version",
            description = "Không sửa phiên bản cũ: các đánh giá đã làm giữ nguyên phiên bản của chúng.")
    @APIResponse(responseCode = "201", description = "Đã tạo / created",
            content = @Content(schema = @Schema(implementation = MediaChecklistView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response createMediaChecklist(@Valid @NotNull(message = "{body.required}") MediaChecklistRequest request,
            @Context UriInfo uriInfo) {
        MediaChecklistView created = media.createChecklist(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.version())).build())
                .entity(created).build();
    }
}
