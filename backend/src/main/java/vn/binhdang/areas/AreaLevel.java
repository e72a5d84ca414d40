package vn.binhdang.areas;

/** Tiers of local government since 1/7/2025 (no district), plus the village (bản/thôn). */
public enum AreaLevel {
    PROVINCE,
    COMMUNE,
    VILLAGE
}
