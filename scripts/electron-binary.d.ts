export function findElectronBinary(): string | null;
export function tryDownloadElectron(): boolean;
