import { Stack, Text } from '@mantine/core';

import { primaryRole, scopeLabel, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

/** Who is signed in, in what role and over what scope — shown in the header. */
export function CurrentUser({ align = 'right' }: { align?: 'left' | 'right' }) {
  const { t } = useI18n();
  const me = useMe();
  const role = primaryRole(me);
  return (
    <Stack gap={0} align={align === 'right' ? 'flex-end' : 'flex-start'} data-testid="current-user">
      <Text size="sm" fw={600} lh={1.3}>
        {me.displayName || me.username}
      </Text>
      <Text size="xs" c="dimmed" lh={1.3}>
        {role ? t.roles[role] : me.roles.join(', ')}
        {scopeLabel(me, t) ? ` · ${scopeLabel(me, t)}` : ''}
      </Text>
    </Stack>
  );
}
