export function findElectronBinary(): string | null;
export function tryDownloadElectron(): { ok: true } | { ok: false; reason: string };
