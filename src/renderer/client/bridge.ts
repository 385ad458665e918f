import type { PreloadBridge } from '../../api/contract/bridge';

export type { PreloadBridge } from '../../api/contract/bridge';

declare global {
  interface Window {
    postdesk?: PreloadBridge;
  }
}
