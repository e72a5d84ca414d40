import { Anchor, AppShell, Badge, Box, Burger, Button, Divider, Group, NavLink, ScrollArea, SegmentedControl, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';

import { ErrorAlert } from '@/components/errors/error-alert';
import { ErrorBoundary } from '@/components/errors/error-boundary';
import { FullPageMessage } from '@/components/ui/full-page-message';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { paths } from '@/config/paths';
import { CurrentUser } from '@/features/me';
import { canManagePeople, getAuthSession, isNationalAdmin, isProvinceAdmin, readsProvince, useMe, type Me } from '@/lib/auth';
import { useI18n, type Dictionary, type Language } from '@/lib/i18n';
import { useProgrammePeriod } from '@/lib/reference-data';

interface NavItem {
  to: string;
  label: (t: Dictionary) => string;
  ready: boolean;
  /**
   * Shown only to whom it serves (the server still decides every request); when absent, to everyone who works
   * with communes' records — not the national administrator, who reads none of them.
   */
  visible?: (me: Me) => boolean;
}

// The programme's capabilities in the plan's order; those not built yet lead to a "coming soon" page.
const navItems: NavItem[] = [
  { to: paths.dashboard, label: (t) => t.nav.dashboard, ready: true },
  { to: paths.comparison, label: (t) => t.nav.comparison, ready: true, visible: readsProvince },
  { to: paths.plan, label: (t) => t.nav.plan, ready: true },
  { to: paths.units, label: (t) => t.nav.units, ready: true },
  { to: paths.villages, label: (t) => t.nav.villages, ready: true },
  { to: paths.campaigns, label: (t) => t.nav.campaigns, ready: true },
  { to: paths.sessions, label: (t) => t.nav.sessions, ready: true },
  { to: paths.actionMonthPlans, label: (t) => t.nav.actionMonthPlans, ready: true },
  { to: paths.surveys, label: (t) => t.nav.surveys, ready: true },
  { to: paths.mediaProducts, label: (t) => t.nav.mediaProducts, ready: true },
  { to: paths.conventions, label: (t) => t.nav.conventions, ready: true },
  { to: paths.targets, label: (t) => t.nav.targets, ready: true },
  { to: paths.reports, label: (t) => t.nav.reports, ready: false },
  { to: paths.referenceItems, label: (t) => t.nav.referenceItems, ready: true },
  // Running the programme: the communes taking part (province-admin), the country's communes (national-admin), people.
  { to: paths.provinceCommunes, label: (t) => t.nav.programmeCommunes, ready: true, visible: isProvinceAdmin },
  { to: paths.countryCommunes, label: (t) => t.nav.countryCommunes, ready: true, visible: isNationalAdmin },
  { to: paths.people, label: (t) => t.nav.people, ready: true, visible: canManagePeople },
];

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t.common.language}
      value={language}
      onChange={(value) => setLanguage(value as Language)}
      data={[
        { value: 'vi', label: 'VI' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}

function PageFallback() {
  return <TableSkeleton />;
}

/** The signed-in frame: header (who, language, logout), navigation, and the current page. */
function Shell() {
  const { t } = useI18n();
  const me = useMe();
  // The period named under the app's name is the plans' (no years until they are known, none without a plan).
  const period = useProgrammePeriod();
  const [navOpened, nav] = useDisclosure(false);
  const { pathname } = useLocation();

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label={t.common.openMenu} />
            <Box>
              <Title order={1} fz="lg" lh={1.1}>
                <Anchor component={Link} to={paths.dashboard} c="inherit" underline="never" inherit>
                  {t.common.appName}
                </Anchor>
              </Title>
              <Text size="xs" c="dimmed" visibleFrom="md" lh={1.2}>
                {t.common.programme(period?.span)}
              </Text>
            </Box>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Box visibleFrom="sm">
              <CurrentUser />
            </Box>
            <LanguageSwitch />
            <Button variant="default" size="xs" onClick={() => getAuthSession().logout()}>
              {t.common.logout}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label={t.nav.main}>
        <Box hiddenFrom="sm" p="xs">
          <CurrentUser align="left" />
          <Divider my="xs" />
        </Box>
        <AppShell.Section grow component={ScrollArea}>
          {navItems.filter((item) => (item.visible ? item.visible(me) : !isNationalAdmin(me))).map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={item.label(t)}
                active={isActive(pathname, item.to)}
                onClick={nav.close}
                rightSection={
                  item.ready ? null : (
                    <Badge size="xs" variant="light" color="gray">
                      {t.common.comingSoon}
                    </Badge>
                  )
                }
              />
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <Divider my="xs" />
          <NavLink
            component={Link}
            to={paths.account}
            label={t.nav.account}
            active={isActive(pathname, paths.account)}
            onClick={nav.close}
          />
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <Suspense fallback={<PageFallback />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

/**
 * Loads the user's profile (GET /api/v1/me) before the shell renders: every page and the header
 * rely on it, and nothing of the user's data shows before it is known.
 */
export function AppLayout() {
  const { t } = useI18n();
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallback={(error, retry) => (
            <FullPageMessage title={t.common.errorTitle}>
              <ErrorAlert error={error} onRetry={retry} />
            </FullPageMessage>
          )}
        >
          <Suspense fallback={<FullPageMessage title={t.common.loading} loading />}>
            <Shell />
          </Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
