import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

/** Address-bar changes: a value sets its key; `null`, `undefined` or '' removes it. */
export type UrlChanges = Record<string, string | null | undefined>;

export interface UrlUpdateOptions {
  /** Remove `page` unless the change sets it itself (the default): a new filter starts on the first page. */
  resetPage?: boolean;
}

export interface UrlState {
  /** The address bar's parameters as last rendered. */
  params: URLSearchParams;
  /** Changes some keys and keeps the others. */
  update: (changes: UrlChanges, options?: UrlUpdateOptions) => void;
  /** Replaces every key with these (empty values are left out). */
  replace: (values: UrlChanges) => void;
  /** Removes every key. */
  clear: () => void;
}

function apply(target: URLSearchParams, changes: UrlChanges) {
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') target.delete(key);
    else target.set(key, value);
  }
}

/**
 * A page's state kept in the address bar's search params (filters, page, view…), replacing the
 * history entry rather than adding one.
 *
 * react-router's functional `setSearchParams(prev => …)` is handed the params of the last render,
 * not of the last navigation, so two changes made before a re-render (two fields filled quickly, a
 * handler changing two things) lose the first. Here each change builds on the params this hook last
 * asked for, which stay the reference until the router renders them (or the address changes some
 * other way: back/forward, a link), so consecutive changes compose.
 */
export function useUrlState(): UrlState {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  // The params every change builds on: the latest asked for, or the rendered ones once they catch up.
  const latest = useRef(params);
  // Searches asked for and not yet rendered, oldest first.
  const pending = useRef<string[]>([]);

  useLayoutEffect(() => {
    const shown = params.toString();
    const at = pending.current.indexOf(shown);
    if (at >= 0 && at < pending.current.length - 1) {
      // An intermediate render: newer changes are still on their way; keep building on them.
      pending.current = pending.current.slice(at + 1);
      return;
    }
    pending.current = [];
    latest.current = params;
  }, [params]);

  const go = useCallback(
    (next: URLSearchParams) => {
      const search = next.toString();
      if (search === latest.current.toString()) return;
      latest.current = next;
      pending.current = [...pending.current, search];
      void navigate(`?${search}`, { replace: true });
    },
    [navigate],
  );

  const update = useCallback(
    (changes: UrlChanges, options: UrlUpdateOptions = {}) => {
      const next = new URLSearchParams(latest.current);
      apply(next, changes);
      if ((options.resetPage ?? true) && !('page' in changes)) next.delete('page');
      go(next);
    },
    [go],
  );

  const replace = useCallback(
    (values: UrlChanges) => {
      const next = new URLSearchParams();
      apply(next, values);
      go(next);
    },
    [go],
  );

  const clear = useCallback(() => go(new URLSearchParams()), [go]);

  return useMemo(() => ({ params, update, replace, clear }), [params, update, replace, clear]);
}
