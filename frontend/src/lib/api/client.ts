import createClient, { type Middleware } from 'openapi-fetch';

import { getAuthSession } from '@/lib/auth/session';
import { getLanguage } from '@/lib/i18n';

import { ApiError, networkError, toApiError } from './api-error';
import type { paths } from './schema';

const authAndLanguage: Middleware = {
  async onRequest({ request }) {
    const token = await getAuthSession().getToken();
    request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', getLanguage());
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) {
      // The token was refused (expired session, revoked): sign in again.
      getAuthSession().login();
    }
    return undefined;
  },
  onError({ error }) {
    return error instanceof ApiError ? error : networkError(error);
  },
};

/**
 * The one API client. Same origin as the SPA (/api/v1/…, proxied to the backend); the absolute
 * origin is given because a Request needs one outside the browser too.
 */
export const api = createClient<paths>({
  baseUrl: window.location.origin,
  // Looked up on each call so that tests can replace the global fetch.
  fetch: (request) => globalThis.fetch(request),
});
api.use(authAndLanguage);

/** Returns the data of a successful call, or throws an ApiError built from the problem+json. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (!result.response.ok || result.error !== undefined) {
    throw toApiError(result.response, result.error);
  }
  return result.data as T;
}
