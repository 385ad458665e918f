import path from 'node:path';
import type { WriteAreas } from '../security/write-policy';
import { UserError } from '../user-error';
import { slugify } from './slugify';
import { IMAGE_EXTENSIONS, imageTypeOfBytes, imageTypeOfExtension } from './image-type';
import { DEFAULT_MEDIA_FOLDER, hasSrcAlias, imageFolderFor, imageRefFor } from './media-layout';
import { writeNewFile } from './write-new-file';

export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

const KINDS = 'PNG, JPEG, GIF, WebP, AVIF or SVG';

export interface ImageImportInput {
  root: string;
  /** CMS `media_folder`, root-relative; `src/assets/images` when the site has none. */
  mediaFolder?: string;
  /** Root-relative path of the post the image goes into. */
  postFile: string;
  /** Name of the pasted or dropped file ("Team photo.PNG", "image.png"). */
  originalName: string;
  now: Date;
}

export interface ImageImportPlan {
  /** Root-relative path the image will be written to (before any -2 suffix). */
  targetPath: string;
  /** The path as the post writes it (`~/assets/images/blog/2026/name.png`). */
  markdownPath: string;
  alt: string;
  postFile: string;
  originalName: string;
  srcAlias: boolean;
}

export interface ImportedImage {
  /** Root-relative path actually written. */
  file: string;
  markdownPath: string;
  /** Markdown to insert at the cursor: `![alt](path)`. */
  markdown: string;
}

// Names browsers and screenshot tools give pasted images; they say nothing about the image.
const GENERIC_NAME = /^(image|img|blob|clipboard|pasted(-image)?|paste|untitled|unnamed|photo|picture|file)(-?\d+)?$/;

function splitName(name: string): { stem: string; ext: string } {
  const base = path.posix.basename(name.replace(/\\/g, '/'));
  const ext = path.posix.extname(base);
  return { stem: ext ? base.slice(0, -ext.length) : base, ext: ext.slice(1).toLowerCase() };
}

/** Alt text from the file name's words ("team-photo_2024.png" → "Team photo 2024"). */
export function altFromFileName(name: string): string {
  const { stem } = splitName(name);
  if (GENERIC_NAME.test(slugify(stem, ''))) return '';
  const words = stem.split(/[\s\-_.+~]+/).filter((w) => w && !/^\d+x\d+$/i.test(w));
  // Long random tokens (exported or hashed names) are not words.
  if (words.length === 0 || words.some((w) => w.length > 24)) return '';
  const text = words
    .join(' ')
    .replace(/[[\]]/g, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function postStem(postFile: string): string {
  const { stem } = splitName(postFile);
  return stem.replace(/^\d{4}-\d{2}-\d{2}-/, '') || 'image';
}

function refuseExtension(originalName: string, ext: string): never {
  throw new UserError('unsupported', `"${originalName}" is not an image (.${ext}). Postdesk imports ${KINDS} images.`);
}

export function planImageImport(input: ImageImportInput): ImageImportPlan {
  const { stem, ext } = splitName(input.originalName);
  if (ext && !imageTypeOfExtension(ext)) refuseExtension(input.originalName, ext);
  let base = slugify(stem, '');
  if (!base || GENERIC_NAME.test(base)) base = postStem(input.postFile);
  const folder = imageFolderFor(input.root, input.mediaFolder || DEFAULT_MEDIA_FOLDER, input.now.getUTCFullYear());
  // A name without extension (a clipboard blob) gets one from its content on import.
  const targetPath = `${folder}/${base}.${ext || 'png'}`;
  const srcAlias = hasSrcAlias(input.root);
  return {
    targetPath,
    markdownPath: imageRefFor(targetPath, input.postFile, srcAlias),
    alt: altFromFileName(input.originalName),
    postFile: input.postFile,
    originalName: input.originalName,
    srcAlias,
  };
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Checks the bytes and writes the image under a free name (name-2.png…). The extension
 * follows the content when they disagree (PNG data named .jpg is saved as .png).
 */
export function importImage(areas: WriteAreas, plan: ImageImportPlan, bytes: Uint8Array, maxBytes = MAX_IMAGE_BYTES): ImportedImage {
  const { ext } = splitName(plan.originalName);
  if (ext && !imageTypeOfExtension(ext)) refuseExtension(plan.originalName, ext);
  if (bytes.length === 0) throw new UserError('unsupported', `"${plan.originalName}" is empty.`);
  if (bytes.length > maxBytes) {
    throw new UserError(
      'unsupported',
      `"${plan.originalName}" is ${formatMb(bytes.length)}; images up to ${formatMb(maxBytes)} can be imported. Make it smaller first.`,
    );
  }
  const type = imageTypeOfBytes(bytes);
  if (!type) {
    throw new UserError('unsupported', `"${plan.originalName}" does not contain image data. Postdesk imports ${KINDS} images.`);
  }
  let target = plan.targetPath;
  const targetExt = splitName(target).ext;
  if (imageTypeOfExtension(targetExt) !== type) target = `${target.slice(0, -targetExt.length)}${IMAGE_EXTENSIONS[type][0]}`;
  const file = writeNewFile(areas, target, bytes, { unique: true });
  const markdownPath = imageRefFor(file, plan.postFile, plan.srcAlias);
  return { file, markdownPath, markdown: `![${plan.alt}](${markdownPath})` };
}
