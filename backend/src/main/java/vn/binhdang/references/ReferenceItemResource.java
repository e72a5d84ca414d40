package vn.binhdang.references;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/** Topics, formats, audience groups, languages and funding sources, with Vietnamese labels. */
@Path("/api/v1/reference-items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reference-lists")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER, Roles.VIEWER, Roles.PROVINCE,
        Roles.PROVINCE_ADMIN})
public class ReferenceItemResource {
    @Inject
    ReferenceItemService service;

    @GET
    @Operation(summary = "Danh mục / list reference entries",
            description = "Danh mục chung và danh mục riêng của xã người gọi, theo thứ tự hiển thị.")
    public PageView<ReferenceItemView> listReferenceItems(
            @QueryParam("kind") @Parameter(description = "Loại danh mục") ReferenceKind kind,
            @QueryParam("includeInactive") @DefaultValue("false")
            @Parameter(description = "Gồm cả mục đã ngừng dùng") boolean includeInactive,
            @Valid @BeanParam PageParams paging) {
        return service.list(kind, includeInactive, paging);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "Thêm mục danh mục / add a reference entry",
            description = "Quản trị xã: mục mới thuộc xã của người gọi. Quản trị chương trình của tỉnh: mục mới thuộc"
                    + " danh mục chung của mọi xã.")
    @APIResponse(responseCode = "201", description = "Đã tạo / created",
            content = @Content(schema = @Schema(implementation = ReferenceItemView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response createReferenceItem(@Valid @NotNull(message = "{body.required}") ReferenceItemRequest request,
            @Context UriInfo uriInfo) {
        ReferenceItemView created = service.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "Sửa mục danh mục / change a reference entry",
            description = "Quản trị xã sửa mục riêng của xã (danh mục chung: 403); Quản trị chương trình của tỉnh sửa"
                    + " danh mục chung. Gửi kèm `version` đã đọc.")
    @APIResponse(responseCode = "200", description = "Đã lưu / saved",
            content = @Content(schema = @Schema(implementation = ReferenceItemView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReferenceItemView updateReferenceItem(@PathParam("id") @Parameter(example = "42") long id,
            @Valid @NotNull(message = "{body.required}") ReferenceItemRequest request) {
        return service.update(id, request);
    }
}
