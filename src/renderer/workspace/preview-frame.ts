/**
 * Scroll sync and link handling reach into the preview frame from outside: the frame itself
 * runs no script. Blocks carry `data-line` (the whole-file line where they start).
 */
function blocks(doc: Document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>('[data-line]')];
}

export function scrollPreviewToLine(doc: Document, fileLine: number): boolean {
  const all = blocks(doc);
  if (all.length === 0) return false;
  let target = all[0]!;
  for (const block of all) {
    if (Number(block.dataset.line) <= fileLine) target = block;
    else break;
  }
  const view = doc.defaultView;
  if (!view) return false;
  const top = target.getBoundingClientRect().top + view.scrollY - 8;
  if (Math.abs(view.scrollY - top) < 2) return false;
  view.scrollTo({ top });
  return true;
}

export function topPreviewLine(doc: Document): number | null {
  let line: number | null = null;
  for (const block of blocks(doc)) {
    if (block.getBoundingClientRect().bottom > 0) return Number(block.dataset.line);
    line = Number(block.dataset.line);
  }
  return line;
}

export function attachPreviewLinks(doc: Document, open: { internal(href: string): void; external(href: string): void }): void {
  doc.addEventListener('click', (event) => {
    const anchor = (event.target as Element | null)?.closest?.('a[href]');
    if (!anchor) return;
    event.preventDefault();
    const href = anchor.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      doc.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView();
    } else if (/^(https?:|mailto:)/i.test(href)) {
      open.external(href);
    } else if (href.startsWith('/') || !/^[a-z][a-z0-9+.-]*:/i.test(href)) {
      open.internal(href);
    }
  });
  // Forms in raw HTML must not submit anywhere.
  doc.addEventListener('submit', (event) => event.preventDefault(), true);
}
