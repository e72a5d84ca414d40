import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

import type { Invitation, Person, PersonChange, PersonRequest } from './types';

/** Invites a person: the answer carries the temporary password, shown once and never stored. */
export async function invitePerson(request: PersonRequest): Promise<Invitation> {
  return unwrap(await api.POST('/api/v1/people', { body: request })) as Invitation;
}

export async function changePerson(input: { id: string; change: PersonChange }): Promise<Person> {
  return unwrap(
    await api.PUT('/api/v1/people/{id}', { params: { path: { id: input.id } }, body: input.change }),
  ) as Person;
}

export async function setPersonEnabled(input: { id: string; enabled: boolean }): Promise<Person> {
  return unwrap(
    await api.PUT('/api/v1/people/{id}/enabled', { params: { path: { id: input.id } }, body: { enabled: input.enabled } }),
  ) as Person;
}

function usePeopleMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    // The app's one way to refresh after a change (the figures do not move; they are only marked stale).
    onSuccess: () => invalidateAfterRecordChange(queryClient, ['people', 'list']),
  });
}

export const useInvitePerson = () => usePeopleMutation(invitePerson);
export const useChangePerson = () => usePeopleMutation(changePerson);
export const useSetPersonEnabled = () => usePeopleMutation(setPersonEnabled);
