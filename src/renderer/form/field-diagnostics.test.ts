import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../shared/diagnostics';
import { diagnosticsForField, diagnosticsWithin, marksInvalid, messageNamesField, unmatchedFieldDiagnostics } from './field-diagnostics';

const diag = (over: Partial<Diagnostic>): Diagnostic => ({
  file: 'src/data/post/a.md',
  line: 2,
  column: 1,
  rule: 'schema',
  severity: 'error',
  message: 'Problem',
  ...over,
});

describe('field diagnostics', () => {
  it('matches findings by their field path', () => {
    const diags = [diag({ field: 'title', message: 'Required' }), diag({ field: 'excerpt' })];
    expect(diagnosticsForField(diags, 'title').map((d) => d.message)).toEqual(['Required']);
  });

  it('matches schema messages that name the field, not ones that merely contain the word', () => {
    expect(messageNamesField('title: Required', 'title')).toBe(true);
    expect(messageNamesField('Expected date at "publishDate"', 'publishDate')).toBe(true);
    expect(messageNamesField('`author` must be a slug', 'author')).toBe(true);
    expect(messageNamesField('Invalid url', 'url')).toBe(false);
    expect(messageNamesField('imageAlt: Required', 'image')).toBe(false);
    expect(messageNamesField('metadata.description: Expected string', 'description')).toBe(false);
    expect(messageNamesField('metadata.description: Expected string', 'metadata.description')).toBe(true);
  });

  it('only reads messages of schema findings without a field', () => {
    const diags = [diag({ rule: 'link-broken', message: 'title: x' }), diag({ message: 'title: Expected string' })];
    expect(diagnosticsForField(diags, 'title')).toHaveLength(1);
  });

  it('gives list and read-only fields the findings about their items', () => {
    const diags = [diag({ field: 'tags.1', message: 'Expected string' }), diag({ message: 'tags.0: Expected string' })];
    expect(diagnosticsForField(diags, 'tags')).toHaveLength(0);
    expect(diagnosticsForField(diags, 'tags', { descendants: true })).toHaveLength(2);
    expect(diagnosticsForField(diags, 'tag', { descendants: true })).toHaveLength(0);
  });

  it('lists errors before warnings', () => {
    const diags = [diag({ field: 'author', severity: 'warning', message: 'w' }), diag({ field: 'author', message: 'e' })];
    expect(diagnosticsForField(diags, 'author').map((d) => d.message)).toEqual(['e', 'w']);
  });

  it('counts findings anywhere inside an object', () => {
    const diags = [diag({ field: 'metadata.robots.index' }), diag({ message: 'metadata.canonical: Invalid url' }), diag({ field: 'title' })];
    expect(diagnosticsWithin(diags, 'metadata')).toHaveLength(2);
  });

  it('marks an input invalid for errors and warnings, not for notes', () => {
    expect(marksInvalid([diag({ severity: 'info' })])).toBe(false);
    expect(marksInvalid([diag({ severity: 'warning' })])).toBe(true);
  });

  it('keeps findings about fields the form does not show', () => {
    const diags = [diag({ field: 'layout' }), diag({ field: 'metadata.title' }), diag({ message: 'no field' })];
    expect(unmatchedFieldDiagnostics(diags, ['title', 'metadata', 'metadata.title']).map((d) => d.field)).toEqual(['layout']);
  });
});
