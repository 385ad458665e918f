/**
 * The folder given on the command line, if any: `postdesk ~/sites/mage-os-org`. Electron puts
 * its own executable (and, unpackaged, the app path) first and Chromium switches anywhere.
 */
export function folderFromArgv(argv: string[], isPackaged: boolean): string | undefined {
  const args = argv.slice(isPackaged ? 1 : 2);
  return args.find((arg) => !arg.startsWith('-'));
}
