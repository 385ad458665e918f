/** IPC channel names, derived from the contract's call names so they are never written twice. */
export const callChannel = (name: string): string => `postdesk:call:${name}`;
export const EVENT_CHANNEL = 'postdesk:event';
