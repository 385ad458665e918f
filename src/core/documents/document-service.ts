import { openDocument, saveDocument } from '../files';
import { readFields } from '../roundtrip/read-fields';
import { setField } from '../roundtrip/frontmatter-edit';
import { splitFrontmatter } from '../../shared/frontmatter-bounds';
import { resolveContentPath, toContentPath } from '../security/content-path';
import { resolveWritablePath, writeAreasOf, writeRefusal } from '../security/write-policy';
import type { Diagnostic } from '../../shared/diagnostics';
import type { SiteModel } from '../site/site-model';
import { UserError } from '../user-error';
import { parseFieldInput } from '../roundtrip/field-input';
import { fieldForPath, fieldOrderOf, fieldValueFromInput } from './field-input';
import { formRefusal } from './form-refusal';
import { toJsonValues } from './json-values';
import { readRawValues } from './raw-values';

export interface EditableDocument {
  file: string;
  collection: string | null;
  text: string;
  hash: string;
  readOnly: boolean;
  readOnlyReason?: string;
  bodyStartLine: number;
  values: Record<string, unknown>;
  rawValues: Record<string, string>;
  /** The frontmatter cannot be read as fields (no closing line, not YAML, a YAML error): where and why. */
  unreadable?: { line: number; column: number; message: string };
  diagnostics: Diagnostic[];
}

export type SaveOutcome =
  | { status: 'saved'; hash: string; diagnostics: Diagnostic[] }
  | { status: 'conflict'; diskText: string; diskHash: string | null };

/** What the form needs to know about a text: values as the site reads them, their source, and whether it can read them. */
export function describeText(text: string): Pick<EditableDocument, 'bodyStartLine' | 'values' | 'rawValues' | 'unreadable'> {
  const bounds = splitFrontmatter(text);
  const bodyStartLine = bounds.state === 'closed' ? bounds.bodyLine : 1;
  // Not for the form (TOML, or too large): it opens read-only, and reading it here would hold up the app.
  const refusal = formRefusal(text);
  if (refusal) return { bodyStartLine, values: {}, rawValues: {}, unreadable: { line: 1, column: 1, message: refusal } };
  const read = readFields(text);
  return {
    bodyStartLine,
    values: toJsonValues(read.data) as Record<string, unknown>,
    rawValues: read.error ? {} : readRawValues(text),
    unreadable: read.error,
  };
}

/** Opening, editing and saving one post of the open site; every path is confined to its root. */
export function createDocumentService(site: SiteModel) {
  const root = site.info.root;

  return {
    async open(file: string): Promise<EditableDocument> {
      const full = resolveContentPath(root, file);
      let opened;
      try {
        opened = await openDocument(full);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw new UserError('not-found', `${file} no longer exists. It may have been moved or deleted.`);
        if (code === 'EISDIR') throw new UserError('not-found', `${file} is a folder, not a post.`);
        throw new UserError('io', `${file} could not be read (${code ?? 'unknown error'}).`);
      }
      const rel = toContentPath(root, full);
      // A file Postdesk would refuse to save (a page, a config file) opens read-only, saying why.
      const notWritable = opened.readOnly ? undefined : (writeRefusal(writeAreasOf(site), rel) ?? formRefusal(opened.text));
      return {
        file: rel,
        collection: site.collectionFor(rel)?.name ?? null,
        text: opened.text,
        hash: opened.hash,
        readOnly: opened.readOnly || notWritable !== undefined,
        readOnlyReason: opened.readOnlyReason ?? notWritable,
        ...describeText(opened.text),
        diagnostics: await site.checkFile(rel, opened.text),
      };
    },

    /** One form edit: only that field's lines change; the body is never touched. */
    setField(file: string, text: string, path: string, input: unknown) {
      const refusal = formRefusal(text);
      if (refusal) throw new UserError('unsupported', refusal);
      const collection = site.collectionFor(file);
      const field = fieldForPath(collection, path);
      const { value, picked } = fieldValueFromInput(field, input);
      const notes: { field: string; message: string }[] = [];
      const onDateFallback = (template: string, reason: string) =>
        notes.push({ field: path, message: `“${template}” ${reason}, so this date is now written in ISO form.` });
      let next: string;
      try {
        next = setField(text, path, value, { order: fieldOrderOf(collection), keepEmpty: field?.required ?? false, picked, onDateFallback });
      } catch (error) {
        throw new UserError('unsupported', error instanceof Error ? error.message : String(error));
      }
      return { text: next, ...describeText(next), notes };
    },

    /**
     * Edits fields from values typed as text (`postdesk set`'s KEY=VALUE): each value read by
     * its field's kind (fields.ts), dotted keys reaching nested fields, an empty value removing
     * an optional field. A key that is no field, or a value its field cannot take, is refused
     * with one line saying why (UserError, nothing changed). Frontmatter the round trip cannot
     * edit throws its own error, which says where.
     */
    setFieldsFromText(file: string, text: string, assignments: readonly { key: string; raw: string }[]): string {
      const collection = site.collectionFor(file);
      if (!collection) {
        const known = site.info.collections.map((c) => `${c.name} (${c.folder})`).join(', ') || 'none';
        throw new UserError('unsupported', `${file} is not in any collection of the site at ${root} (collections: ${known})`);
      }
      const changes = assignments.map(({ key, raw }) => {
        const field = fieldForPath(collection, key);
        if (!field) throw new UserError('unsupported', `unknown field "${key}" in ${collection.name} (fields: ${collection.fields.map((f) => f.name).join(', ')})`);
        const input = parseFieldInput(field, raw, key);
        if (!input.ok) throw new UserError('unsupported', input.reason);
        return { key, value: input.value, field };
      });
      const refusal = formRefusal(text);
      if (refusal) throw new UserError('unsupported', refusal);
      const order = fieldOrderOf(collection);
      return changes.reduce((next, { key, value, field }) => setField(next, key, value, { order, keepEmpty: field.required }), text);
    },

    /** The file's findings for this text (unsaved or as saved), checked in a worker under the site's time budget. */
    validate(file: string, text?: string): Promise<Diagnostic[]> {
      return site.checkFile(file, text);
    },

    async save(file: string, text: string, baseHash: string | null, overwrite: boolean): Promise<SaveOutcome> {
      const full = resolveWritablePath(writeAreasOf(site), file);
      let result = await saveDocument(full, text, baseHash);
      if (!result.ok && result.reason === 'conflict' && overwrite) result = await saveDocument(full, text, result.diskHash);
      if (!result.ok) {
        if (result.reason === 'conflict') return { status: 'conflict', diskText: result.diskText ?? '', diskHash: result.diskHash };
        if (result.code === 'MERGE_CONFLICT') throw new UserError('conflict', result.message, undefined, 'merge-conflict');
        throw new UserError('io', result.message);
      }
      await site.refreshFile(file);
      return { status: 'saved', hash: result.hash, diagnostics: await site.checkFile(file, text) };
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
