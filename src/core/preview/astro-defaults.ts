import { markdownConfigDefaults, syntaxHighlightDefaults } from '@astrojs/markdown-remark';

/**
 * Astro 5's default markdown settings (no `markdown` key in astro.config): GFM, SmartyPants,
 * Shiki with 'github-dark', heading ids. Kept in one place so the preview and the parity
 * test configure the same thing.
 */
export const astroShikiConfig = markdownConfigDefaults.shikiConfig;
export const astroExcludeLangs: string[] = [...(syntaxHighlightDefaults.excludeLangs ?? [])];
