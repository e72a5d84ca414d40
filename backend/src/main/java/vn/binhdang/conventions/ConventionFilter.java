package vn.binhdang.conventions;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the convention list. */
public class ConventionFilter {
    @QueryParam("communeCode")
    @Pattern(regexp = "\\d{5}", message = "{commune.code.pattern}")
    @Parameter(description = "Mã xã", example = "03390")
    public String communeCode;

    @QueryParam("villageId")
    @Parameter(description = "Bản / village", example = "5")
    public Long villageId;

    @QueryParam("villageCode")
    @Pattern(regexp = "\\d{5}-\\d{2,3}", message = "{village.code.pattern}")
    @Parameter(description = "Bản theo mã / village by code", example = "03390-01")
    public String villageCode;

    @QueryParam("status")
    @Parameter(description = "Hiệu lực / legal status")
    public ConventionStatus status;

    @QueryParam("standing")
    @Parameter(description = "Theo lần rà soát mới nhất: không còn phân biệt đối xử, còn nội dung cần sửa, chưa rà soát")
    public ConventionStanding standing;
}
