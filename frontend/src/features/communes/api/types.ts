import type { Page, Schemas } from '@/lib/api';

export type Commune = Schemas['AreaView'];
export type CommunePage = Page<Commune>;
export type Plan = Schemas['PlanView'];
export type PlanCreateRequest = Schemas['PlanCreateRequest'];

/** Lower case without diacritics (đ → d), so that "binh lu" finds "Xã Bình Lư". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

/** A commune whose name or code contains the search term (diacritics ignored). */
export function matchesCommune(commune: Pick<Commune, 'code' | 'name'>, term: string): boolean {
  const folded = foldText(term);
  return !folded || commune.code.includes(folded) || foldText(commune.name).includes(folded);
}

export type AreaImport = Schemas['AreaImportView'];
export type AreaChange = Schemas['AreaChangeView'];
export type AreaChangeKind = AreaChange['kind'];
