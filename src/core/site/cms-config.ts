import { existsSync } from 'node:fs';
import { readSiteText } from '../security/content-path';
import path from 'node:path';
import { loadYaml } from '../frontmatter/load-yaml';
import type { Diagnostic } from '../../shared/diagnostics';

/** A field of a Sveltia/Decap CMS collection, as written in public/admin/config.yml. */
export interface CmsField {
  name: string;
  label?: string;
  widget?: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: Array<string | number | { label?: string; value?: string | number }>;
  multiple?: boolean;
  collection?: string;
  value_field?: string;
  display_fields?: string[];
  search_fields?: string[];
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
}

export interface CmsCollection {
  name: string;
  label?: string;
  folder?: string;
  slug?: string;
  extension?: string;
  fields: CmsField[];
}

export interface CmsConfig {
  /** Root-relative path of the config file. */
  file: string;
  mediaFolder?: string;
  publicFolder?: string;
  collections: CmsCollection[];
}

const candidates = ['public/admin/config.yml', 'public/admin/config.yaml', 'static/admin/config.yml'];

export function readCmsConfig(root: string): { config?: CmsConfig; diagnostics: Diagnostic[] } {
  const file = candidates.find((c) => existsSync(path.join(root, c)));
  if (!file) return { diagnostics: [] };
  try {
    const raw = loadYaml(readSiteText(root, file) ?? '') as Record<string, unknown> | null;
    const collections = Array.isArray(raw?.collections) ? (raw.collections as CmsCollection[]) : [];
    return {
      config: {
        file,
        mediaFolder: typeof raw?.media_folder === 'string' ? trimSlashes(raw.media_folder) : undefined,
        publicFolder: typeof raw?.public_folder === 'string' ? raw.public_folder : undefined,
        collections: collections
          .filter((c) => c && typeof c.name === 'string')
          .map((c) => ({ ...c, folder: c.folder ? trimSlashes(c.folder) : undefined, fields: Array.isArray(c.fields) ? c.fields : [] })),
      },
      diagnostics: [],
    };
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number }; reason?: string }).mark;
    return {
      diagnostics: [
        {
          file,
          line: (mark?.line ?? 0) + 1,
          column: (mark?.column ?? 0) + 1,
          rule: 'config',
          severity: 'warning',
          message: `The CMS config could not be read (${(error as { reason?: string }).reason ?? String(error)}); labels and options from it are not used`,
        },
      ],
    };
  }
}

function trimSlashes(value: string): string {
  return value.replace(/^\.?\/+/, '').replace(/\/+$/, '');
}

/** Option values of a select field. */
export function optionValues(field: CmsField): string[] | undefined {
  if (!Array.isArray(field.options)) return undefined;
  return field.options.map((o) => (typeof o === 'object' && o !== null ? String(o.value ?? o.label ?? '') : String(o)));
}
