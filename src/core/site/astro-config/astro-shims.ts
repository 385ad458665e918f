/**
 * Stand-ins for Astro's virtual modules, enough to evaluate a content config outside
 * Astro. Kept as source text: esbuild inlines it into the bundle, which then runs in a
 * worker or a vm context where none of Postdesk's TypeScript is loaded.
 *
 * `reference()` and `image()` (the latter handed to `schema: ({ image }) => …` by the
 * evaluator) are plain zod strings tagged in `_def` (zod copies `_def`
 * into derived schemas, so the tag survives `.optional()`, `.min()`…); validation rules
 * find them there.
 */
export const SHIM_MODULES = ['astro:content', 'astro/loaders', 'astro/zod', 'astro:schema'] as const;

export const astroShimSource = `
import { z } from 'zod';
export { z };
export default z;
export function defineCollection(config) { return config; }
export function reference(collection) {
  const schema = z.string();
  schema._def.postdeskKind = 'reference';
  schema._def.postdeskCollection = collection;
  return schema;
}
export function glob(options) {
  return { postdeskLoader: 'glob', pattern: options && options.pattern, base: options && options.base };
}
export function file(path) {
  return { postdeskLoader: 'file', path };
}
export async function getCollection() { return []; }
export async function getEntry() { return undefined; }
export async function getEntries() { return []; }
export async function render() { return {}; }
`;
