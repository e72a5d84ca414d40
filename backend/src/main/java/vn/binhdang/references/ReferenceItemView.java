package vn.binhdang.references;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Mục của một danh mục / an entry of a reference list")
public record ReferenceItemView(
        @Schema(examples = "1") long id,
        ReferenceKind kind,
        @Schema(examples = "LAW_POLICY") String code,
        @Schema(examples = "Pháp luật, chính sách về bình đẳng giới") String labelVi,
        @Schema(examples = "Gender-equality law and policy") String labelEn,
        @Schema(description = "Chủ đề được tính cho Mục tiêu 1", examples = "true") boolean lawPolicy,
        @Schema(description = "Hình thức phát thanh, đăng tin: cần số lượt tiếp cận", examples = "false") boolean needsReach,
        @Schema(description = "Mã xã sở hữu; null là danh mục chung", examples = "03390", nullable = true) String communeCode,
        @Schema(examples = "true") boolean active,
        @Schema(examples = "10") int sortOrder,
        @Schema(examples = "0") long version) {

    static ReferenceItemView of(ReferenceItem item) {
        return new ReferenceItemView(item.id, item.kind, item.code, item.labelVi, item.labelEn, item.lawPolicy,
                item.needsReach, item.commune == null ? null : item.commune.code, item.active, item.sortOrder,
                item.version);
    }
}
