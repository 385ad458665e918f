import { describe, expect, it } from 'vitest';
import { gfmFor } from './gfm-parse';
import { createPreviewRenderer } from './preview-renderer';
import { warmUpPreview } from './warm-up';
import { WARM_UP_MARKDOWN } from './warm-up-sample';

describe('preview warm-up', () => {
  it('runs every construct the site posts use through the pipeline', async () => {
    // No GFM construct is left out of its parse, so all of them get compiled.
    expect(gfmFor(WARM_UP_MARKDOWN).omitted).toEqual([]);
    const { previewHtml, mode } = await createPreviewRenderer().render(WARM_UP_MARKDOWN);
    expect(mode).toBe('blocks');
    for (const piece of [
      '<h2', '<h3', '“', '<strong>', '<em>', '<code>', 'href="mailto:team@example.org"', 'href="http://www.example.org/mirror"',
      'href="https://example.org/sprints/docs-2026"', 'class="contains-task-list"', '<ol', '<blockquote', '<table', 'class="astro-code',
      '<img', 'class="note"', 'class="pd-embed"', '<br>', '<del>', '<hr',
    ]) {
      expect(previewHtml).toContain(piece);
    }
  });

  it('renders the sample the given number of times', async () => {
    await expect(warmUpPreview({}, 2)).resolves.toBeUndefined();
  });
});
