import { Modal, Stack } from '@mantine/core';
import type { FormEvent } from 'react';

import { errorMessage } from '@/components/errors/error-alert';
import { FormActions, FormMessages } from '@/components/form';
import { isNationalAdmin, useMe } from '@/lib/auth';
import { useFormState, useProblemSubmit } from '@/lib/form';
import { useI18n } from '@/lib/i18n';

import { personFormFields, toPlacement, validatePlacement } from '../api/person-form-schema';
import { useChangePerson } from '../api/save-person';
import type { Person } from '../api/types';

import { withPeopleFields } from './invite-person';
import { PlacementFields } from './placement-fields';
import { useAdminText } from '@/lib/i18n/admin';

/** Changes a person's role and the scope it needs (PUT /people/{id}). */
export function ChangePersonDialog({
  person,
  roles,
  onClose,
  onChanged,
}: {
  person: Person;
  roles: string[];
  onClose: () => void;
  onChanged: (person: Person) => void;
}) {
  const { t } = useI18n();
  const a = useAdminText();
  const w = a.people;
  const me = useMe();
  const national = isNationalAdmin(me);
  const change = useChangePerson();
  const { values, setField, errors, setErrors } = useFormState({
    role: person.role ?? '',
    provinceCode: person.provinceCode ?? '',
    communeCode: person.communeCode ?? '',
    unitCode: person.unitCode ?? '',
  });
  const { submit, messages, submitting } = useProblemSubmit({
    fields: personFormFields,
    setErrors,
    fixErrors: t.validation.fixErrors,
    describe: (error) => errorMessage(error, t),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(validatePlacement(values, national, { ...t, ...a }), async () => {
      try {
        onChanged(await change.mutateAsync({ id: person.id, change: toPlacement(values, national) }));
      } catch (error) {
        throw withPeopleFields(error, {}, a);
      }
    });
  }

  return (
    <Modal opened onClose={onClose} title={w.changeTitle(person.username)} centered>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <PlacementFields
            values={values}
            roles={roles}
            errors={errors}
            onChange={(field, value) => setField(field, value)}
            callerIsNational={national}
          />
          <FormMessages messages={messages} />
          <FormActions submitting={submitting} onCancel={onClose} cancelFirst justify="flex-end" />
        </Stack>
      </form>
    </Modal>
  );
}
