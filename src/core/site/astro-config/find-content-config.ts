import { existsSync } from 'node:fs';
import path from 'node:path';

const names = ['src/content.config', 'src/content/config'];
const extensions = ['.ts', '.mts', '.js', '.mjs'];

/** The Astro content config of a site (Astro 5 location first), or undefined. */
export function findContentConfig(root: string): string | undefined {
  for (const name of names) {
    for (const ext of extensions) {
      const file = path.join(root, name + ext);
      if (existsSync(file)) return file;
    }
  }
  return undefined;
}
