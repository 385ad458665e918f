export { writeFileAtomic, realFs, type AtomicFs, type AtomicFileHandle, type WriteAtomicOptions } from './write-atomic';
export { SaveError, describeWriteError } from './save-errors';
export { contentHash } from './content-hash';
export { openDocument, documentFromBytes, decodeUtf8, MAX_EDITABLE_BYTES, type OpenedDocument, type OpenDocumentOptions } from './open-document';
export { saveDocument, resolveConflict, type SaveResult, type SaveOptions, type ConflictChoice, type Conflict, type ConflictResolution } from './save-document';
export { createExternalChangeTracker, type ExternalChange, type ExternalChangeTracker } from './external-change-tracker';
export { lineDiff, summarizeDiff, splitLines, type DiffLine, type DiffSummary } from './line-diff';
// watchFolder lives in './watch-folder' (not re-exported: it loads a native module).
export { findSiteRoot, SITE_ROOT_EXPLANATION } from './find-site-root';
