package vn.binhdang.conventions;

/** What the latest review of a convention found about gender discrimination. */
public enum ConventionStanding {
    NO_DISCRIMINATION,
    DISCRIMINATION_FOUND,
    NOT_REVIEWED
}
