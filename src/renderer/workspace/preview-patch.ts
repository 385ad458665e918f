import { PREVIEW_BLOCK_MARK, PREVIEW_BODY_SLOT, PREVIEW_HEADER_SLOT, type Preview } from '../../api/contract/doc-schemas';

const BLOCK_MARK = `<!--${PREVIEW_BLOCK_MARK}-->`;

/** Splits `text` at its only `slot`; the slot comes from our own shell, which holds each once. */
function fill(text: string, slot: string, content: string): string {
  const at = text.indexOf(slot);
  return at < 0 ? text : text.slice(0, at) + content + text.slice(at + slot.length);
}

/** The body's blocks as frame HTML, each after the mark patchPreviewBody looks for. */
export function blocksHtml(blocks: readonly string[]): string {
  return blocks.map((block) => `${BLOCK_MARK}${block}\n`).join('');
}

/** The frame's whole document for a preview. */
export function composePreviewDocument(preview: Preview): string {
  return fill(fill(preview.shell, PREVIEW_HEADER_SLOT, preview.header), PREVIEW_BODY_SLOT, blocksHtml(preview.blocks));
}

/**
 * Turns the blocks shown into the next ones: blocks `from` to `from + removed` of the shown
 * ones give way to `inserted`; blocks that only moved to another source line (a line added
 * above them) stay and get their new `data-line`, by their index among the shown blocks.
 */
export interface BlockPatch {
  from: number;
  removed: number;
  inserted: string[];
  relined: { index: number; line: number }[];
}

const DATA_LINE = / data-line="(\d+)"/;

/** The same block, but perhaps at another line. */
function sameBlock(shown: string, next: string): boolean {
  return shown === next || (shown.length - next.length < 8 && next.length - shown.length < 8 && shown.replace(DATA_LINE, '') === next.replace(DATA_LINE, ''));
}

function relineOf(shown: string, next: string, index: number): { index: number; line: number } | null {
  if (shown === next) return null;
  const line = DATA_LINE.exec(next)?.[1];
  return line === undefined ? null : { index, line: Number(line) };
}

/** The smallest patch that keeps the unchanged blocks at both ends (typing changes one or two in between). */
export function diffPreviewBlocks(shown: readonly string[], next: readonly string[]): BlockPatch {
  const relined: BlockPatch['relined'] = [];
  const common = Math.min(shown.length, next.length);
  let prefix = 0;
  while (prefix < common && sameBlock(shown[prefix]!, next[prefix]!)) {
    const reline = relineOf(shown[prefix]!, next[prefix]!, prefix);
    if (reline) relined.push(reline);
    prefix++;
  }
  let suffix = 0;
  while (suffix < common - prefix) {
    const shownIndex = shown.length - 1 - suffix;
    const nextIndex = next.length - 1 - suffix;
    if (!sameBlock(shown[shownIndex]!, next[nextIndex]!)) break;
    const reline = relineOf(shown[shownIndex]!, next[nextIndex]!, shownIndex);
    if (reline) relined.push(reline);
    suffix++;
  }
  return { from: prefix, removed: shown.length - prefix - suffix, inserted: next.slice(prefix, next.length - suffix), relined };
}
