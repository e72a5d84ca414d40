package vn.binhdang.areas;

/** What an import of the official list does to one province or commune. */
public enum AreaChangeKind {
    /** In the file, not in the database: created, in force from the import's effective date. */
    ADDED,
    /** Its name in the file differs from the database's. */
    RENAMED,
    /** A commune under another province in the file. */
    MOVED,
    /** Open in the database, absent from the file: closed on the effective date, never deleted. */
    CLOSED,
    /** Closed in the database, in the file again: open again. */
    REOPENED
}
