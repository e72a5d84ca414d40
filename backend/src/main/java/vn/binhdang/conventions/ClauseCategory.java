package vn.binhdang.conventions;

/** Kinds of gender-discriminatory provision that reviews of village conventions commonly find. */
public enum ClauseCategory {
    /** Chỉ con trai được thừa kế, chia đất. */
    INHERITANCE_SONS_ONLY,
    /** Phụ nữ không được dự họp bản, không được làm chủ hộ. */
    WOMEN_EXCLUDED_FROM_MEETINGS,
    /** Mức phạt, chế tài khác nhau giữa nam và nữ. */
    UNEQUAL_SANCTIONS,
    /** Thách cưới cao, tảo hôn. */
    BRIDE_PRICE_OR_CHILD_MARRIAGE,
    /** Ưa thích con trai. */
    SON_PREFERENCE,
    OTHER
}
