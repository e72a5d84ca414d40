package vn.binhdang.units;

/** Kinds of unit named in section V of the plan (Tổ chức thực hiện). Labels live in the SPA's dictionary. */
public enum UnitKind {
    /** Phòng Văn hóa – Xã hội. */
    CULTURE_SOCIAL_OFFICE,
    /** Phòng Kinh tế. */
    ECONOMIC_OFFICE,
    /** Trung tâm Dịch vụ tổng hợp. */
    GENERAL_SERVICES_CENTRE,
    /** Trường học. */
    SCHOOL,
    /** Trạm Y tế xã. */
    HEALTH_STATION,
    /** Văn phòng HĐND và UBND xã. */
    COUNCIL_COMMITTEE_OFFICE,
    /** Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội. */
    FRONT_MASS_ORGANISATION,
    /** Doanh nghiệp. */
    ENTERPRISE,
    /** Khác. */
    OTHER
}
