import type { Schemas } from '@/lib/api';

export type AuditEntry = Schemas['AuditEntryView'];
export type AuditChange = AuditEntry['changes'][number];
export type AuditEntityType = AuditEntry['entityType'];
