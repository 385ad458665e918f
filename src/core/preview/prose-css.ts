/**
 * Typography of the reference site's post page, written by hand: Tailwind typography's
 * `prose` (lg:prose-xl on wide frames) with AstroWind's tweaks (bold tight headings,
 * primary-coloured links, rounded images with a shadow, dark:prose-invert). Elements inside
 * `.not-prose` are left alone, as with Tailwind.
 */
const NOT_PROSE = ':not(:where([class~="not-prose"], [class~="not-prose"] *))';

function rule(selector: string, body: string): string {
  const full = selector
    .split(',')
    .map((part) => `.prose :where(${part.trim()})${NOT_PROSE}`)
    .join(', ');
  return `${full} { ${body} }`;
}

/** The dark palette, used by `.dark` and by `.auto` when the system is dark. */
const DARK = `
  color-scheme: dark;
  --pd-page: rgb(3 6 32); --pd-body: #d1d5db; --pd-headings: #cbd5e1; --pd-lead: #9ca3af;
  --pd-links: #60a5fa; --pd-bold: #ffffff; --pd-counters: #9ca3af; --pd-bullets: #4b5563;
  --pd-hr: #374151; --pd-quotes: #f3f4f6; --pd-quote-borders: #374151; --pd-captions: #9ca3af;
  --pd-code: #ffffff; --pd-pre-code: #d1d5db; --pd-pre-bg: rgb(0 0 0 / 50%); --pd-th-borders: #4b5563;
  --pd-td-borders: #374151; --pd-muted: #94a3b8; --pd-chip: #1e293b; --pd-warn-bg: #451a03; --pd-warn: #fcd34d;
`;

const THEME = `
:root {
  color-scheme: light;
  --pd-page: #ffffff; --pd-body: #374151; --pd-headings: #111827; --pd-lead: #4b5563;
  --pd-links: rgb(1 97 239); --pd-bold: #111827; --pd-counters: #6b7280; --pd-bullets: #d1d5db;
  --pd-hr: #e5e7eb; --pd-quotes: #111827; --pd-quote-borders: #e5e7eb; --pd-captions: #6b7280;
  --pd-code: #111827; --pd-pre-code: #e5e7eb; --pd-pre-bg: #1f2937; --pd-th-borders: #d1d5db;
  --pd-td-borders: #e5e7eb; --pd-muted: #6b7280; --pd-chip: #f3f4f6; --pd-warn-bg: #fef3c7; --pd-warn: #92400e;
}
:root.dark {${DARK}}
@media (prefers-color-scheme: dark) {
  :root.auto {${DARK}}
}
html { background: var(--pd-page); }
body {
  margin: 0; padding: 2rem 1.5rem 4rem; background: var(--pd-page); color: var(--pd-body);
  font-family: 'Inter Variable', Inter, ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  -webkit-font-smoothing: antialiased;
}
.pd-article { max-width: 48rem; margin: 0 auto; }
`;

const HEADER = `
.pd-post-header { margin-bottom: 2rem; }
.pd-post-meta { color: var(--pd-muted); margin: 0 0 0.5rem; font-size: 1rem; }
.pd-post-title {
  color: var(--pd-headings); font-size: 2.25rem; line-height: 1.25; letter-spacing: -0.025em;
  font-weight: 700; margin: 0;
}
@media (min-width: 768px) { .pd-post-title { font-size: 3rem; } }
.pd-post-excerpt { color: var(--pd-muted); font-size: 1.25rem; margin: 1rem 0 2rem; text-align: justify; }
@media (min-width: 768px) { .pd-post-excerpt { font-size: 1.5rem; } }
img.pd-post-cover { display: block; max-width: 100%; height: auto; margin: 0 auto 1.5rem; border-radius: 0.375rem; background: #9ca3af; }
.pd-post-tags { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
.pd-post-tags li {
  background: var(--pd-chip); padding: 0.125rem 0.5rem; text-transform: lowercase; font-weight: 500; font-size: 0.875rem;
}
.pd-missing-image, .pd-embed {
  display: inline-block; padding: 0.75rem 1rem; border: 2px dashed var(--pd-warn); border-radius: 0.375rem;
  background: var(--pd-warn-bg); color: var(--pd-warn); font-size: 0.875rem; font-weight: 500; word-break: break-all;
}
span.pd-post-cover { display: block; margin-bottom: 1.5rem; }
.pd-embed { display: block; margin: 1.5em 0; }
`;

const PROSE = [
  `.prose { color: var(--pd-body); max-width: none; font-size: 1rem; line-height: 1.75; }`,
  rule('p', 'margin-top: 1.25em; margin-bottom: 1.25em;'),
  rule('a', 'color: var(--pd-links); text-decoration: underline; font-weight: 500;'),
  rule('strong', 'color: var(--pd-bold); font-weight: 600;'),
  rule('a strong, blockquote strong, thead th strong', 'color: inherit;'),
  rule('ol', 'list-style-type: decimal; margin-top: 1.25em; margin-bottom: 1.25em; padding-inline-start: 1.625em;'),
  rule('ul', 'list-style-type: disc; margin-top: 1.25em; margin-bottom: 1.25em; padding-inline-start: 1.625em;'),
  rule('li', 'margin-top: 0; margin-bottom: 0; padding-inline-start: 0.375em;'),
  rule('ol > li::marker', 'font-weight: 400; color: var(--pd-counters);'),
  rule('ul > li::marker', 'color: var(--pd-bullets);'),
  rule('ul ul, ul ol, ol ul, ol ol', 'margin-top: 0.75em; margin-bottom: 0.75em;'),
  rule('li > p', 'margin-top: 0.75em; margin-bottom: 0.75em;'),
  rule('hr', 'border-color: var(--pd-hr); border-top-width: 1px; border-style: solid none none; margin-top: 3em; margin-bottom: 3em;'),
  rule(
    'blockquote',
    'font-weight: 500; font-style: italic; color: var(--pd-quotes); border-inline-start: 0.25rem solid var(--pd-quote-borders); quotes: "\\201C" "\\201D" "\\2018" "\\2019"; margin: 1.6em 0; padding-inline-start: 1em;',
  ),
  rule('blockquote p:first-of-type::before', 'content: open-quote;'),
  rule('blockquote p:last-of-type::after', 'content: close-quote;'),
  rule('h1, h2, h3, h4', 'color: var(--pd-headings); font-weight: 700; line-height: 1.25; letter-spacing: -0.025em;'),
  rule('h1', 'font-size: 2.25em; margin-top: 0; margin-bottom: 0.8888889em;'),
  rule('h2', 'font-size: 1.5em; margin-top: 2em; margin-bottom: 1em;'),
  rule('h3', 'font-size: 1.25em; margin-top: 1.6em; margin-bottom: 0.6em;'),
  rule('h4', 'margin-top: 1.5em; margin-bottom: 0.5em;'),
  rule('img, video, picture', 'margin-top: 2em; margin-bottom: 2em; max-width: 100%; height: auto;'),
  rule('img', 'border-radius: 0.375rem; box-shadow: 0 10px 15px -3px rgb(0 0 0 / 0.1), 0 4px 6px -4px rgb(0 0 0 / 0.1);'),
  rule('figure', 'margin-top: 2em; margin-bottom: 2em;'),
  rule('figure > *', 'margin-top: 0; margin-bottom: 0;'),
  rule('figcaption', 'color: var(--pd-captions); font-size: 0.875em; line-height: 1.4285714; margin-top: 0.8571429em;'),
  rule('code', 'color: var(--pd-code); font-weight: 600; font-size: 0.875em;'),
  rule('code::before, code::after', 'content: "`";'),
  rule('pre code::before, pre code::after', 'content: none;'),
  rule(
    'pre',
    'color: var(--pd-pre-code); background-color: var(--pd-pre-bg); overflow-x: auto; font-weight: 400; font-size: 0.875em; line-height: 1.7142857; margin-top: 1.7142857em; margin-bottom: 1.7142857em; border-radius: 0.375rem; padding: 0.8571429em 1.1428571em;',
  ),
  rule('pre code', 'background-color: transparent; border-width: 0; border-radius: 0; padding: 0; font-weight: inherit; color: inherit; font-size: inherit; font-family: inherit; line-height: inherit;'),
  rule('table', 'width: 100%; table-layout: auto; margin-top: 2em; margin-bottom: 2em; font-size: 0.875em; line-height: 1.7142857; border-collapse: collapse;'),
  rule('thead', 'border-bottom: 1px solid var(--pd-th-borders);'),
  rule('thead th', 'color: var(--pd-headings); font-weight: 600; vertical-align: bottom; padding: 0 0.5714286em 0.5714286em;'),
  rule('tbody tr', 'border-bottom: 1px solid var(--pd-td-borders);'),
  rule('tbody td, tfoot td', 'vertical-align: baseline; padding: 0.5714286em;'),
  rule('del', 'text-decoration: line-through;'),
  rule('input[type="checkbox"]', 'margin: 0 0.4em 0 0;'),
  `@media (min-width: 1024px) {
  .prose { font-size: 1.25rem; line-height: 1.8; }
  ${rule('h1', 'font-size: 2.8em; margin-bottom: 0.8571429em; line-height: 1;')}
  ${rule('h2', 'font-size: 1.8em; margin-top: 1.5555556em; margin-bottom: 0.8888889em; line-height: 1.1111111;')}
  ${rule('h3', 'font-size: 1.5em; margin-top: 1.6em; margin-bottom: 0.6666667em; line-height: 1.3333333;')}
  ${rule('p', 'margin-top: 1.2em; margin-bottom: 1.2em;')}
  ${rule('pre', 'font-size: 0.9em; line-height: 1.7777778;')}
}`,
].join('\n');

export const proseCss = `${THEME}\n${HEADER}\n${PROSE}\n`;
