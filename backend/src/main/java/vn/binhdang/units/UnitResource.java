package vn.binhdang.units;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.security.Roles;

/** Units of the commune (section V of the plan). */
@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "units")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER, Roles.VIEWER, Roles.PROVINCE,
        Roles.PROVINCE_ADMIN})
public class UnitResource {
    @Inject
    UnitService units;

    @GET
    @Operation(summary = "Danh sách đơn vị / list units",
            description = "Lọc theo loại, xã, tình trạng hoạt động và từ khóa (không phân biệt dấu); "
                    + "sắp xếp tên theo bảng chữ cái tiếng Việt.")
    public PageView<UnitView> listUnits(@Valid @BeanParam UnitFilter filter, @Valid @BeanParam PageParams paging) {
        return units.list(filter, paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Xem một đơn vị / read a unit")
    @APIResponse(responseCode = "200", description = "Đơn vị; ETag là phiên bản / the unit; ETag carries its version",
            headers = @Header(name = "ETag", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response getUnit(@PathParam("id") @Parameter(example = "7") long id) {
        UnitView unit = units.get(id);
        return Response.ok(unit).tag(new EntityTag(String.valueOf(unit.version()))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Thêm đơn vị / create a unit", description = "Chỉ Quản trị xã và Phòng VH-XH của chính xã đó.")
    @APIResponse(responseCode = "201", description = "Đã tạo / created",
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response createUnit(@Valid @NotNull(message = "{body.required}") UnitRequest request,
            @Context UriInfo uriInfo) {
        UnitView created = units.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .tag(new EntityTag(String.valueOf(created.version()))).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Sửa đơn vị / change a unit",
            description = "Gửi kèm `version` đã đọc; nếu đơn vị đã bị sửa trong lúc đó, trả 409 stale-version.")
    @APIResponse(responseCode = "200", description = "Đã lưu / saved",
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public UnitView updateUnit(@PathParam("id") @Parameter(example = "7") long id,
            @Valid @NotNull(message = "{body.required}") UnitRequest request) {
        return units.update(id, request);
    }

    @POST
    @Path("{id}/deactivate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Ngừng hoạt động đơn vị / deactivate a unit",
            description = "Đặt ngày cuối hoạt động; đơn vị và lịch sử của nó vẫn được giữ.")
    @APIResponse(responseCode = "200", description = "Đã lưu / saved",
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public UnitView deactivateUnit(@PathParam("id") @Parameter(example = "7") long id,
            @Valid @NotNull(message = "{body.required}") DeactivationRequest request) {
        return units.deactivate(id, request);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Xóa đơn vị / delete a unit",
            description = "Chỉ xóa được đơn vị chưa có dữ liệu nào tham chiếu; nếu không, trả 409 in-use "
                    + "kèm lý do — hãy dùng Ngừng hoạt động.")
    @APIResponse(responseCode = "204", description = "Đã xóa / deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void deleteUnit(@PathParam("id") @Parameter(example = "7") long id) {
        units.delete(id);
    }
}
