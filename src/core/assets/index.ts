/** Local images of a post: where references point, and serving them safely. */
export { resolveAssetPath, assetUrlPath } from './resolve-asset-path';
export { confineToRoot } from './confine-to-root';
export type { ConfineResult } from './confine-to-root';
export { createImageMapper, rewriteImageUrls, missingImageElement } from './rewrite-image-urls';
export type { ImageMapper, ImageMapperOptions, ImageTarget } from './rewrite-image-urls';
export { mediaTypeOf, assetHeaders } from './media-types';
