import type { FieldInfo } from '../../shared/site-model';

/** A field name in words: "publishDate" → "Publish date", "image_alt" → "Image alt", "SEO" stays "SEO". */
export function labelFromName(name: string): string {
  const words = name
    .replace(/[_-]+/g, ' ')
    // Split camelCase and the end of acronyms ("ogURL" → "og URL", "URLPath" → "URL Path").
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return name;
  return words
    .map((word, i) => {
      const acronym = word.length > 1 && word === word.toUpperCase();
      if (acronym) return word;
      return i === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word.toLowerCase();
    })
    .join(' ');
}

/** The label the writer sees: the CMS/site-model label, else the name in words. */
export function fieldLabel(field: Pick<FieldInfo, 'name' | 'label'>): string {
  const label = field.label?.trim();
  return label ? label : labelFromName(field.name);
}
