package vn.binhdang.references;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reference entry as other records show it: id, code and both labels. */
@Schema(description = "Nhãn của một mục danh mục / a reference entry's labels")
public record RefLabel(
        @Schema(examples = "11") long id,
        @Schema(examples = "LOUDSPEAKER") String code,
        @Schema(examples = "Phát thanh trên loa truyền thanh") String labelVi,
        @Schema(examples = "Loudspeaker broadcast") String labelEn) {

    public static RefLabel of(ReferenceItem item) {
        return new RefLabel(item.id, item.code, item.labelVi, item.labelEn);
    }
}
