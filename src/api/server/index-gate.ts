import type { Workspace } from '../../core/app/workspace';
import type { CallName } from '../contract/calls';
import type { Handlers } from './router';

/** Calls answered while a site is still being opened or checked; every other call waits until it is checked. */
const answeredAtOnce = new Set<CallName>(['app.state', 'site.open', 'site.forgetRecent', 'host.pickFolder', 'host.openExternal']);

/**
 * A site's list is shown before its entries are checked: calls that need the checked site
 * (validation, documents, search, git…) wait for it, so no handler ever sees a half-built index.
 */
export function gateUntilIndexed(handlers: Handlers, workspace: Workspace): Handlers {
  const gated = { ...handlers } as Record<CallName, (input: unknown) => unknown>;
  for (const name of Object.keys(handlers) as CallName[]) {
    if (answeredAtOnce.has(name)) continue;
    const handler = handlers[name] as (input: unknown) => unknown;
    gated[name] = async (input) => {
      await workspace.settled();
      await workspace.current()?.whenIndexed();
      return handler(input);
    };
  }
  return gated as Handlers;
}
