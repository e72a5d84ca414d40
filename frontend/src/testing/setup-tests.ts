import '@testing-library/jest-dom/vitest';

import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

import { setAuthSession } from '@/lib/auth/session';
import { resetLanguageFromStorage } from '@/lib/i18n/language';

// Lazily loaded route chunks are transformed on first use: give them time on a 2-core machine.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks what Mantine measures with.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
// No canvas in jsdom: charts fall back to their tables, as in a browser without a 2D context.
window.HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
// No font loading in jsdom: Mantine's autosizing textarea listens for fonts that finished loading.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => undefined, removeEventListener: () => undefined, ready: Promise.resolve() },
  });
}
window.HTMLElement.prototype.scrollIntoView = function scrollIntoView() {};
window.scrollTo = (() => undefined) as typeof window.scrollTo;

export const fakeSession = {
  getToken: vi.fn(async () => 'test-token'),
  login: vi.fn(),
  logout: vi.fn(),
};

beforeEach(() => {
  window.localStorage.clear();
  resetLanguageFromStorage();
  fakeSession.getToken.mockImplementation(async () => 'test-token');
  setAuthSession(fakeSession);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  fakeSession.login.mockReset();
  fakeSession.logout.mockReset();
});
