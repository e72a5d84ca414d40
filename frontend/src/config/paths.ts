// Every route of the SPA in one place, so features link to each other's pages without importing them.
export const paths = {
  dashboard: '/',
  units: '/units',
  unitNew: '/units/new',
  unit: (id: number | string) => `/units/${id}`,
  unitEdit: (id: number | string) => `/units/${id}/edit`,
  villages: '/villages',
  villageNew: '/villages/new',
  villageEdit: (id: number | string) => `/villages/${id}/edit`,
  campaigns: '/campaigns',
  sessions: '/sessions',
  targets: '/targets',
  reports: '/reports',
  account: '/account',
} as const;
