package vn.binhdang.me;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.binhdang.areas.Area;
import vn.binhdang.areas.AreaAccess;
import vn.binhdang.areas.AreaRepository;
import vn.binhdang.security.CurrentUser;
import vn.binhdang.units.UnitRepository;

/** The caller's roles and scope, as the server reads them from the token. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me")
@Authenticated
public class MeResource {
    @Inject
    CurrentUser user;

    @Inject
    AreaRepository areas;

    @Inject
    AreaAccess access;

    @Inject
    UnitRepository units;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Người đang đăng nhập / the signed-in caller",
            description = "Vai trò và phạm vi (tỉnh, xã, đơn vị) lấy từ token, không từ tham số.")
    public MeView me() {
        String communeCode = user.communeCode();
        String provinceCode = user.provinceCode();
        Area commune = communeCode == null ? null : areas.findByCode(communeCode).orElse(null);
        if (provinceCode == null && commune != null) {
            provinceCode = commune.parentCode();
        }
        Area province = provinceCode == null ? null : areas.findByCode(provinceCode).orElse(null);
        var unit = user.unitCode() == null || communeCode == null ? java.util.Optional.<vn.binhdang.units.Unit>empty()
                : units.findByCommuneAndCode(communeCode, user.unitCode());
        boolean manages = access.runsACommune();
        return new MeView(user.username(), user.displayName(), user.roles(), provinceCode,
                province == null ? null : province.name, communeCode, commune == null ? null : commune.name,
                user.unitCode(), unit.map(u -> u.id).orElse(null), unit.map(u -> u.name).orElse(null), manages,
                manages);
    }
}
