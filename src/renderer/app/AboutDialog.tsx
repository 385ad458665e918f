import { COMMAND_INFO, COMMANDS, keysLabel } from '../../shared/commands';
import { Dialog } from './Dialog';

/** Set at build time from package.json (vite.renderer.config.ts). */
declare const __POSTDESK_VERSION__: string;

const MAC = /Mac|iPhone|iPad/.test(navigator.platform);

/** Help: the version, what Postdesk is for, and the keys of every command. */
export function AboutDialog({ onClose }: { onClose(): void }) {
  const shortcuts = COMMANDS.flatMap((command) => {
    const { label, keys } = COMMAND_INFO[command];
    return keys ? [{ command, label: label.replace(/…$/, ''), keys: keysLabel(keys, MAC) }] : [];
  });
  return (
    <Dialog title="About Postdesk" onClose={onClose}>
      <div className="pd-stack">
        <p>
          <strong>Postdesk</strong> version <span data-testid="app-version">{__POSTDESK_VERSION__}</span>
        </p>
        <p>
          Write the posts of your Astro site: edit the text and the fields side by side, see the site&apos;s preview and its own checks as you
          type, and commit your changes with git. Your edits are kept as drafts until you save, even if the app closes.
        </p>
        <table className="pd-shortcuts">
          <caption>Keyboard shortcuts</caption>
          <thead>
            <tr>
              <th scope="col">Command</th>
              <th scope="col">Keys</th>
            </tr>
          </thead>
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.command}>
                <td>{s.label}</td>
                <td>
                  <kbd>{s.keys}</kbd>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="pd-row">
          <button type="button" className="pd-primary" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </Dialog>
  );
}
