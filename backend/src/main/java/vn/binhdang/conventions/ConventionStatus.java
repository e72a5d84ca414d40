package vn.binhdang.conventions;

/** Legal standing of a village convention. */
public enum ConventionStatus {
    /** Đang có hiệu lực. */
    IN_FORCE,
    /** Đang sửa đổi, bổ sung. */
    BEING_AMENDED,
    /** Đã bãi bỏ: no longer counted by target 5. */
    ANNULLED
}
