// Every failed call surfaces as an ApiError built from the server's problem+json (RFC 9457).
export interface FieldError {
  field: string;
  message: string;
}

export type ProblemKind =
  | 'validation'
  | 'malformed-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'stale-version'
  | 'in-use'
  | 'internal';

export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | null;
  readonly errors: FieldError[];

  constructor(init: { status: number; type?: string; title?: string; detail?: string | null; errors?: FieldError[] }) {
    super(init.detail || init.title || `HTTP ${init.status}`);
    this.name = 'ApiError';
    this.status = init.status;
    this.type = init.type ?? 'about:blank';
    this.title = init.title ?? '';
    this.detail = init.detail ?? null;
    this.errors = init.errors ?? [];
  }

  /** True for the problem type `urn:binhdang:problem:<kind>`. */
  is(kind: ProblemKind): boolean {
    return this.type === `urn:binhdang:problem:${kind}` || this.type.endsWith(`:${kind}`) || this.type.endsWith(`/${kind}`);
  }

  /** The request never got an answer (offline, DNS, proxy down). */
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

function asFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (item && typeof item === 'object' && 'field' in item && 'message' in item) {
      const { field, message } = item as { field: unknown; message: unknown };
      if (typeof field === 'string' && typeof message === 'string') return [{ field, message }];
    }
    return [];
  });
}

/** Builds an ApiError from a failed response and whatever body openapi-fetch parsed from it. */
export function toApiError(response: Response, body: unknown): ApiError {
  const problem = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const text = (key: string) => (typeof problem[key] === 'string' ? (problem[key] as string) : undefined);
  return new ApiError({
    status: typeof problem.status === 'number' ? problem.status : response.status,
    type: text('type'),
    title: text('title') ?? response.statusText,
    detail: text('detail') ?? (typeof body === 'string' && body.length < 500 ? body : null),
    errors: asFieldErrors(problem.errors),
  });
}

export function networkError(cause: unknown): ApiError {
  const error = new ApiError({ status: 0, type: 'network', title: 'Network error' });
  (error as { cause?: unknown }).cause = cause;
  return error;
}

/**
 * The form field a server error belongs to. Bean Validation paths may arrive qualified
 * ("create.request.code"); the last segment names the field.
 */
export function fieldOf(error: FieldError): string {
  const path = error.field.replace(/\[\d+\]/g, '');
  const last = path.split('.').pop();
  return last ?? path;
}
