package vn.binhdang.indicators;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.binhdang.areas.AreaLevel;

/** The area an indicator is computed for: one commune, or every commune of a province. */
@Schema(description = "Địa bàn tính chỉ tiêu / the area of the figures")
public record AreaScope(
        @Schema(examples = "03390") String code,
        @Schema(examples = "Xã Bình Lư") String name,
        @Schema(description = "COMMUNE: một xã; PROVINCE: mọi xã của tỉnh / one commune, or every commune of a province",
                enumeration = {"COMMUNE", "PROVINCE"}, examples = "COMMUNE") AreaLevel level,
        // Internal ids for the queries: not part of the answer.
        @JsonIgnore @Schema(hidden = true) long communeId,
        @JsonIgnore @Schema(hidden = true) long provinceId) {

    /** SQL: the ids of the communes in scope (parameters :scopeCommune and :scopeProvince). */
    static final String COMMUNES = "(SELECT a.id FROM area a WHERE a.level = 'COMMUNE' "
            + "AND (a.id = :scopeCommune OR a.parent_id = :scopeProvince))";

    public static AreaScope commune(long id, String code, String name) {
        return new AreaScope(code, name, AreaLevel.COMMUNE, id, -1);
    }

    static AreaScope province(long id, String code, String name) {
        return new AreaScope(code, name, AreaLevel.PROVINCE, -1, id);
    }
}
