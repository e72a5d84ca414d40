export {
  canEditPlanTargets,
  canEditUnitRecord,
  canManageCommuneRecords,
  canManageReferenceItems,
  canRecordForUnit,
  canSeeHistory,
  canWriteCampaigns,
  hasRole,
  isUnitReporter,
  knownRoles,
  primaryRole,
  scopeLabel,
  type Role,
} from './authorization';
export { getMe, meQueryOptions, useMe, type Me } from './me';
export { getAuthSession, setAuthSession, type AuthSession } from './session';
