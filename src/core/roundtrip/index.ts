export { parseSource, setBody, getBody, frontmatterText, detectEol, type SourceParts, type TextRange, type Eol } from './split-source';
export { setField, setFields, removeField, UnsafeEditError, UneditableFrontmatterError, type SetFieldOptions, type FieldOrder } from './frontmatter-edit';
export { readFields, unreadableFence, locateField, type ReadFieldsResult } from './read-fields';
export { formatDateLike, parseDateInput, isDateText, DEFAULT_DATE_TEMPLATE } from './date-format';
export { FrontmatterSyntaxError } from './yaml-source';
export type { FieldValue, FieldPath } from './field-value';
export { parseFieldInput, findField, type FieldInput } from './field-input';
