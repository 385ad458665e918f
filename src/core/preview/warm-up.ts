import { createPreviewRenderer, type PreviewRendererOptions } from './preview-renderer';
import { WARM_UP_MARKDOWN } from './warm-up-sample';

/**
 * The first previews after start are several times slower than later ones: Shiki's
 * highlighter loads, and V8 compiles the markdown pipeline's hot code only after running it
 * many times (a 10 KB post: ~40 ms at first, ~12 ms once compiled). The preview worker
 * therefore renders a sample post from its start until the first real render (it starts
 * when a site opens, while the writer picks a post); the benchmark warms up the same way.
 */
export const WARM_UP_RENDERS = 60;

/** One warm-up step: the sample through a fresh renderer, so the whole pipeline runs, not the block cache. */
export async function renderWarmUpSample(options: PreviewRendererOptions = {}): Promise<void> {
  await createPreviewRenderer(options).render(WARM_UP_MARKDOWN, { file: 'src/data/post/warm-up.md' });
}

/** All warm-up steps in a row (what the worker does when no render comes first). */
export async function warmUpPreview(options: PreviewRendererOptions = {}, renders = WARM_UP_RENDERS): Promise<void> {
  for (let step = 0; step < renders; step++) await renderWarmUpSample(options);
}
