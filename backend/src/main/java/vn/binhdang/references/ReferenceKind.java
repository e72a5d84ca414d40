package vn.binhdang.references;

/** The reference lists a session draws from. */
public enum ReferenceKind {
    TOPIC,
    FORMAT,
    AUDIENCE_GROUP,
    LANGUAGE,
    FUNDING_SOURCE
}
