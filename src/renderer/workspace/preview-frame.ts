import { PREVIEW_BLOCK_MARK } from '../../api/contract/doc-schemas';
import { classifyPreviewLink } from '../../shared/preview-frame';
import { blocksHtml, type BlockPatch } from './preview-patch';

/**
 * Scroll sync and link handling reach into the preview frame from outside: the frame itself
 * runs no script. Blocks carry `data-line` (the whole-file line where they start), in
 * document order, so both directions search them by halves: a long post has thousands, and
 * the editor asks on every scroll.
 */
const blockLists = new WeakMap<Document, HTMLElement[]>();

function blocks(doc: Document): HTMLElement[] {
  let list = blockLists.get(doc);
  if (!list) {
    list = [...doc.querySelectorAll<HTMLElement>('[data-line]')];
    blockLists.set(doc, list);
  }
  return list;
}

/** The frame's blocks changed in place: the next search lists them again. */
export function forgetPreviewBlocks(doc: Document): void {
  blockLists.delete(doc);
}

/** The first index in [0, length) where `after(i)` holds, `after` being false then true; `length` if never. */
function firstWhere(length: number, after: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (after(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

const lineOf = (block: HTMLElement) => Number(block.dataset.line);

export function scrollPreviewToLine(doc: Document, fileLine: number): boolean {
  const all = blocks(doc);
  if (all.length === 0) return false;
  const target = all[Math.max(0, firstWhere(all.length, (i) => lineOf(all[i]!) > fileLine) - 1)]!;
  const view = doc.defaultView;
  if (!view || !target.isConnected) return false;
  const top = target.getBoundingClientRect().top + view.scrollY - 8;
  if (Math.abs(view.scrollY - top) < 2) return false;
  view.scrollTo({ top });
  return true;
}

export function topPreviewLine(doc: Document): number | null {
  const all = blocks(doc);
  if (all.length === 0) return null;
  const first = firstWhere(all.length, (i) => all[i]!.getBoundingClientRect().bottom > 0);
  return lineOf(all[Math.min(first, all.length - 1)]!);
}

const isBlockMark = (node: Node): node is Comment => node.nodeType === Node.COMMENT_NODE && (node as Comment).data === PREVIEW_BLOCK_MARK;

/** The body's block marks, in order (comments straight under #pd-body). */
function blockMarks(body: HTMLElement): Comment[] {
  return [...body.childNodes].filter(isBlockMark);
}

/** The first element of the block after `mark`. */
function firstElementAfter(mark: Comment): Element | null {
  for (let node = mark.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === Node.ELEMENT_NODE) return node as Element;
    if (isBlockMark(node)) return null;
  }
  return null;
}

/**
 * Applies a patch to the frame's body in place, keeping its scroll position and the layout
 * of the blocks that did not change. False when the frame does not hold the `shownCount`
 * blocks the patch was made for: the caller loads the whole document instead.
 *
 * The new blocks are parsed by a <template> of the frame's own document: inert while
 * parsed, then part of a document that runs no script (sandbox without allow-scripts, CSP
 * script-src 'none'), like the rest of the preview.
 */
export function patchPreviewBody(doc: Document, patch: BlockPatch, shownCount: number, header: string | null): boolean {
  const body = doc.getElementById('pd-body');
  const headerBox = doc.getElementById('pd-header');
  if (!body || !headerBox) return false;
  const marks = blockMarks(body);
  if (marks.length !== shownCount) return false;
  for (const { index, line } of patch.relined) firstElementAfter(marks[index]!)?.setAttribute('data-line', String(line));
  const end = marks[patch.from + patch.removed] ?? null;
  for (let node: ChildNode | null = marks[patch.from] ?? null; node && node !== end; ) {
    const next: ChildNode | null = node.nextSibling;
    node.remove();
    node = next;
  }
  if (patch.inserted.length > 0) {
    const template = doc.createElement('template');
    template.innerHTML = blocksHtml(patch.inserted);
    body.insertBefore(template.content, end);
  }
  if (header !== null) headerBox.innerHTML = header;
  forgetPreviewBlocks(doc);
  return true;
}

/**
 * Link clicks inside the frame, decided by the one rule (classifyPreviewLink): anchors scroll,
 * the site's own pages (relative, root-relative or on `siteUrl`) open as posts, http(s) and
 * mailto go to the system browser, anything else does nothing.
 */
export function attachPreviewLinks(
  doc: Document,
  siteUrl: string | undefined,
  open: { internal(path: string): void; external(url: string): void },
): void {
  doc.addEventListener('click', (event) => {
    const anchor = (event.target as Element | null)?.closest?.('a[href]');
    if (!anchor) return;
    event.preventDefault();
    const link = classifyPreviewLink(anchor.getAttribute('href') ?? '', siteUrl);
    if (link.kind === 'anchor') doc.getElementById(link.id)?.scrollIntoView();
    else if (link.kind === 'internal') open.internal(`${link.path}${link.hash}`);
    else if (link.kind === 'external') open.external(link.url);
  });
  // Forms in raw HTML must not submit anywhere.
  doc.addEventListener('submit', (event) => event.preventDefault(), true);
}
