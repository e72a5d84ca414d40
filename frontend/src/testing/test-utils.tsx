import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';

import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';

/** Renders the whole app (shell, routing, providers) at a route, as a signed-in user would see it. */
export function renderApp(route: string) {
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const user = userEvent.setup();
  const result = render(
    <AppProvider queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, router, user, queryClient };
}

/** Waits for the shell (header with the user's name) to be on screen. */
export async function waitForShell(displayName: string) {
  await screen.findAllByText(displayName);
}
