export {
  canEditPlanTargets,
  canEditReferenceItem,
  canEditUnitRecord,
  canManagePeople,
  canManageCommuneRecords,
  canManageReferenceItems,
  canPublishChecklist,
  canRecordForUnit,
  canSeeHistory,
  canWriteCampaigns,
  hasRole,
  isNationalAdmin,
  isProvinceAdmin,
  isUnitReporter,
  knownRoles,
  primaryRole,
  readsProvince,
  scopeLabel,
  type Role,
} from './authorization';
export { getMe, meQueryOptions, useMe, type Me } from './me';
export { getAuthSession, setAuthSession, type AuthSession } from './session';
