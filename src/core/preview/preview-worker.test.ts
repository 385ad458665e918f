import { afterAll, describe, expect, it } from 'vitest';
import { createPreviewWorker, PreviewSuperseded } from './preview-worker';

describe('preview worker', () => {
  const worker = createPreviewWorker({ assetBase: '/asset/' });
  afterAll(() => worker.dispose());

  it('renders off the calling thread', async () => {
    const result = await worker.render('# Hello "world"\n');
    expect(result.html).toBe('<h1 data-line="1" id="hello-world">Hello “world”</h1>');
  });

  it('drops a waiting render when a newer one comes (typing)', async () => {
    const [first, second, third] = await Promise.allSettled([worker.render('# one'), worker.render('# two'), worker.render('# three')]);
    expect(first).toMatchObject({ status: 'fulfilled', value: { html: expect.stringContaining('one') } });
    expect(second).toMatchObject({ status: 'rejected', reason: expect.any(PreviewSuperseded) });
    expect(third).toMatchObject({ status: 'fulfilled', value: { html: expect.stringContaining('three') } });
  });
});
