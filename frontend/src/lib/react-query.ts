import { QueryClient } from '@tanstack/react-query';

import { ApiError } from '@/lib/api';

export function shouldRetry(failureCount: number, error: unknown): boolean {
  // A 4xx will answer the same again; network hiccups on mountain links deserve another try.
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: shouldRetry,
      },
      mutations: { retry: false },
    },
  });
}
