/**
 * An error whose message is written for the writer: it says what went wrong and what to do.
 * Anything else that escapes the core is a bug and is reported as such, without a stack trace.
 */
export type UserErrorCode =
  | 'not-found'
  | 'not-a-site'
  | 'no-site-open'
  | 'outside-root'
  | 'read-only'
  | 'conflict'
  | 'io'
  | 'git'
  | 'unsupported';

export class UserError extends Error {
  readonly code: UserErrorCode;
  /** Technical detail the writer can expand (git's own output), never a stack trace. */
  readonly detail?: string;
  /** A finer reason the renderer can offer a fix for (e.g. git's 'index-locked'). */
  readonly reason?: string;
  constructor(code: UserErrorCode, message: string, detail?: string, reason?: string) {
    super(message);
    this.name = 'UserError';
    this.code = code;
    this.detail = detail;
    this.reason = reason;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
