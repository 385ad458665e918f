import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash } from './content-hash';
import { MAX_EDITABLE_BYTES, openDocument } from './open-document';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'postdesk-open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('opening documents', () => {
  it('keeps the BOM and line endings and hashes the bytes on disk', async () => {
    const bytes = Buffer.from('\uFEFF---\r\ntitle: x\r\n---\r\n');
    writeFileSync(join(dir, 'a.md'), bytes);
    const doc = await openDocument(join(dir, 'a.md'));
    expect(doc.text).toBe('\uFEFF---\r\ntitle: x\r\n---\r\n');
    expect(doc.hash).toBe(contentHash(bytes));
    expect(doc.readOnly).toBe(false);
  });

  it('a file larger than 5 MB opens read-only with an explanation', async () => {
    writeFileSync(join(dir, 'big.md'), Buffer.alloc(MAX_EDITABLE_BYTES + 1, 'a'));
    const doc = await openDocument(join(dir, 'big.md'));
    expect(doc.readOnly).toBe(true);
    expect(doc.readOnlyReason).toMatch(/larger than the 5\.0 MB/);
  });

  it('a file that is not valid UTF-8 opens read-only and says where', async () => {
    writeFileSync(join(dir, 'latin1.md'), Buffer.concat([Buffer.from('---\ntitle: x\n---\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    const doc = await openDocument(join(dir, 'latin1.md'));
    expect(doc.readOnly).toBe(true);
    expect(doc.readOnlyReason).toMatch(/not valid UTF-8 .*line 4/);
  });
});
