import { statSync } from 'node:fs';
import path from 'node:path';
import { compareDiagnostics, formatDiagnostic } from '../../shared/diagnostics';
import { createDocumentService } from '../../core/documents/document-service';
import { findSiteRoot, SITE_ROOT_EXPLANATION } from '../../core/files/find-site-root';
import { FrontmatterSyntaxError } from '../../core/roundtrip/yaml-source';
import { UneditableFrontmatterError, UnsafeEditError } from '../../core/roundtrip/frontmatter-edit';
import { loadSite } from '../../core/site/load-site';
import type { SiteModel } from '../../core/site/site-model';
import { isUserError } from '../../core/user-error';
import type { CliIo } from '../cli-io';

const USAGE =
  'Usage: postdesk set FILE KEY=VALUE [KEY=VALUE…]\n' +
  '  Changes frontmatter fields of FILE (relative to the current folder, or absolute), keeping\n' +
  '  the file\'s format; VALUE is read by the field\'s type: true/false, a number, a date\n' +
  '  (2026-01-20 or 2026-01-20T10:30:00Z), text, or a list as comma-separated values.\n' +
  '  Dotted keys reach nested fields (metadata.description=…). An empty VALUE removes the field.';

/** What the command needs from the rest of the core; tests may share one loaded site. */
export interface SetDeps {
  openSite(root: string): Promise<SiteModel>;
}

const defaultDeps: SetDeps = { openSite: loadSite };

/** Refusals that leave the file untouched: one line, exit code 2. */
class Refusal extends Error {}

function parseAssignments(args: string[]): { key: string; raw: string }[] {
  const seen = new Set<string>();
  return args.map((arg) => {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new Refusal(`"${arg}" is not KEY=VALUE`);
    const key = arg.slice(0, eq).trim();
    if (seen.has(key)) throw new Refusal(`${key} is given twice`);
    seen.add(key);
    return { key, raw: arg.slice(eq + 1) };
  });
}

export async function run(args: string[], io: CliIo, deps: SetDeps = defaultDeps): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const [fileArg, ...assignmentArgs] = args;
  let site: SiteModel | undefined;
  try {
    if (!fileArg || assignmentArgs.length === 0) {
      throw new Refusal(`${fileArg ? 'give at least one KEY=VALUE' : 'missing FILE and KEY=VALUE'} (see postdesk set --help)`);
    }
    const assignments = parseAssignments(assignmentArgs);
    const file = path.resolve(io.cwd, fileArg);
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) throw new Refusal(`${fileArg} is not a file`);
    const root = findSiteRoot(file);
    if (!root) throw new Refusal(`${fileArg} is not inside a site: ${SITE_ROOT_EXPLANATION}, and none was found`);

    site = await deps.openSite(root);
    const rel = path.relative(site.info.root, file).split(path.sep).join('/');
    // The app's use cases: the same field lookup, value reading, write gate and save as the form.
    const documents = createDocumentService(site);
    const document = await documents.open(rel);
    const text = documents.setFieldsFromText(rel, document.text, assignments);
    // The same write gate as the app's saves: a post that is a link to a hook or a config file is not written.
    if (document.readOnly) throw new Refusal(document.readOnlyReason ?? `${rel} cannot be edited`);

    let diagnostics;
    if (text === document.text) {
      io.out(`${rel}: already up to date, nothing written`);
      diagnostics = await documents.validate(rel, text);
    } else {
      const saved = await documents.save(rel, text, document.hash, false);
      if (saved.status === 'conflict') {
        io.err(`postdesk set: ${rel} changed on disk while it was being edited; nothing was written`);
        return 2;
      }
      io.out(`${rel}: set ${assignments.map((c) => c.key).join(', ')}`);
      diagnostics = saved.diagnostics;
    }
    for (const d of [...diagnostics].sort(compareDiagnostics)) io.out(formatDiagnostic(d));
    return 0;
  } catch (error) {
    if (error instanceof Refusal || error instanceof UnsafeEditError || isUserError(error)) {
      io.err(`postdesk set: ${error.message}`);
      return 2;
    }
    if (error instanceof UneditableFrontmatterError) {
      io.err(`postdesk set: ${fileArg}:${error.line}:${error.column}: ${error.reason.replace(/\.?$/, '.')} Fix the frontmatter in an editor first; nothing was written.`);
      return 2;
    }
    if (error instanceof FrontmatterSyntaxError) {
      io.err(`postdesk set: the frontmatter does not parse (YAML line ${error.yamlLine}: ${error.message}); fix it in an editor first`);
      return 2;
    }
    throw error;
  } finally {
    site?.dispose();
  }
}
