import type { Complete, Schemas } from '@/lib/api';

export type AuditEntry = Complete<Schemas['AuditEntryView']>;
export type AuditChange = AuditEntry['changes'][number];
export type AuditEntityType = AuditEntry['entityType'];
