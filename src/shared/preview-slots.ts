/**
 * Where a preview shell (buildPreviewDocument with these as header and body) takes the
 * header and the body, and the mark before each body block in the frame, so a host can
 * patch blocks in place. Comments: sanitised preview HTML never holds one. A module of its
 * own, without imports, because the renderer needs these and not the document builder.
 */
export const PREVIEW_HEADER_SLOT = '<!--pd:header-->';
export const PREVIEW_BODY_SLOT = '<!--pd:body-->';
export const PREVIEW_BLOCK_MARK = 'pd:block';
