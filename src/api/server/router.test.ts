import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../../core/user-error';
import { createRouter, type Handlers } from './router';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const fail = () => {
    throw new Error('not under test');
  };
  return new Proxy(overrides, { get: (target, key) => (target as Record<string, unknown>)[key as string] ?? fail }) as Handlers;
}

describe('API router', () => {
  it('rejects a call with malformed input with a typed bad-input error naming the field', async () => {
    const open = vi.fn();
    const router = createRouter(handlers({ 'site.open': open }));
    const result = await router.dispatch('site.open', { path: 42 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bad-input');
      expect(result.error.issues?.[0]?.path).toBe('path');
    }
    expect(open).not.toHaveBeenCalled();
  });

  it('rejects unknown keys and content paths that leave the content folder', async () => {
    const validate = vi.fn();
    const router = createRouter(handlers({ 'file.validate': validate }));
    expect((await router.dispatch('site.open', { path: '/x', extra: true })).ok).toBe(false);
    const escape = await router.dispatch('file.validate', { file: '../../etc/passwd' });
    expect(escape).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(validate).not.toHaveBeenCalled();
  });

  it('answers an unknown call name with unknown-call', async () => {
    const result = await createRouter(handlers()).dispatch('fs.deleteEverything', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
  });

  it('passes writer-facing errors through and hides internal ones', async () => {
    const internal = vi.fn();
    const router = createRouter(
      handlers({
        'site.open': () => {
          throw new UserError('not-found', 'The folder "/x" does not exist.');
        },
        'site.entries': () => {
          throw new TypeError('cannot read properties of undefined');
        },
      }),
      internal,
    );
    expect(await router.dispatch('site.open', { path: '/x' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'The folder "/x" does not exist.' },
    });
    const hidden = await router.dispatch('site.entries', {});
    expect(hidden).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(hidden)).not.toContain('undefined');
    expect(internal).toHaveBeenCalledOnce();
  });

  it('checks outputs against the contract too', async () => {
    const router = createRouter(handlers({ 'site.forgetRecent': () => [1, 2] as unknown as string[] }), () => {});
    expect(await router.dispatch('site.forgetRecent', { path: '/x' })).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
