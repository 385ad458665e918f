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
  constructor(code: UserErrorCode, message: string) {
    super(message);
    this.name = 'UserError';
    this.code = code;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
