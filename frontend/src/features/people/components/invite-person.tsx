import { Alert, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { errorMessage } from '@/components/errors/error-alert';
import { FormActions, FormMessages } from '@/components/form';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { ApiError } from '@/lib/api';
import { isNationalAdmin, useMe } from '@/lib/auth';
import { useFormState, useProblemSubmit } from '@/lib/form';
import { useI18n } from '@/lib/i18n';

import { useGrantableRoles } from '../api/get-grantable-roles';
import {
  emptyPersonForm,
  EMAIL_MAX,
  NAME_MAX,
  personFormFields,
  toPersonRequest,
  validatePersonForm,
} from '../api/person-form-schema';
import { useInvitePerson } from '../api/save-person';
import type { Invitation, PersonRequest } from '../api/types';

import { PlacementFields } from './placement-fields';
import { TemporaryPasswordDialog } from './temporary-password-dialog';
import { useAdminText, type AdminDictionary } from '@/lib/i18n/admin';

/**
 * The server's refusals in the user's words, beside the field they concern: a duplicate (409, which names no
 * field) on the e-mail when its detail names the e-mail sent, else on the username; a role or scope above the
 * caller's (403) on the fields the server names, or above the buttons.
 */
export function withPeopleFields(error: unknown, request: Pick<PersonRequest, 'email'>, a: AdminDictionary): unknown {
  if (!(error instanceof ApiError) || error.errors.length > 0) return error;
  if (error.is('conflict')) {
    const onEmail = Boolean(request.email) && Boolean(error.detail?.includes(request.email ?? ''));
    return new ApiError({
      status: error.status,
      type: error.type,
      title: error.title,
      detail: error.detail,
      errors: [{ field: onEmail ? 'email' : 'username', message: error.detail || a.people.duplicate }],
    });
  }
  if (error.status === 403) {
    return new ApiError({ status: 403, type: error.type, title: error.title, detail: error.detail || a.people.roleAbove });
  }
  return error;
}

export function InvitePerson({
  preselect,
  onDone,
  onCancel,
}: {
  preselect: { role?: string; communeCode?: string };
  /** After the temporary password was shown and the dialog closed. */
  onDone: (invitation: Invitation) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const a = useAdminText();
  const w = a.people;
  const me = useMe();
  const national = isNationalAdmin(me);
  const roles = useGrantableRoles();
  const invite = useInvitePerson();
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const { values, setField, errors, setErrors } = useFormState(emptyPersonForm(preselect));
  const { submit, messages, submitting } = useProblemSubmit({
    fields: personFormFields,
    setErrors,
    fixErrors: t.validation.fixErrors,
    describe: (error) => errorMessage(error, t),
  });

  if (roles.isPending) return <TableSkeleton />;
  if (roles.isError) return <Alert color="red">{errorMessage(roles.error, t)}</Alert>;
  if (roles.data.length === 0) return <Alert color="yellow">{w.noRoles}</Alert>;
  // A preselected role the caller may not grant is not offered.
  const role = roles.data.includes(values.role) ? values.role : roles.data.length === 1 ? roles.data[0]! : '';
  const current = { ...values, role };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(validatePersonForm(current, national, { ...t, ...a }), async () => {
      const request = toPersonRequest(current, national);
      try {
        setInvitation(await invite.mutateAsync(request));
      } catch (error) {
        throw withPeopleFields(error, request, a);
      }
    });
  }

  const text = (field: 'username' | 'lastName' | 'firstName' | 'email', label: string, props: Record<string, unknown> = {}) => (
    <TextInput
      label={label}
      value={values[field]}
      onChange={(event) => setField(field, event.currentTarget.value)}
      error={errors[field]}
      {...props}
    />
  );

  return (
    <>
      <form onSubmit={handleSubmit} noValidate aria-label={w.inviteTitle}>
        <Stack gap="md" maw={760}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {text('username', w.username, {
              description: w.usernameHint,
              withAsterisk: true,
              maxLength: 60,
              autoCapitalize: 'none',
              autoComplete: 'off',
              spellCheck: false,
            })}
            {text('email', w.email, { description: w.emailHint, type: 'email', maxLength: EMAIL_MAX })}
            {text('lastName', w.lastName, { withAsterisk: true, maxLength: NAME_MAX })}
            {text('firstName', w.firstName, { withAsterisk: true, maxLength: NAME_MAX })}
            <PlacementFields
              values={current}
              roles={roles.data}
              errors={errors}
              onChange={(field, value) => setField(field, value)}
              callerIsNational={national}
            />
          </SimpleGrid>
          <FormMessages messages={messages} />
          <FormActions submitting={submitting} submitLabel={w.invite} onCancel={onCancel} />
        </Stack>
      </form>
      {invitation ? <TemporaryPasswordDialog invitation={invitation} onDone={() => onDone(invitation)} /> : null}
    </>
  );
}
