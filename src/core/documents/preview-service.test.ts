import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyTestSite, removeTestSites } from '../../test-support/astro-oracle';
import { loadSite } from '../site/load-site';
import { copyFixture, POST, removeCopies } from '../site/testing/site-fixture';
import { createPreviewService } from './preview-service';

afterAll(() => {
  removeCopies();
  removeTestSites();
});

const assetRoute = () => ({ base: 'http://127.0.0.1:1/asset/', source: 'http://127.0.0.1:1' });

async function headerOf(root: string, file: string): Promise<string> {
  const site = await loadSite(root, { workers: 0 });
  const service = createPreviewService(site, { assetRoute });
  try {
    return (await service.render(file, readFileSync(path.join(root, file), 'utf8'), false)).header;
  } finally {
    await service.dispose();
    site.dispose();
  }
}

describe("the preview's post header comes from the site's profile", () => {
  it('AstroWind: date, author name, category and reading time, as its post layout shows them', async () => {
    const header = await headerOf(copyFixture(), `${POST}/2023-09-30-september-2023-update.md`);
    expect(header).toContain('<time datetime="2023-09-30T00:00:00.000Z">Sep 30, 2023</time>');
    expect(header).toContain('class="pd-post-category">Updates</span>');
    expect(header).toMatch(/<span>\d+<\/span> min read/);
  });

  it("a site without a theme profile: Astro's conventions, its pubDate and description, no reading time", async () => {
    const header = await headerOf(copyTestSite('astro-blog'), 'src/content/blog/2025/first-post.md');
    expect(header).toContain('<time datetime="2025-01-15T00:00:00.000Z">Jan 15, 2025</time>');
    expect(header).toContain('<h1 class="pd-post-title">First post</h1>');
    expect(header).toContain('<p class="pd-post-excerpt">The first post of 2025.</p>');
    expect(header).not.toContain('min read');
    expect(header).not.toContain('pd-post-author');
  });
});
