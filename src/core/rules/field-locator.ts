import { findFieldPosition, type FieldPosition } from '../frontmatter/parse-field-lines';
import { fieldAt } from '../site/fields';
import type { FieldInfo } from '../site/site-model';

/** Finds field lines in one file's frontmatter, and names fields the way the writer sees them. */
export class FieldLocator {
  private lines: string[] | undefined;

  constructor(
    private readonly matter: string,
    private readonly fields: FieldInfo[],
  ) {}

  private readonly cache = new Map<string, FieldPosition>();

  private matterLines(): string[] {
    this.lines ??= this.matter.split('\n');
    return this.lines;
  }

  position(path: ReadonlyArray<string | number>): FieldPosition {
    const key = path.join('\u0000');
    let at = this.cache.get(key);
    if (!at) {
      at = findFieldPosition(this.matterLines(), path);
      this.cache.set(key, at);
    }
    return at;
  }

  /** Position of `needle` on the field's line (or the field's own position). */
  positionOf(path: ReadonlyArray<string | number>, needle: string): FieldPosition {
    const at = this.position(path);
    const column = (this.matterLines()[at.line - 1] ?? '').indexOf(needle);
    return column >= 0 ? { line: at.line, column: column + 1 } : at;
  }

  /** The raw text of a top-level scalar's line after `key:`. */
  rawValue(path: ReadonlyArray<string | number>): string | undefined {
    const at = this.position(path);
    if (at.line === 1 && path.length) return undefined;
    const line = this.matterLines()[at.line - 1] ?? '';
    const colon = line.indexOf(':');
    return colon === -1 ? undefined : line.slice(colon + 1).trim();
  }

  /** "Publish Date", "Metadata › Title", "Tags #2". */
  label(path: ReadonlyArray<string | number>): string {
    const parts: string[] = [];
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      if (typeof segment === 'number') {
        parts[parts.length - 1] = `${parts[parts.length - 1] ?? 'Item'} #${segment + 1}`;
        continue;
      }
      const field = fieldAt(this.fields, path.slice(0, i + 1));
      parts.push(field?.label ?? segment ?? '');
    }
    return parts.join(' › ') || 'Frontmatter';
  }
}

export function dotted(path: ReadonlyArray<string | number>): string {
  return path.join('.');
}
