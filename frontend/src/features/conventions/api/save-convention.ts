import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

import { toConventionRequest, type ConventionFormValues } from './convention-form-schema';
import { conventionQueryOptions } from './get-convention';
import type { Convention } from './types';

export async function createConvention(values: ConventionFormValues): Promise<Convention> {
  return unwrap(await api.POST('/api/v1/conventions', { body: toConventionRequest(values) })) as Convention;
}

/** Saves changes made to the version read; the server answers 409 stale-version if it moved on. */
export async function updateConvention(input: { id: number; version: number; values: ConventionFormValues }): Promise<Convention> {
  return unwrap(
    await api.PUT('/api/v1/conventions/{id}', {
      params: { path: { id: input.id } },
      body: toConventionRequest(input.values, input.version),
    }),
  ) as Convention;
}

function useOnConventionSaved() {
  const queryClient = useQueryClient();
  return (convention: Convention) => {
    queryClient.setQueryData(conventionQueryOptions(convention.id).queryKey, convention);
    return invalidateAfterRecordChange(queryClient, ['conventions', 'list']);
  };
}

export function useCreateConvention() {
  const onSaved = useOnConventionSaved();
  return useMutation({ mutationFn: createConvention, onSuccess: onSaved });
}

export function useUpdateConvention() {
  const onSaved = useOnConventionSaved();
  return useMutation({ mutationFn: updateConvention, onSuccess: onSaved });
}
