export { slugify } from './slugify';
export { fileNameFromPattern, uniqueFileName, DEFAULT_SLUG_PATTERN, type PatternValues } from './file-name-pattern';
export { writeNewFile, type WriteNewFileOptions } from './write-new-file';
export { detectTextStyle, DEFAULT_TEXT_STYLE, type TextStyle } from './text-style';
export { planNewPost, type NewPostInput, type PlannedFile } from './new-post';
export { planMonthlyUpdate, findMonthlyUpdates, type MonthlyUpdateInput, type MonthlyUpdatePlan } from './monthly-update';
export { headingOutline, outlineBody } from './heading-outline';
export { parseUpdateTitle, retitleUpdate, type YearMonth } from './update-title';
export { planImageImport, importImage, altFromFileName, MAX_IMAGE_BYTES, type ImageImportInput, type ImageImportPlan, type ImportedImage } from './image-import';
export { imageTypeOfBytes, imageTypeOfExtension, type ImageType } from './image-type';
export { imageFolderFor, imageRefFor, DEFAULT_MEDIA_FOLDER } from './media-layout';
export { listMediaImages, type MediaImage } from './media-library';
export { collectFieldValues, type FieldValueCount } from './field-values';
export {
  authoringCollection,
  recentEntryTexts,
  planNewPostForSite,
  planMonthlyUpdateForSite,
  createPlannedFile,
  type NewPostRequest,
} from './site-authoring';
