package vn.binhdang.sessions;

import java.time.Clock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
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
import vn.binhdang.common.Calendar;
import vn.binhdang.security.Roles;

/** A unit's sessions of a year against the plan's "at least two on law and policy". */
@Path("/api/v1/units/{unitId}/session-summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "units")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.COORDINATOR, Roles.UNIT_REPORTER, Roles.VIEWER, Roles.PROVINCE,
        Roles.PROVINCE_ADMIN})
public class UnitSessionSummaryResource {
    @Inject
    Clock clock;

    @Inject
    SessionService sessions;

    @GET
    @Operation(summary = "Buổi truyền thông của đơn vị trong năm / a unit's sessions of a year",
            description = "Số buổi, số buổi về pháp luật, chính sách bình đẳng giới so với yêu cầu tối thiểu 02 buổi "
                    + "(Mục tiêu 1), còn thiếu bao nhiêu.")
    @APIResponse(responseCode = "200", description = "Tóm tắt năm của đơn vị",
            content = @Content(schema = @Schema(implementation = UnitSessionSummary.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public UnitSessionSummary getUnitSessionSummary(@PathParam("unitId") @Parameter(example = "7") long unitId,
            @QueryParam("year") @Min(value = 2000, message = "{year.range}") @Max(value = 2100, message = "{year.range}")
            @Parameter(description = "Năm (mặc định: năm nay)", example = "2026") Integer year) {
        return sessions.summary(unitId, year == null ? Calendar.today(clock).getYear() : year);
    }
}
