import type { HostKindSchema } from '../contract/calls';
import type { z } from 'zod';

/** What differs between Electron and the browser host; everything else is shared. */
export interface HostCapabilities {
  kind: z.infer<typeof HostKindSchema>;
  /** Native folder dialog; null when the host has none (the renderer then shows a form). */
  pickFolder: (() => Promise<string | null>) | null;
  /** Opens a trusted URL outside the app; false when refused or impossible. */
  openExternal(url: string): Promise<boolean>;
}
