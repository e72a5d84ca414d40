import { Group, Pagination, Text, type PaginationProps } from '@mantine/core';

import { useI18n } from '@/lib/i18n';

/** The paging part of the API's PageView; `page` is zero-based. */
export interface ListPage {
  page: number;
  totalPages: number;
  totalItems: number;
}

interface ListFooterProps {
  page: ListPage;
  /** The pager's accessible name: the list it pages. */
  label: string;
  /** Another page was chosen; zero-based, like the API's `page`. */
  onPage: (pageIndex: number) => void;
  size?: PaginationProps['size'];
  /** Off where the list shows its total elsewhere (above the table) or has none to show. */
  withCount?: boolean;
}

/** A page index as the address bar holds it: one-based, and left out for the first page. */
export function pageParam(pageIndex: number): string | null {
  return pageIndex > 0 ? String(pageIndex + 1) : null;
}

/** Below a paged list: how many items there are, and the pager (hidden while there is one page). */
export function ListFooter({ page, label, onPage, size, withCount = true }: ListFooterProps) {
  const { t } = useI18n();
  const pager = (
    <Pagination
      total={page.totalPages}
      value={page.page + 1}
      onChange={(next) => onPage(next - 1)}
      hideWithOnePage
      size={size}
      aria-label={label}
    />
  );
  if (!withCount) return pager;
  return (
    <Group justify="space-between" wrap="wrap">
      <Text size="sm" c="dimmed">
        {t.common.totalItems(page.totalItems)}
      </Text>
      {pager}
    </Group>
  );
}
