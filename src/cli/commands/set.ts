import { statSync } from 'node:fs';
import path from 'node:path';
import { isTomlFrontmatter } from '../../core/frontmatter/toml-frontmatter';
import { writeAreasOf, writeRefusal } from '../../core/security/write-policy';
import { compareDiagnostics, type Diagnostic } from '../../core/diagnostics';
import { findSiteRoot, SITE_ROOT_EXPLANATION } from '../../core/files/find-site-root';
import { openDocument } from '../../core/files/open-document';
import { saveDocument } from '../../core/files/save-document';
import { findField, parseFieldInput } from '../../core/roundtrip/field-input';
import type { FieldValue } from '../../core/roundtrip/field-value';
import { FrontmatterSyntaxError } from '../../core/roundtrip/yaml-source';
import { setField, UneditableFrontmatterError, UnsafeEditError } from '../../core/roundtrip/frontmatter-edit';
import { loadSite } from '../../core/site/load-site';
import type { FieldInfo, SiteModel } from '../../core/site/site-model';
import type { CliIo } from '../cli-io';

const USAGE =
  'Usage: postdesk set FILE KEY=VALUE [KEY=VALUE…]\n' +
  '  Changes frontmatter fields of FILE (relative to the current folder, or absolute), keeping\n' +
  '  the file\'s format; VALUE is read by the field\'s type: true/false, a number, a date\n' +
  '  (2026-01-20 or 2026-01-20T10:30:00Z), text, or a list as comma-separated values.\n' +
  '  Dotted keys reach nested fields (metadata.description=…). An empty VALUE removes the field.';

type Site = Pick<SiteModel, 'info' | 'collectionFor' | 'validateFile' | 'dispose'>;

/** What the command needs from the rest of the core; tests may share one loaded site. */
export interface SetDeps {
  openSite(root: string): Promise<Site>;
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

function fieldOrder(fields: readonly FieldInfo[]) {
  return (parentPath: readonly string[]) => {
    let level: readonly FieldInfo[] | undefined = fields;
    for (const name of parentPath) level = level?.find((f) => f.name === name)?.fields;
    return level?.map((f) => f.name);
  };
}

function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`;
}

export async function run(args: string[], io: CliIo, deps: SetDeps = defaultDeps): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const [fileArg, ...assignmentArgs] = args;
  let site: Site | undefined;
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
    const collection = site.collectionFor(rel);
    if (!collection) {
      const known = site.info.collections.map((c) => `${c.name} (${c.folder})`).join(', ') || 'none';
      throw new Refusal(`${rel} is not in any collection of the site at ${root} (collections: ${known})`);
    }

    const changes: { key: string; value: FieldValue | undefined }[] = [];
    for (const { key, raw } of assignments) {
      const field = findField(collection.fields, key.split('.'));
      if (!field) {
        throw new Refusal(`unknown field "${key}" in ${collection.name} (fields: ${collection.fields.map((f) => f.name).join(', ')})`);
      }
      const input = parseFieldInput(field, raw, key);
      if (!input.ok) throw new Refusal(input.reason);
      changes.push({ key, value: input.value });
    }

    const document = await openDocument(file);
    if (document.readOnly) throw new Refusal(document.readOnlyReason ?? `${rel} cannot be edited`);
    if (isTomlFrontmatter(document.text)) throw new Refusal(`${rel} has TOML frontmatter (+++); postdesk set edits YAML frontmatter only`);
    // The same gate as the app's saves: a post that is a link to a hook or a config file is not written.
    const refusal = writeRefusal(writeAreasOf(site), rel);
    if (refusal) throw new Refusal(refusal);
    let text = document.text;
    const order = fieldOrder(collection.fields);
    for (const { key, value } of changes) text = setField(text, key, value, { order });

    if (text === document.text) {
      io.out(`${rel}: already up to date, nothing written`);
    } else {
      const saved = await saveDocument(file, text, document.hash);
      if (!saved.ok) {
        io.err(`postdesk set: ${saved.message}`);
        return saved.reason === 'conflict' ? 2 : 1;
      }
      io.out(`${rel}: set ${changes.map((c) => c.key).join(', ')}`);
    }
    for (const d of [...site.validateFile(rel, text)].sort(compareDiagnostics)) io.out(formatDiagnostic(d));
    return 0;
  } catch (error) {
    if (error instanceof Refusal || error instanceof UnsafeEditError) {
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
