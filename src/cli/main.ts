import type { CliIo } from './cli-io';

type CommandModule = { run(args: string[], io: CliIo): Promise<number> };

/** Each command lives in its own module, loaded only when asked for. */
const commands: Record<string, { summary: string; load(): Promise<CommandModule> }> = {
  validate: { summary: 'validate ROOT [FILE…] [--format text|json]   check posts with the site\'s own rules', load: () => import('./commands/validate') },
  set: { summary: 'set FILE KEY=VALUE [KEY=VALUE…]              change frontmatter fields, keeping the file\'s format', load: () => import('./commands/set') },
  commit: { summary: 'commit ROOT -m MESSAGE [FILE…]               validate and commit content files', load: () => import('./commands/commit') },
};

function usage(): string {
  return ['Usage: postdesk <command> [arguments]', '', 'Commands:', ...Object.values(commands).map((c) => `  ${c.summary}`)].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.out : io.err)(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.err(`postdesk: unknown command "${name}".\n${usage()}`);
    return 2;
  }
  return (await command.load()).run(args, io);
}

const isEntry = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/src/cli/main.ts');
if (isEntry) {
  const io: CliIo = { out: (line) => console.log(line), err: (line) => console.error(line), cwd: process.cwd() };
  // exitCode, not exit(): a large report piped to another program must be written out whole.
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      io.err(`postdesk: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
