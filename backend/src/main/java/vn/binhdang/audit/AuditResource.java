package vn.binhdang.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/** The history of a unit, campaign or session, for the commune's coordinator and admin. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR})
public class AuditResource {
    @Inject
    AuditService audit;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Lịch sử thay đổi của một bản ghi / a record's history",
            description = "Ai, khi nào, thay đổi gì (trước → sau); mới nhất trước. Chỉ Quản trị xã và Phòng VH-XH "
                    + "của xã có bản ghi đó.")
    public PageView<AuditEntryView> listAuditEntries(
            @QueryParam("entityType") @NotNull(message = "{field.required}")
            @Parameter(description = "UNIT, CAMPAIGN hoặc SESSION") AuditedType entityType,
            @QueryParam("entityId") @NotNull(message = "{field.required}")
            @Parameter(description = "Mã số bản ghi", example = "1203") Long entityId,
            @Valid @BeanParam PageParams paging) {
        return audit.history(entityType, entityId, paging);
    }
}
