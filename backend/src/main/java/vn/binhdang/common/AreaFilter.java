package vn.binhdang.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filter lists of a commune's records share: one commune by its official code (within the caller's
 * scope) and one year. A list's own filter extends it (or {@link UnitRecordFilter}) with what only it has.
 */
public class AreaFilter {
    @QueryParam("communeCode")
    @Pattern(regexp = "\\d{5}", message = "{commune.code.pattern}")
    @Parameter(description = "Mã xã (5 chữ số) / commune code", example = "03390")
    public String communeCode;

    @QueryParam("year")
    @Min(value = 2000, message = "{year.range}")
    @Max(value = 2100, message = "{year.range}")
    @Parameter(description = "Năm / year", example = "2026")
    public Integer year;
}
