package vn.binhdang.media;

import vn.binhdang.common.UnitRecordFilter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the media product list. */
public class MediaProductFilter extends UnitRecordFilter {



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
