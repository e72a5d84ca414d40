package vn.binhdang.indicators;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The area an indicator is computed for: one commune, or every commune of a province. */
@Schema(description = "Địa bàn tính chỉ tiêu / the area of the figures")
public record AreaScope(
        @Schema(examples = "03390") String code,
        @Schema(examples = "Xã Bình Lư") String name,
        @Schema(examples = "COMMUNE") String level,
        @Schema(hidden = true) long communeId,
        @Schema(hidden = true) long provinceId) {

    /** SQL: the ids of the communes in scope (parameters :scopeCommune and :scopeProvince). */
    static final String COMMUNES = "(SELECT a.id FROM area a WHERE a.level = 'COMMUNE' "
            + "AND (a.id = :scopeCommune OR a.parent_id = :scopeProvince))";

    public static AreaScope commune(long id, String code, String name) {
        return new AreaScope(code, name, "COMMUNE", id, -1);
    }

    static AreaScope province(long id, String code, String name) {
        return new AreaScope(code, name, "PROVINCE", -1, id);
    }
}
