import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../shared/diagnostics';
import type { FieldInfo } from '../../shared/site-model';
import { FrontmatterForm, type FrontmatterFormProps } from './FrontmatterForm';

// Static markup is enough to check what the writer (and a screen reader) is given;
// interaction is covered by the app's end-to-end tests in Chromium.

const field = (name: string, label: string, kind: FieldInfo['kind'], extra: Partial<FieldInfo> = {}): FieldInfo => ({
  name,
  label,
  kind,
  required: false,
  cmsRequired: false,
  ...extra,
});

const postFields: FieldInfo[] = [
  field('title', 'Title', 'string', { required: true }),
  field('excerpt', 'Excerpt', 'text', { cmsRequired: true }),
  field('publishDate', 'Publish Date', 'datetime'),
  field('draft', 'Draft', 'boolean', { default: false }),
  field('category', 'Category', 'select', { options: ['Updates', 'Events'] }),
  field('tags', 'Tags', 'list', { itemKind: 'string' }),
  field('image', 'Cover Image', 'image'),
  field('author', 'Author', 'relation', { relation: { collection: 'authors', valueField: 'slug', displayField: 'name' } }),
  field('body', 'Content', 'markdown'),
  field('metadata', 'Metadata', 'object', {
    collapsed: true,
    fields: [field('description', 'Description', 'string'), field('robots', 'Robots', 'object', { fields: [field('index', 'Index', 'boolean')] })],
  }),
];

const diag = (over: Partial<Diagnostic>): Diagnostic => ({ file: 'src/data/post/a.md', line: 2, column: 1, rule: 'schema', severity: 'error', message: 'x', ...over });

function render(over: Partial<FrontmatterFormProps> = {}): string {
  const props: FrontmatterFormProps = {
    fields: postFields,
    values: {
      title: 'September Update',
      publishDate: '2026-01-20T01:55:25.000Z',
      category: 'News',
      tags: ['magento', 'mage-os'],
      image: '~/assets/images/cover.png',
      author: 'Mage-OS Team',
      layout: 'wide',
    },
    rawValues: { publishDate: '"2026-01-20T01:55:25.000Z"' },
    diagnostics: [],
    readOnly: false,
    suggestions: { tags: ['magento', 'release'] },
    relationOptions: () => [{ value: 'mage-os-team', label: 'Mage-OS Team' }],
    mediaImages: [],
    imageUrl: (ref) => `/media/${ref}`,
    onChange: () => {},
    onPickImage: async () => null,
    ...over,
  };
  // React separates adjacent text nodes with empty comments; the writer sees one text.
  return renderToStaticMarkup(createElement(FrontmatterForm, props)).replaceAll('<!-- -->', '');
}

const markup = (html: string) => html;

/** The control a <label for> points at (Node has no DOM, so the markup is read with patterns). */function controlFor(html: string, label: string): string {
  const labelMatch = new RegExp(`<label for="([^"]+)"[^>]*>${label}(?:<|$)`).exec(html);
  expect(labelMatch, `label ${label}`).not.toBeNull();
  const id = labelMatch![1]!;
  const control = new RegExp(`<(input|textarea|select)[^>]*id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`).exec(html);
  expect(control, `control for ${label}`).not.toBeNull();
  return control![0];
}

describe('FrontmatterForm markup', () => {
  it('labels every control and writes "required" as text', () => {
    const html = markup(render());
    for (const label of ['Title', 'Excerpt', 'Publish Date', 'Draft', 'Category', 'Tags', 'Cover Image', 'Author', 'Description', 'Index']) {
      controlFor(html, label);
    }
    expect(html).toContain('Title<span class="pd-form-required"> (required)</span>');
    expect(html).toContain('Excerpt<span class="pd-form-required"> (required in the CMS)</span>');
  });

  it('leaves the body to the editor', () => {
    expect(markup(render())).not.toMatch(/>Content</);
  });

  it('shows a field finding under it and marks the input invalid', () => {
    const html = markup(render({ diagnostics: [diag({ field: 'title', message: 'Title contains an HTML entity' })] }));
    expect(controlFor(html, 'Title')).toContain('aria-invalid="true"');
    expect(html).toContain('<span class="pd-form-diag-severity">Error:</span> Title contains an HTML entity');
    expect(html).not.toContain('role="alert"');
  });

  it('keeps a category outside the options and flags it', () => {
    const html = markup(render());
    expect(html).toContain('<option value="News" selected="">News (not an option)</option>');
    expect(controlFor(html, 'Category')).toContain('aria-invalid="true"');
  });

  it('shows an unknown author and offers the entry it meant', () => {
    const html = markup(render());
    expect(html).toContain('(unknown: Mage-OS Team)');
    expect(html).toContain('Use Mage-OS Team (mage-os-team)');
  });

  it('shows the stored date text and the zone it is displayed in', () => {
    const html = markup(render());
    expect(controlFor(html, 'Publish Date')).toContain('type="datetime-local"');
    expect(html).toContain('<code class="pd-form-code">&quot;2026-01-20T01:55:25.000Z&quot;</code>');
    expect(html).toMatch(/Shown in [^<]*UTC[+-]\d\d:\d\d/);
  });

  it('renders tags as chips with named remove buttons and suggestions not yet used', () => {
    const html = markup(render());
    expect(html).toContain('aria-label="Remove magento from Tags"');
    expect(html).toContain('<option value="release">');
    expect(html).not.toContain('<option value="magento">');
  });

  it('collapses the metadata group unless something inside has a problem', () => {
    expect(markup(render())).toMatch(/<details class="pd-form-object">/);
    const html = markup(render({ diagnostics: [diag({ field: 'metadata.description', message: 'Too long' })] }));
    expect(html).toMatch(/<details class="pd-form-object" open="">/);
    expect(html).toContain('Metadata</span><span class="pd-form-badge"> (1 problem)</span>');
  });

  it('shows keys outside the schema read-only', () => {
    const html = markup(render());
    expect(controlFor(html, 'Layout')).toContain('readOnly=""');
    expect(html).toContain('>wide</textarea>');
  });

  it('gives the image a thumbnail and a labelled chooser', () => {
    const html = markup(render());
    expect(html).toContain('src="/media/~/assets/images/cover.png"');
    expect(html).toContain('aria-label="Choose file for Cover Image"');
  });

  it('disables editing when read-only', () => {
    const html = markup(render({ readOnly: true }));
    expect(controlFor(html, 'Title')).toContain('readOnly=""');
    expect(controlFor(html, 'Category')).toContain('disabled=""');
    expect(html).not.toContain('Remove magento');
  });
});
