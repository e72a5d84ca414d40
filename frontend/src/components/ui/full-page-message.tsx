import { Box, Center, Loader, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A whole-screen state before the shell exists: signing in, loading the profile, a fatal error. */
export function FullPageMessage({ title, children, loading }: { title: string; children?: ReactNode; loading?: boolean }) {
  return (
    <Center mih="100vh" p="md">
      <Stack align="center" gap="sm" maw={420} ta="center">
        {loading ? <Loader aria-hidden /> : null}
        <Title order={3} fw={600}>
          {title}
        </Title>
        {children ? <Box c="dimmed">{children}</Box> : null}
      </Stack>
    </Center>
  );
}
