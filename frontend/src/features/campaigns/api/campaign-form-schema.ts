import type { FieldErrors } from '@/lib/form';
import type { Dictionary } from '@/lib/i18n';
import { isIsoDate } from '@/utils/dates';

import type { Campaign, CampaignOccasion, CampaignRequest } from './types';

// The campaign form's values and rules (mirroring CampaignRequest's constraints), shared by the
// form and the create/update mutations.
export interface CampaignFormValues {
  communeCode: string;
  name: string;
  theme: string;
  occasion: CampaignOccasion | '';
  startDate: string;
  endDate: string;
  leadUnitId: string;
  participatingUnitIds: string[];
  taskGroups: number[];
  description: string;
}

export type CampaignFormField = keyof CampaignFormValues;
export const campaignFormFields = [
  'communeCode',
  'name',
  'theme',
  'occasion',
  'startDate',
  'endDate',
  'leadUnitId',
  'participatingUnitIds',
  'taskGroups',
  'description',
] as const satisfies readonly CampaignFormField[];

export const NAME_MAX = 200;
export const THEME_MAX = 500;
export const DESCRIPTION_MAX = 4000;

export function emptyCampaignForm(communeCode: string, today: string): CampaignFormValues {
  return {
    communeCode,
    name: '',
    theme: '',
    occasion: '',
    startDate: today,
    endDate: today,
    leadUnitId: '',
    participatingUnitIds: [],
    taskGroups: [],
    description: '',
  };
}

export function campaignToFormValues(campaign: Campaign): CampaignFormValues {
  return {
    communeCode: campaign.communeCode,
    name: campaign.name,
    theme: campaign.theme ?? '',
    occasion: campaign.occasion,
    startDate: campaign.startDate,
    endDate: campaign.endDate,
    leadUnitId: campaign.leadUnitId === null ? '' : String(campaign.leadUnitId),
    participatingUnitIds: campaign.participatingUnits.map((u) => String(u.id)),
    taskGroups: [...campaign.taskGroups].sort((a, b) => a - b),
    description: campaign.description ?? '',
  };
}

export function validateCampaignForm(values: CampaignFormValues, t: Dictionary): FieldErrors<CampaignFormField> {
  const errors: FieldErrors<CampaignFormField> = {};
  const v = t.validation;
  const name = values.name.trim();
  if (!values.communeCode) errors.communeCode = v.required;
  if (!name) errors.name = v.required;
  else if (name.length > NAME_MAX) errors.name = v.maxLength(NAME_MAX);
  if (values.theme.trim().length > THEME_MAX) errors.theme = v.maxLength(THEME_MAX);
  if (!values.occasion) errors.occasion = v.required;
  if (!values.startDate) errors.startDate = v.required;
  else if (!isIsoDate(values.startDate)) errors.startDate = v.date;
  if (!values.endDate) errors.endDate = v.required;
  else if (!isIsoDate(values.endDate)) errors.endDate = v.date;
  else if (isIsoDate(values.startDate) && values.endDate < values.startDate) errors.endDate = v.endBeforeStart;
  if (values.description.trim().length > DESCRIPTION_MAX) errors.description = v.maxLength(DESCRIPTION_MAX);
  return errors;
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

export function toCampaignRequest(values: CampaignFormValues, version?: number): CampaignRequest {
  if (!values.occasion) throw new Error('toCampaignRequest needs validated values (occasion is missing)');
  return {
    communeCode: values.communeCode,
    name: values.name.trim(),
    theme: orNull(values.theme),
    occasion: values.occasion,
    startDate: values.startDate,
    endDate: values.endDate,
    leadUnitId: values.leadUnitId ? Number(values.leadUnitId) : null,
    participatingUnitIds: values.participatingUnitIds.map(Number).sort((a, b) => a - b),
    taskGroups: [...values.taskGroups].sort((a, b) => a - b),
    description: orNull(values.description),
    ...(version === undefined ? {} : { version }),
  };
}
