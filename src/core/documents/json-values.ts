import { YAML_LIMITS } from '../frontmatter/load-yaml';
import { UserError } from '../user-error';

/**
 * Frontmatter values made safe to send as JSON: dates become ISO strings (UTC). A value that
 * shares parts (YAML aliases) is copied out in full, so the copy is bounded: loadYaml refuses
 * texts past YAML_LIMITS, and this refuses anything else that would pass them.
 */
export function toJsonValues(value: unknown, budget = { left: YAML_LIMITS.values }): unknown {
  if (--budget.left < 0) {
    throw new UserError('unsupported', `The frontmatter holds more than ${YAML_LIMITS.values.toLocaleString('en')} values; Postdesk cannot show it in the form.`);
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (Array.isArray(value)) return value.map((item) => toJsonValues(item, budget));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValues(v, budget)]));
  }
  return value;
}
