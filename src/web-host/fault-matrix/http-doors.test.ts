import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, removeCopies } from '../../core/site/testing/site-fixture';
import { shutdownAnalyzePool } from '../../core/site/workers/analyze-pool';
import { BodyBudget, MAX_BODY_BYTES } from '../request-body';
import { startTestHost, type RunningHost } from './running-host';

/**
 * Fault matrix, item 6, and the doors of the browser host that already held: loopback only,
 * the token, the Host check, the asset route's traversal spellings. New: a foreign Origin is
 * refused even with the token, a body past the limit gets a 413 (not a reset), bodies in
 * memory are capped, and a value nested 5,000 deep is refused by name.
 */
let running: RunningHost;
const MB = 1024 * 1024;

beforeAll(async () => {
  running = await startTestHost(copyFixture());
});

afterAll(async () => {
  await running?.stop();
  removeCopies();
  await shutdownAnalyzePool();
});

const callHeaders = (extra: Record<string, string | number> = {}) => ({ 'Content-Type': 'application/json', 'X-Postdesk-Token': running.token, Origin: running.origin, ...extra });

describe('fault matrix 6: the browser host', () => {
  it('listens on the loopback address only (a door that held)', () => {
    expect(running.host.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it.each([
    ['no token', { 'Content-Type': 'application/json' }, 401],
    ['a wrong token', { 'X-Postdesk-Token': 'guess' }, 401],
    ['another host name (DNS rebinding)', { 'X-Postdesk-Token': 'TOKEN', Host: 'evil.example:80' }, 403],
    ['a foreign Origin, with the right token', { 'X-Postdesk-Token': 'TOKEN', Origin: 'https://evil.example' }, 403],
    ['the opaque Origin of a sandboxed or file: page', { 'X-Postdesk-Token': 'TOKEN', Origin: 'null' }, 403],
    ['our own port on another scheme', { 'X-Postdesk-Token': 'TOKEN', Origin: 'https://127.0.0.1:PORT' }, 403],
  ])('refuses a call with %s', async (_name, headers, status) => {
    const fixed = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v).replace('TOKEN', running.token).replace('PORT', String(running.host.port))]));
    const answer = await running.request({ path: '/api/call/app.state', headers: fixed, body: '{}' });
    expect(answer.status).toBe(status);
    expect(answer.text).not.toContain('"ok":true');
  });

  it('answers its own page (same Origin) and a client without Origin', async () => {
    expect((await running.call('app.state', {})).json.ok).toBe(true);
    const withoutOrigin = await running.request({ path: '/api/call/app.state', headers: { 'X-Postdesk-Token': running.token }, body: '{}' });
    expect(withoutOrigin.status).toBe(200);
  });

  it('answers a 100 MB body with 413 and a sentence, not a connection reset', async () => {
    const size = 100 * MB;
    const answer = await running.request({
      path: '/api/call/doc.keepDraft',
      headers: callHeaders({ 'Content-Length': size }),
      body: (req) => {
        const chunk = Buffer.alloc(MB, 0x20);
        let sent = 0;
        const pump = (): void => {
          while (sent < size) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          req.end();
        };
        pump();
      },
    });
    expect(answer.error).toBeUndefined();
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text).error.message).toContain(`larger than ${MAX_BODY_BYTES / MB} MB`);
  });

  it('answers a body sent in chunks, without a length, past the limit with 413 too', async () => {
    const answer = await running.request({
      path: '/api/call/doc.keepDraft',
      headers: callHeaders({ 'Transfer-Encoding': 'chunked' }),
      body: (req) => {
        for (let i = 0; i < 40; i++) req.write(Buffer.alloc(MB, 0x20));
        req.end();
      },
    });
    expect(answer.status).toBe(413);
  });

  it('answers four large bodies sent at once, each in turn, and stays up', async () => {
    const text = 'a'.repeat(21 * MB);
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => running.call('preview.render', { file: 'src/data/post/2023-09-30-september-2023-update.md', text, dark: false })),
    );
    for (const answer of answers) expect(answer.json).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringContaining('larger than 20 MB') } });
    expect((await running.call('app.state', {})).json.ok).toBe(true);
  });

  it('refuses a value nested 5,000 deep by naming the problem, not with an engine error', async () => {
    // Written out by hand: JSON.stringify itself cannot write a value this deep.
    const body = `{"file":"src/data/post/2023-09-30-september-2023-update.md","text":"---\\ntitle: a\\n---\\n","field":"title","value":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const answer = await running.request({ path: '/api/call/doc.setField', headers: callHeaders(), body });
    const json = JSON.parse(answer.text) as { ok: boolean; error?: { code: string; message: string } };
    expect(json).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringContaining('nested more than 64 levels deep') } });
    expect(json.error?.message).not.toMatch(/call stack|RangeError/i);
  });

  it('refuses bad requests with a status, never a stack trace (doors that held)', async () => {
    const get = await running.request({ method: 'GET', path: '/api/call/app.state', headers: callHeaders() });
    expect(get.status).toBe(405);
    const broken = await running.request({ path: '/api/call/app.state', headers: callHeaders(), body: '{"unclosed' });
    expect(broken).toMatchObject({ status: 400, text: expect.stringContaining('not valid JSON') });
    expect((await running.call('fs.deleteEverything', {})).json).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    for (const file of ['../../etc/passwd', '/etc/passwd', 'C:/Windows/win.ini', 'src\\..\\..\\x.md']) {
      expect((await running.call('doc.open', { file })).json, file).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    }
  });

  it('serves images only from inside the site, whatever the spelling (a door that held)', async () => {
    const asset = (rest: string) => running.request({ method: 'GET', path: `/asset/${running.token}/${rest}` });
    expect((await asset('src/assets/images/blog/2023/MageTitans-1.png')).status).not.toBe(403);
    for (const rest of ['../../../etc/passwd', '%2e%2e/%2e%2e/etc/passwd', 'src/..%2f..%2f..%2fetc/passwd', 'src/content/config.ts', 'public/..%5c..%5cx.png']) {
      const answer = await asset(rest);
      // 403 from the asset route, or 404 when the URL parser has already folded the dots away.
      expect([403, 404], rest).toContain(answer.status);
      expect(answer.text).not.toMatch(/root:|defineCollection/);
    }
    expect((await running.request({ method: 'GET', path: '/asset/wrong-token/src/assets/images/x.png' })).status).toBe(401);
  });
});

describe('the cap on request bodies held in memory at once', () => {
  it('lets two 30 MB bodies in at a time; the third waits until one is done', async () => {
    const budget = new BodyBudget(64 * MB);
    const granted: number[] = [];
    const releases = await Promise.all([0, 1].map(async (i) => {
      const release = await budget.acquire(30 * MB);
      granted.push(i);
      return release;
    }));
    let thirdIn = false;
    const third = budget.acquire(30 * MB).then((release) => {
      thirdIn = true;
      return release;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(granted).toEqual([0, 1]);
    expect(thirdIn).toBe(false);
    releases[0]!();
    (await third)();
    expect(thirdIn).toBe(true);
  });
});
