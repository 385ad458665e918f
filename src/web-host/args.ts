export interface WebHostArgs {
  folder?: string;
  port?: number;
  dataDir?: string;
}

export type ParsedArgs = { ok: true; args: WebHostArgs } | { ok: false; message: string };

export const USAGE = 'Usage: npm run serve -- [FOLDER] [--port N] [--data-dir DIR]';

export function parseWebHostArgs(argv: string[]): ParsedArgs {
  const args: WebHostArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--port') {
      const port = Number(argv[++i]);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return { ok: false, message: `--port needs a number from 0 to 65535. ${USAGE}` };
      args.port = port;
    } else if (arg === '--data-dir') {
      const dir = argv[++i];
      if (!dir) return { ok: false, message: `--data-dir needs a folder. ${USAGE}` };
      args.dataDir = dir;
    } else if (arg === '--help' || arg === '-h') {
      return { ok: false, message: USAGE };
    } else if (arg.startsWith('-')) {
      return { ok: false, message: `Unknown option ${arg}. ${USAGE}` };
    } else if (args.folder === undefined) {
      args.folder = arg;
    } else {
      return { ok: false, message: `Only one folder can be opened. ${USAGE}` };
    }
  }
  return { ok: true, args };
}
