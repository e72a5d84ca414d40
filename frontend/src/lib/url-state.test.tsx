import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';

import { useUrlState, type UrlState } from './url-state';

let handle: UrlState | null = null;

function Probe() {
  const state = useUrlState();
  const location = useLocation();
  useEffect(() => {
    // Handed to the test to call the hook's functions from outside an event, as a debounced callback would.
    handle = state;
  });
  return (
    <div>
      <output data-testid="search">{location.search}</output>
      <output data-testid="from">{state.params.get('from') ?? ''}</output>
      <button type="button" onClick={() => {
        state.update({ from: '2026-11-30', year: null });
        state.update({ to: '2026-11-30', year: null });
      }}>
        period
      </button>
      <button type="button" onClick={() => state.update({ page: '3' })}>
        page 3
      </button>
      <button type="button" onClick={() => state.update({ kind: 'RADIO' })}>
        kind
      </button>
      <button type="button" onClick={() => state.update({ kind: 'TV' }, { resetPage: false })}>
        kind keeping page
      </button>
      <button type="button" onClick={() => state.clear()}>
        clear
      </button>
    </div>
  );
}

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: '/list', element: <Probe /> }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  const search = () => new URLSearchParams(router.state.location.search);
  return { router, search, user: userEvent.setup() };
}

describe('useUrlState', () => {
  it('keeps both of two changes made in the same handler (from, then to)', async () => {
    const { search, user } = renderAt('/list?year=2026&commune=10375&page=2');
    await user.click(screen.getByRole('button', { name: 'period' }));
    await waitFor(() => expect(search().get('to')).toBe('2026-11-30'));
    expect(search().get('from')).toBe('2026-11-30');
    expect(search().get('commune')).toBe('10375');
    expect(search().has('year')).toBe(false);
    expect(search().has('page')).toBe(false);
    expect(screen.getByTestId('from')).toHaveTextContent('2026-11-30');
  });

  it('composes changes made one after another before the router renders them', async () => {
    const { search, router } = renderAt('/list');
    act(() => {
      handle!.update({ from: '2026-01-01' });
      handle!.update({ to: '2026-02-01' });
      handle!.update({ commune: '10375' });
    });
    await waitFor(() => expect(search().get('commune')).toBe('10375'));
    expect(Object.fromEntries(search())).toEqual({ from: '2026-01-01', to: '2026-02-01', commune: '10375' });
    // The navigation replaced the entry instead of adding history.
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('removes the page on a filter change, keeps it when asked or when the change sets it', async () => {
    const { search, user } = renderAt('/list?kind=TV');
    await user.click(screen.getByRole('button', { name: 'page 3' }));
    await waitFor(() => expect(search().get('page')).toBe('3'));
    expect(search().get('kind')).toBe('TV');

    await user.click(screen.getByRole('button', { name: /^kind$/ }));
    await waitFor(() => expect(search().get('kind')).toBe('RADIO'));
    expect(search().has('page')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'page 3' }));
    await waitFor(() => expect(search().get('page')).toBe('3'));
    await user.click(screen.getByRole('button', { name: 'kind keeping page' }));
    await waitFor(() => expect(search().get('kind')).toBe('TV'));
    expect(search().get('page')).toBe('3');
  });

  it('clear() empties the address bar, replace() keeps only what it is given', async () => {
    const { search, user } = renderAt('/list?from=2026-01-01&to=2026-02-01&page=4');
    await user.click(screen.getByRole('button', { name: 'clear' }));
    await waitFor(() => expect(screen.getByTestId('search')).toBeEmptyDOMElement());
    expect([...search().keys()]).toEqual([]);

    act(() => handle!.update({ kind: 'TV', unit: '5' }));
    await waitFor(() => expect(search().get('unit')).toBe('5'));
    act(() => handle!.replace({ year: '2027', commune: null }));
    await waitFor(() => expect(search().get('year')).toBe('2027'));
    expect(Object.fromEntries(search())).toEqual({ year: '2027' });
  });

  it('follows the address when it changes some other way (back, a link)', async () => {
    const { search, router } = renderAt('/list?kind=TV');
    await act(() => router.navigate('/list?commune=10375&page=2'));
    expect(screen.getByTestId('search')).toHaveTextContent('?commune=10375&page=2');
    act(() => handle!.update({ unit: '7' }));
    await waitFor(() => expect(search().get('unit')).toBe('7'));
    expect(Object.fromEntries(search())).toEqual({ commune: '10375', unit: '7' });
  });
});
