import type { z } from 'zod/v4';

/** One API call: the schema its input is parsed with, and the schema of what it returns. */
export interface CallSpec<I extends z.ZodTypeAny = z.ZodTypeAny, O extends z.ZodTypeAny = z.ZodTypeAny> {
  input: I;
  output: O;
}

export function call<I extends z.ZodTypeAny, O extends z.ZodTypeAny>(input: I, output: O): CallSpec<I, O> {
  return { input, output };
}
