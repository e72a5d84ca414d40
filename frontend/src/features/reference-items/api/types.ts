import type { Schemas } from '@/lib/api';

export type ReferenceItemRequest = Schemas['ReferenceItemRequest'];
