package vn.binhdang.audit;

public enum AuditAction {
    CREATED,
    UPDATED,
    DEACTIVATED,
    DELETED
}
