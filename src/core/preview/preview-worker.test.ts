import { afterAll, describe, expect, it } from 'vitest';
import { createPreviewWorker, PreviewSuperseded } from './preview-worker';
import { fixtureCopy } from './test-fixtures';

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

  it('reads the image base at each render (a host knows its address only once it listens)', async () => {
    let base = '/first/';
    const late = createPreviewWorker({ root: fixtureCopy(), assetBase: () => base });
    try {
      const image = '![x](~/assets/images/blog/2023/mageos_blog_september-update.jpg)';
      expect((await late.render(image)).previewHtml).toContain('src="/first/src/assets/images/blog/2023/mageos_blog_september-update.jpg"');
      base = 'http://127.0.0.1:4321/asset/token/';
      expect((await late.render(image)).previewHtml).toContain('src="http://127.0.0.1:4321/asset/token/src/assets/images/blog/2023/mageos_blog_september-update.jpg"');
    } finally {
      await late.dispose();
    }
  });
});
