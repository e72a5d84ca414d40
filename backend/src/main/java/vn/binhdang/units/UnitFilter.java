package vn.binhdang.units;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters and order of the unit list. */
public class UnitFilter {
    @QueryParam("kind")
    @Parameter(description = "Loại đơn vị / kind of unit")
    public UnitKind kind;

    @QueryParam("communeCode")
    @Pattern(regexp = "\\d{5}", message = "{commune.code.pattern}")
    @Parameter(description = "Mã xã (5 chữ số) / commune code", example = "03390")
    public String communeCode;

    @QueryParam("active")
    @Parameter(description = "true: đang hoạt động hôm nay; false: đã ngừng hoặc chưa bắt đầu")
    public Boolean active;

    @QueryParam("q")
    @Size(max = 100, message = "{field.size.max}")
    @Parameter(description = "Tìm theo tên, mã, người liên hệ — không phân biệt dấu / search, diacritics ignored",
            example = "tram y te")
    public String q;

    @QueryParam("sort")
    @DefaultValue("name")
    @Pattern(regexp = "-?(name|code|kind|activeFrom)", message = "{sort.pattern}")
    @Parameter(description = "Thứ tự (tên theo bảng chữ cái tiếng Việt) / order; a leading '-' reverses it",
            example = "name", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"name", "-name", "code", "-code", "kind", "-kind", "activeFrom", "-activeFrom"}))
    public String sort;
}
