package vn.binhdang.common;

import io.quarkus.panache.common.Parameters;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filter of lists of records a unit owns (sessions, Action-Month plans, media products): besides commune
 * and year, one unit — by id or by its stable code, so an integrator never has to look ids up.
 */
public class UnitRecordFilter extends AreaFilter {
    @QueryParam("unitId")
    @Parameter(description = "Đơn vị (mã số) / unit id", example = "7")
    public Long unitId;

    @QueryParam("unitCode")
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,19}", message = "{unit.code.pattern}")
    @Parameter(description = "Đơn vị theo mã (ví dụ TYT; cấp tỉnh: đơn vị có mã này ở mọi xã) / unit by code",
            example = "TYT")
    public String unitCode;

    /** Adds the unit filters to an HQL where clause over the record's unit ({@code unitPath}, e.g. "u"). */
    public void restrictUnit(StringBuilder where, Parameters params, String unitPath) {
        if (unitId != null) {
            where.append(" and ").append(unitPath).append(".id = :unit");
            params.and("unit", unitId);
        }
        if (unitCode != null) {
            where.append(" and ").append(unitPath).append(".code = :unitCode");
            params.and("unitCode", unitCode);
        }
    }
}
