package vn.binhdang.people;

/** A person's one product role and the scope it carries (the token's {@code province_code}, {@code commune_code}, {@code unit_code}). */
public record Placement(String role, String provinceCode, String communeCode, String unitCode) {
}
