import { readSiteText } from '../security/content-path';

export interface RedirectRule {
  from: string;
  to: string;
  status: number;
  /** For rules with `*` or `:name`: the matcher and the names it captures. */
  pattern?: RegExp;
  names?: string[];
}

export interface Redirects {
  exact: Map<string, RedirectRule>;
  patterns: RedirectRule[];
}

function normalize(p: string): string {
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}

/** public/_redirects in Netlify's format: `from to [status][!]`, with `*` splats and `:placeholders`. */
export function readRedirects(root: string): Redirects {
  const out: Redirects = { exact: new Map(), patterns: [] };
  const text = readSiteText(root, 'public/_redirects');
  if (text === undefined) return out;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const [from, to, status] = line.split(/\s+/);
    if (!from || !to || !from.startsWith('/')) continue;
    const rule: RedirectRule = { from: normalize(from), to, status: parseInt(status ?? '301', 10) || 301 };
    if (from.includes('*') || from.includes('/:')) {
      const names: string[] = [];
      const source = normalize(from)
        .split('/')
        .map((segment) => {
          if (segment === '*') {
            names.push('splat');
            return '(.*)';
          }
          if (segment.startsWith(':')) {
            names.push(segment.slice(1));
            return '([^/]+)';
          }
          return segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('/');
      rule.pattern = new RegExp(`^${source.replace(/\/\(\.\*\)$/, '(?:/(.*))?')}$`, 'i');
      rule.names = names;
      out.patterns.push(rule);
    } else if (!out.exact.has(rule.from.toLowerCase())) {
      out.exact.set(rule.from.toLowerCase(), rule);
    }
  }
  return out;
}

/** The rule for a path (without trailing slash), with placeholders filled into its target. */
export function matchRedirect(redirects: Redirects, pathname: string): { to: string; status: number } | undefined {
  let decoded = pathname;
  try {
    decoded = decodeURI(pathname);
  } catch {
    // keep the raw path
  }
  const exact = redirects.exact.get(pathname.toLowerCase()) ?? redirects.exact.get(decoded.toLowerCase());
  if (exact) return { to: exact.to, status: exact.status };
  for (const rule of redirects.patterns) {
    const m = rule.pattern?.exec(pathname);
    if (!m) continue;
    let to = rule.to;
    rule.names?.forEach((name, i) => {
      to = to.replace(name === 'splat' ? ':splat' : `:${name}`, m[i + 1] ?? '');
    });
    return { to, status: rule.status };
  }
  return undefined;
}
