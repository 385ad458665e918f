import type { ZodError } from 'zod/v4';
import { calls, type CallName, type CallOutput, type ParsedInput } from '../contract/calls';
import type { ApiErrorShape, ApiResult } from '../contract/errors';
import { isUserError } from '../../core/user-error';
import { MAX_INPUT_DEPTH, nestsDeeperThan } from './input-depth';

export type Handlers = {
  [N in CallName]: (input: ParsedInput<N>) => Promise<CallOutput<N>> | CallOutput<N>;
};

export interface Router {
  dispatch(name: string, rawInput: unknown): Promise<ApiResult<unknown>>;
}

function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(calls, name);
}

function zodIssues(error: ZodError): NonNullable<ApiErrorShape['issues']> {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/**
 * Parses every input with its call's schema before any handler sees it, and turns every
 * failure into a typed error result: hosts never forward exceptions or stack traces.
 */
export function createRouter(handlers: Handlers, onInternalError: (error: unknown) => void = () => {}): Router {
  return {
    async dispatch(name, rawInput) {
      if (!isCallName(name)) {
        return { ok: false, error: { code: 'unknown-call', message: `There is no call named "${name}".` } };
      }
      const spec = calls[name];
      if (nestsDeeperThan(rawInput)) {
        return { ok: false, error: { code: 'bad-input', message: `Invalid input for ${name}: values are nested more than ${MAX_INPUT_DEPTH} levels deep.` } };
      }
      const parsed = spec.input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        const issues = zodIssues(parsed.error);
        const detail = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
        return { ok: false, error: { code: 'bad-input', message: `Invalid input for ${name}: ${detail}`, issues } };
      }
      try {
        const handler = handlers[name] as (input: unknown) => unknown;
        const value = await handler(parsed.data);
        return { ok: true, value: spec.output.parse(value) };
      } catch (error) {
        if (isUserError(error)) {
          return {
            ok: false,
            error: { code: error.code, message: error.message, ...(error.detail ? { detail: error.detail } : {}), ...(error.reason ? { reason: error.reason } : {}) },
          };
        }
        onInternalError(error);
        return {
          ok: false,
          error: { code: 'internal', message: `An internal problem stopped "${name}". The details were written to the log.` },
        };
      }
    },
  };
}
