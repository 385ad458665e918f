import { findFieldPosition, type FieldPosition } from '../frontmatter/parse-field-lines';
import { fieldAt, type FieldInfo } from '../../shared/site-model';

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

  private topLevel: Map<string, number> | undefined;

  /** Lines of top-level keys in one pass: most positions asked for are of those. */
  private topLevelLine(key: string): number | undefined {
    if (!this.topLevel) {
      this.topLevel = new Map();
      const lines = this.matterLines();
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        const first = line.charCodeAt(0);
        // Not indented, not a comment, a list item or a quoted key (those take the full scan).
        if (!first || first === 32 || first === 9 || first === 35 || first === 45 || first === 34 || first === 39) continue;
        const colon = line.indexOf(':');
        if (colon <= 0) continue;
        const name = line.slice(0, colon).trimEnd();
        if (!this.topLevel.has(name)) this.topLevel.set(name, i + 1);
      }
    }
    return this.topLevel.get(key);
  }

  position(path: ReadonlyArray<string | number>): FieldPosition {
    const first = path[0];
    if (path.length === 1 && typeof first === 'string') {
      const line = this.topLevelLine(first);
      if (line !== undefined) return { line, column: 1 };
    }
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
