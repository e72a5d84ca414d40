import { vi } from 'vitest';

// A small HTTP mock at the fetch boundary: the app's real API client, middleware and error parsing
// run; only the network is replaced. Handlers are keyed "METHOD /path" (path without the query).

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

type HandlerResult = Response | { status?: number; body?: unknown; headers?: Record<string, string> };
type Handler = (request: RecordedRequest) => HandlerResult | Promise<HandlerResult>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problem(status: number, kind: string, detail: string, errors?: { field: string; message: string }[]): Response {
  const body = { type: `urn:binhdang:problem:${kind}`, title: kind, status, detail, instance: '/api', ...(errors ? { errors } : {}) };
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });
}

export function mockApi(handlers: Record<string, Handler | HandlerResult>) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(String(input));
    const url = new URL(request.url);
    const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.text();
    const isJson = (request.headers.get('Content-Type') ?? '').includes('json');
    const recorded: RecordedRequest = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      // JSON bodies parsed; others (a multipart upload) kept as the text sent.
      body: text ? (isJson ? JSON.parse(text) : text) : undefined,
    };
    requests.push(recorded);
    const handler = handlers[`${request.method} ${url.pathname}`];
    if (!handler) return problem(404, 'not-found', `No mock for ${request.method} ${url.pathname}`);
    const result = typeof handler === 'function' ? await handler(recorded) : handler;
    if (result instanceof Response) return result;
    if (result.status === 204) return new Response(null, { status: 204 });
    return json(result.body, result.status ?? 200);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    requests,
    /** Requests made to one endpoint, e.g. calls('GET /api/v1/units'). */
    calls: (key: string) => requests.filter((r) => `${r.method} ${r.path}` === key),
  };
}
