import { mockApi, problem } from '@/testing/mock-api';

import { ApiError, fieldOf, toApiError } from './api-error';
import { api } from './client';

describe('API errors', () => {
  it('turns a problem+json answer into a typed ApiError', async () => {
    mockApi({
      'GET /api/v1/me': () =>
        problem(400, 'validation', 'Có 1 trường không hợp lệ.', [{ field: 'create.request.code', message: 'Sai mã' }]),
    });
    const { error, response } = await api.GET('/api/v1/me');
    expect(response.status).toBe(400);
    const apiError = toApiError(response, error);
    expect(apiError).toBeInstanceOf(ApiError);
    expect(apiError.is('validation')).toBe(true);
    expect(apiError.is('conflict')).toBe(false);
    expect(apiError.detail).toBe('Có 1 trường không hợp lệ.');
    expect(apiError.errors.map(fieldOf)).toEqual(['code']);
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(api.GET('/api/v1/me')).rejects.toMatchObject({ name: 'ApiError', status: 0, isNetworkError: true });
  });
});
