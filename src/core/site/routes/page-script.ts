import { parse, type Program } from 'acorn';
import { transformSync } from 'esbuild';

/**
 * The code of a route file as a syntax tree, to be read and never run: the frontmatter script
 * of an `.astro` page (between its `---` fences), or the whole of a `.ts`/`.js` endpoint. Types
 * are stripped by esbuild (a transform, which runs nothing) and acorn parses the result.
 */
export type PageScript = { status: 'parsed'; program: Program } | { status: 'none' } | { status: 'unreadable'; reason: string };

/** A page script larger than this is not read (a route's getStaticPaths is a few lines). */
export const MAX_PAGE_SCRIPT_CHARS = 256 * 1024;

function frontmatterScript(source: string): string | undefined {
  const text = source.replace(/^\uFEFF/, '');
  const open = /^\s*---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = /^---[ \t]*$/m.exec(rest);
  return close ? rest.slice(0, close.index) : undefined;
}

interface TransformFailure {
  errors?: { text: string; location?: { line: number; column: number } | null }[];
}

/** `return` at the top of a page's script (Astro allows `return Astro.redirect(…)`), as `void  `. */
function withoutTopLevelReturn(script: string, failure: TransformFailure): string | undefined {
  const at = failure.errors?.find((e) => e.text.startsWith('Top-level return'))?.location;
  if (!at) return undefined;
  const lines = script.split('\n');
  const line = lines[at.line - 1];
  if (line?.slice(at.column, at.column + 6) !== 'return') return undefined;
  lines[at.line - 1] = `${line.slice(0, at.column)}void  ${line.slice(at.column + 6)}`;
  return lines.join('\n');
}

function stripTypes(script: string): string {
  let body = script;
  for (let attempt = 0; ; attempt++) {
    try {
      return transformSync(body, { loader: 'ts', format: 'esm', target: 'es2022', logLevel: 'silent' }).code;
    } catch (error) {
      const next = attempt < 50 ? withoutTopLevelReturn(body, error as TransformFailure) : undefined;
      if (next === undefined) throw error;
      body = next;
    }
  }
}

export function readPageScript(file: string, source: string): PageScript {
  const isAstro = file.endsWith('.astro');
  const script = isAstro ? frontmatterScript(source) : /\.(?:[mc]?[jt]s)$/.test(file) ? source : undefined;
  if (script === undefined) return { status: 'none' };
  if (script.length > MAX_PAGE_SCRIPT_CHARS) return { status: 'unreadable', reason: 'its script is too large to read' };
  try {
    return { status: 'parsed', program: parse(stripTypes(script), { ecmaVersion: 'latest', sourceType: 'module' }) };
  } catch (error) {
    const first = (error as TransformFailure).errors?.[0]?.text ?? (error instanceof Error ? error.message : String(error));
    return { status: 'unreadable', reason: `its script cannot be parsed (${first.split('\n')[0]?.slice(0, 200)})` };
  }
}
