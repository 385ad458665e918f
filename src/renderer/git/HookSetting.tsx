import { useState } from 'react';
import type { ApiClient } from '../client/api-client';
import { errorMessage } from '../app/format';

/** Optional: let git itself run Postdesk's checks, so commits made elsewhere are checked too. */
export function HookSetting({ client }: { client: ApiClient }) {
  const [message, setMessage] = useState<string>();
  return (
    <details className="pd-hook">
      <summary>Check commits made outside Postdesk too</summary>
      <p className="pd-muted">Installs a git pre-commit hook that runs “postdesk validate” on the staged posts and stops a commit with errors.</p>
      <button
        type="button"
        onClick={() => client.call('git.installHook', {}).then((r) => setMessage(r.message), (e: unknown) => setMessage(errorMessage(e)))}
      >
        Install the pre-commit hook
      </button>
      {message && <p role="status">{message}</p>}
    </details>
  );
}
