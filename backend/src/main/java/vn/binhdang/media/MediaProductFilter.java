package vn.binhdang.media;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the media product list. */
public class MediaProductFilter {
    @QueryParam("year")
    @Min(value = 2000, message = "{year.range}")
    @Max(value = 2100, message = "{year.range}")
    @Parameter(description = "Năm phát hành / year published", example = "2026")
    public Integer year;

    @QueryParam("communeCode")
    @Pattern(regexp = "\\d{5}", message = "{commune.code.pattern}")
    @Parameter(description = "Mã xã", example = "03390")
    public String communeCode;

    @QueryParam("unitId")
    @Parameter(description = "Đơn vị / unit", example = "3")
    public Long unitId;

    @QueryParam("kind")
    @Parameter(description = "Loại sản phẩm / kind")
    public MediaKind kind;

    @QueryParam("assessed")
    @Parameter(description = "true: đã đánh giá; false: chưa đánh giá")
    public Boolean assessed;

    @QueryParam("passed")
    @Parameter(description = "true: đã đánh giá và đạt; false: đã đánh giá và chưa đạt")
    public Boolean passed;
}
