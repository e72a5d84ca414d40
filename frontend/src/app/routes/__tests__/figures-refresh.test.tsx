import { QueryClient, QueryClientProvider, useQuery, type QueryKey } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';

import { planStatusQueryOptions } from '@/features/action-month-plans/api/get-plan-status';
import { auditQueryOptions } from '@/features/audit/api/get-audit';
import { useCreateConventionReview } from '@/features/conventions/api/create-review';
import { emptyReviewForm } from '@/features/conventions/api/review-form-schema';
import { dashboardQueryOptions } from '@/features/indicators/api/get-dashboard';
import { indicatorRecordsQueryOptions } from '@/features/indicators/api/get-indicator-records';
import { useAssessMediaProduct } from '@/features/media/api/assess-media-product';
import { useUpdatePlanTarget } from '@/features/plans/api/update-plan-target';
import { useCreateSession } from '@/features/sessions/api/save-session';
import { emptySessionForm } from '@/features/sessions/api/session-form-schema';
import { unitSessionSummaryQueryOptions } from '@/features/sessions/api/unit-session-summary';
import { useCreateUnit } from '@/features/units/api/create-unit';
import { emptyUnitForm } from '@/features/units/api/unit-form-schema';
import { healthStation, plan, session } from '@/testing/data';
import { naDonFirstReview } from '@/testing/conventions-data';
import { assessedProduct } from '@/testing/media-data';
import { mockApi } from '@/testing/mock-api';

// The keys the figures' own queries use, so a list out of step with them fails here.
const figureKeys = {
  overview: dashboardQueryOptions({ year: 2026 }).queryKey,
  targets: indicatorRecordsQueryOptions({ target: 1, year: 2026, page: 0, size: 20 }).queryKey,
  unitSummary: unitSessionSummaryQueryOptions(7, 2026).queryKey,
  planStatus: planStatusQueryOptions({ year: 2026, page: 0, size: 20 }).queryKey,
  history: auditQueryOptions({ entityType: 'SESSION', entityId: 41, page: 0, size: 20 }).queryKey,
};

// Every api module, as source text: which of them change records, and how they refresh afterwards.
const apiModules = import.meta.glob<string>('/src/features/*/api/*.ts', { query: '?raw', import: 'default', eager: true });

type Wrapper = (props: { children: ReactNode }) => ReactNode;

function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } });
  // A figure of every kind in the cache, as the overview, the targets page, a unit's page, the
  // plan-status page and a history panel leave them, fresh (never stale on their own).
  for (const key of Object.values(figureKeys)) queryClient.setQueryData(key as QueryKey, { figure: 1 });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  return { queryClient, wrapper };
}

function staleFigures(queryClient: QueryClient) {
  return Object.entries(figureKeys)
    .filter(([, key]) => queryClient.getQueryState(key as QueryKey)?.isInvalidated)
    .map(([name]) => name);
}
const EVERY_FIGURE = Object.keys(figureKeys);

describe('invalidateAfterRecordChange', () => {
  it('refetches the open overview once a session is saved, without a reload', async () => {
    let dashboardCalls = 0;
    mockApi({ 'POST /api/v1/sessions': { status: 201, body: session({ id: 41 }) } });
    const { queryClient, wrapper } = setup();
    // The overview, open on screen: an active query of the dashboard.
    const overview = renderHook(
      () => useQuery({ queryKey: ['dashboard', { year: 2025 }], queryFn: () => ++dashboardCalls, staleTime: Infinity }),
      { wrapper },
    );
    await waitFor(() => expect(overview.result.current.data).toBe(1));

    const { result } = renderHook(() => useCreateSession(), { wrapper });
    await result.current.mutateAsync({ values: emptySessionForm('2026-12-02', 7), needsReach: false, idempotencyKey: 'k-1' });

    await waitFor(() => expect(overview.result.current.data).toBe(2));
    expect(staleFigures(queryClient)).toEqual(EVERY_FIGURE);
  });

  it.each([
    {
      name: 'a media assessment',
      endpoint: 'POST /api/v1/media-products/3/assessment',
      answer: { body: assessedProduct as unknown },
      mutate: (wrapper: Wrapper) =>
        renderHook(() => useAssessMediaProduct(), { wrapper }).result.current.mutateAsync({
          productId: 3,
          request: { checklistVersion: 1, answers: {}, version: 0 },
        }),
    },
    {
      name: 'a convention review',
      endpoint: 'POST /api/v1/conventions/11/reviews',
      answer: { status: 201, body: naDonFirstReview as unknown },
      mutate: (wrapper: Wrapper) =>
        renderHook(() => useCreateConventionReview(), { wrapper }).result.current.mutateAsync({
          conventionId: 11,
          values: { ...emptyReviewForm('2026-12-02'), noDiscrimination: true },
        }),
    },
    {
      name: 'a plan target value',
      endpoint: 'PUT /api/v1/plans/1/targets/2',
      answer: { body: plan() as unknown },
      mutate: (wrapper: Wrapper) =>
        renderHook(() => useUpdatePlanTarget(), { wrapper }).result.current.mutateAsync({
          planId: 1,
          number: 2,
          request: { yearlyTargets: [], version: 0 },
        }),
    },
    {
      name: 'a new unit',
      endpoint: 'POST /api/v1/units',
      answer: { status: 201, body: healthStation as unknown },
      mutate: (wrapper: Wrapper) =>
        renderHook(() => useCreateUnit(), { wrapper }).result.current.mutateAsync({
          ...emptyUnitForm('BL', '2026-12-02'),
          kind: 'HEALTH_STATION',
        }),
    },
  ])('marks every figure stale after $name', async ({ endpoint, answer, mutate }) => {
    mockApi({ [endpoint]: answer });
    const { queryClient, wrapper } = setup();
    await mutate(wrapper);
    expect(staleFigures(queryClient)).toEqual(EVERY_FIGURE);
  });

  it('is how every record mutation refreshes: no feature keeps its own list of keys', () => {
    const mutating = Object.entries(apiModules).filter(([, source]) => /onSuccess/.test(source));
    expect(mutating.length).toBeGreaterThan(15);
    for (const [path, source] of mutating) {
      // Either calls the helper itself or reuses the onSaved of a module that does.
      const refreshes = /invalidateAfterRecordChange\(|useOnMediaProductSaved\(|refreshAfterSurveyChange\(/.test(source);
      expect({ path, refreshes }).toEqual({ path, refreshes: true });
      // The only direct invalidation left reloads a plan after a stale-version refusal.
      const direct = source.match(/invalidateQueries\(\{ queryKey: [^}]*\}/g) ?? [];
      expect({ path, direct }).toEqual({ path, direct: path.endsWith('update-plan-target.ts') ? ["invalidateQueries({ queryKey: ['plans'] }"] : [] });
    }
  });
});
