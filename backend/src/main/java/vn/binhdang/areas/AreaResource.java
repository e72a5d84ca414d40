package vn.binhdang.areas;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.security.Roles;

/** Communes (and wards) the caller may read. */
@Path("/api/v1/communes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "areas")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER, Roles.VIEWER, Roles.PROVINCE,
        Roles.PROVINCE_ADMIN, Roles.NATIONAL_ADMIN})
public class AreaResource {
    @Inject
    AreaService areaService;

    @GET
    @Operation(summary = "Danh sách xã/phường trong phạm vi / communes in the caller's scope",
            description = "Người dùng cấp tỉnh thấy mọi xã của tỉnh; người dùng cấp xã chỉ thấy xã của mình; quản trị"
                    + " quốc gia thấy mọi xã của cả nước (chỉ danh mục). Xã đã giải thể / sáp nhập có validTo.")
    public PageView<AreaView> listCommunes(
            @QueryParam("provinceCode") @Pattern(regexp = "\\d{2}", message = "{province.code.pattern}")
            @Parameter(description = "Mã tỉnh (2 chữ số) / province code", example = "12") String provinceCode,
            @Valid @BeanParam PageParams paging) {
        return areaService.communes(provinceCode, paging);
    }
}
