package vn.binhdang.areas;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.security.Roles;

/** Villages (bản) of a commune. */
@Path("/api/v1/villages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "areas")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER, Roles.VIEWER, Roles.PROVINCE,
        Roles.PROVINCE_ADMIN})
public class VillageResource {
    @Inject
    VillageService villages;

    @GET
    @Operation(summary = "Danh sách bản / list villages",
            description = "Tìm theo tên hoặc mã, không phân biệt dấu và hoa thường (\"na don\" tìm thấy \"Bản Nà Đon\").")
    public PageView<VillageView> listVillages(
            @QueryParam("communeCode") @Pattern(regexp = "\\d{5}", message = "{commune.code.pattern}")
            @Parameter(description = "Mã xã (5 chữ số) / commune code", example = "03390") String communeCode,
            @QueryParam("q") @Size(max = 100, message = "{field.size.max}")
            @Parameter(description = "Từ khóa tìm kiếm / search text", example = "na don") String q,
            @QueryParam("sort") @DefaultValue("name") @Pattern(regexp = "-?(name|code)", message = "{sort.pattern}")
            @Parameter(description = "Thứ tự: name, -name, code, -code", example = "name",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"name", "-name", "code", "-code"}))
            String sort,
            @Valid @BeanParam PageParams paging) {
        return villages.list(communeCode, q, sort, paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Xem một bản / read a village")
    @APIResponse(responseCode = "200", description = "Bản / the village",
            content = @Content(schema = @Schema(implementation = VillageView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public VillageView getVillage(@PathParam("id") @Parameter(example = "5") long id) {
        return villages.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Thêm bản / create a village",
            description = "Chỉ Quản trị xã và Phòng VH-XH của chính xã đó.")
    @APIResponse(responseCode = "201", description = "Đã tạo / created",
            content = @Content(schema = @Schema(implementation = VillageView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response createVillage(@Valid @NotNull(message = "{body.required}") VillageRequest request,
            @jakarta.ws.rs.core.Context UriInfo uriInfo) {
        VillageView created = villages.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Sửa bản / change a village",
            description = "Gửi kèm `version` đã đọc; nếu bản ghi đã bị sửa trong lúc đó, trả 409 stale-version.")
    @APIResponse(responseCode = "200", description = "Đã lưu / saved",
            content = @Content(schema = @Schema(implementation = VillageView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public VillageView updateVillage(@PathParam("id") @Parameter(example = "5") long id,
            @Valid @NotNull(message = "{body.required}") VillageRequest request) {
        return villages.update(id, request);
    }
}
