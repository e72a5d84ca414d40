import { Alert } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { InvitePerson } from '@/features/people';
import { canManagePeople, useMe } from '@/lib/auth';
import { useAdminText } from '@/lib/i18n/admin';

export default function InvitePersonRoute() {
  const a = useAdminText();
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const preselect = { role: params.get('role') ?? undefined, communeCode: params.get('commune') ?? undefined };
  return (
    <>
      <PageHeader title={a.people.inviteTitle} />
      {canManagePeople(me) ? (
        <InvitePerson
          preselect={preselect}
          // The password was shown in the dialog; the list does not carry it on.
          onDone={(invitation) =>
            navigate(paths.people, { replace: true, state: { flash: a.people.invited(invitation.person.username) } })
          }
          onCancel={() => navigate(paths.people)}
        />
      ) : (
        <Alert color="yellow">{a.people.forbidden}</Alert>
      )}
    </>
  );
}
