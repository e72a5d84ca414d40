import type { Page } from '@/lib/api';

const PAGE_SIZE = 100;

/** Reads every page of a list (reference lists are short: one or two pages of 100). */
export async function fetchAllPages<T>(fetchPage: (page: number, size: number) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  for (let page = 0; ; page++) {
    const result = await fetchPage(page, PAGE_SIZE);
    all.push(...result.items);
    if (page + 1 >= result.totalPages) return all;
  }
}
