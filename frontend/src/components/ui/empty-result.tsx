import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

export function EmptyResult({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <EmptyState py="xl" title={title}>
      {children}
    </EmptyState>
  );
}
