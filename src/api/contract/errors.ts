import { z } from 'zod/v4';

/** Error codes every host and the renderer understand. */
export const ApiErrorCode = z.enum([
  'bad-input',
  'unknown-call',
  'not-found',
  'not-a-site',
  'no-site-open',
  'outside-root',
  'read-only',
  'conflict',
  'io',
  'git',
  'unsupported',
  'internal',
]);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;

export const ApiErrorShape = z.object({
  code: ApiErrorCode,
  message: z.string(),
  /** For bad-input: which part of the input was wrong. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** Technical detail (a tool's own output) the writer can expand. */
  detail: z.string().optional(),
  /** A finer reason the renderer can offer a fix for (e.g. 'index-locked'). */
  reason: z.string().optional(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/** Thrown on the client side so callers can `catch` and read a writer-facing message. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: ApiErrorShape['issues'];
  readonly detail: string | undefined;
  readonly reason: string | undefined;
  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.issues = shape.issues;
    this.detail = shape.detail;
    this.reason = shape.reason;
  }
}
