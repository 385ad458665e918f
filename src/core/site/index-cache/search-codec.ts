import { z } from 'zod/v4';
import type { SearchSnapshot } from '../../search/search-index';

const MetaSchema = z
  .object({
    files: z.array(z.string().max(4096)),
    words: z.array(z.string().max(64)),
    sizes: z.array(z.number().int().nonnegative()).length(8),
  })
  .strict();

/** A search snapshot as bytes: a length, a JSON part (file names, words), then eight word-aligned number arrays. */
export function encodeSearchSnapshot(snapshot: SearchSnapshot): Buffer {
  const arrays = [
    snapshot.titleLength, snapshot.textLength,
    snapshot.title.start, snapshot.title.count, snapshot.title.postings,
    snapshot.text.start, snapshot.text.count, snapshot.text.postings,
  ];
  const json = Buffer.from(JSON.stringify({ files: snapshot.files, words: snapshot.words, sizes: arrays.map((a) => a.length) }));
  const head = Buffer.alloc(4);
  head.writeUInt32LE(json.length);
  const padding = Buffer.alloc((4 - (json.length % 4)) % 4);
  return Buffer.concat([head, json, padding, ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))]);
}

/** The inverse of encodeSearchSnapshot; throws when the bytes do not add up. */
export function decodeSearchSnapshot(data: Buffer): SearchSnapshot {
  if (data.length < 4) throw new Error('too short');
  const jsonLength = data.readUInt32LE(0);
  if (4 + jsonLength > data.length) throw new Error('cut short');
  const meta = MetaSchema.parse(JSON.parse(data.subarray(4, 4 + jsonLength).toString('utf8')));
  let offset = 4 + jsonLength + ((4 - (jsonLength % 4)) % 4);
  const arrays = meta.sizes.map((size) => {
    const bytes = size * 4;
    if (offset + bytes > data.length) throw new Error('cut short');
    // A copy: a pooled or offset Buffer is not always aligned for a Uint32Array view.
    const array = new Uint32Array(size);
    Buffer.from(array.buffer).set(data.subarray(offset, offset + bytes));
    offset += bytes;
    return array;
  });
  if (offset !== data.length) throw new Error('trailing bytes');
  const [titleLength, textLength, titleStart, titleCount, titlePostings, textStart, textCount, textPostings] = arrays as [
    Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array,
  ];
  return {
    files: meta.files,
    words: meta.words,
    titleLength,
    textLength,
    title: { start: titleStart, count: titleCount, postings: titlePostings },
    text: { start: textStart, count: textCount, postings: textPostings },
  };
}
