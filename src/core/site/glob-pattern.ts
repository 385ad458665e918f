/** Glob patterns of Astro's `glob()` loader, as far as content folders use them (`*`, `**`, `?`, `{a,b}`, `[…]`). */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const slash = pattern[i + 2] === '/';
        out += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const end = pattern.indexOf('}', i);
      if (end === -1) out += '\\{';
      else {
        out += `(?:${pattern
          .slice(i + 1, end)
          .split(',')
          .map((p) => globToRegExp(p).source.slice(1, -1))
          .join('|')})`;
        i = end;
      }
    } else if (c === '[') {
      const end = pattern.indexOf(']', i);
      if (end === -1) out += '\\[';
      else {
        out += `[${pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** The file extensions a pattern can match ('**\/*.{md,mdx}' -> ['.md', '.mdx']). */
export function extensionsOf(pattern: string): string[] {
  const braces = /\.\{([^}]+)\}$/.exec(pattern);
  if (braces) return (braces[1] ?? '').split(',').map((e) => `.${e.trim()}`);
  const plain = /\.([A-Za-z0-9]+)$/.exec(pattern);
  return plain ? [`.${plain[1]}`] : [];
}

export function isRecursive(pattern: string): boolean {
  return pattern.includes('/');
}
