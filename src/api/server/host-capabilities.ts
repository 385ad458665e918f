import type { HostKindSchema } from '../contract/calls';
import type { z } from 'zod/v4';

/** What differs between Electron and the browser host; everything else is shared. */
export interface HostCapabilities {
  kind: z.infer<typeof HostKindSchema>;
  /** Native folder dialog; null when the host has none (the renderer then shows a form). */
  pickFolder: (() => Promise<string | null>) | null;
  /** Opens a trusted URL outside the app; false when refused or impossible. */
  openExternal(url: string): Promise<boolean>;
  /**
   * Where the preview loads content files from: a URL prefix (root-relative path appended)
   * and the CSP source allowing it. Asked when the first preview renders (the browser host
   * knows its port only once listening).
   */
  assetRoute(): { base: string; source: string };
  /**
   * Closes the app window once the writer has answered for its unsaved posts (Electron asks
   * the renderer through `window.closeRequested` first); absent where the page closes itself.
   */
  closeWindow?: () => void;
  /** Where a bundled app (Electron, the built browser host) keeps its built worker files (see worker-files.ts). */
  workerDir?: string;
}
