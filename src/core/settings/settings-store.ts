import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

const WindowBoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200),
  height: z.number().int().min(200),
  maximized: z.boolean().default(false),
});

const SettingsSchema = z.object({
  recentFolders: z.array(z.string()).default([]),
  lastFolder: z.string().optional(),
  window: WindowBoundsSchema.optional(),
  /** Author slug used for new posts, chosen once by the writer. */
  authorSlug: z.string().optional(),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type WindowBounds = z.infer<typeof WindowBoundsSchema>;

const MAX_RECENT = 10;

export interface SettingsStore {
  get(): Settings;
  update(change: (current: Settings) => Settings): Promise<Settings>;
  rememberFolder(folder: string): Promise<Settings>;
  forgetFolder(folder: string): Promise<Settings>;
}

/**
 * Settings live in one JSON file in the app's data folder. A file that is missing, unreadable
 * or written by a future version falls back to defaults instead of stopping the app.
 */
export async function openSettingsStore(dataDir: string): Promise<SettingsStore> {
  const file = join(dataDir, 'settings.json');
  let current = SettingsSchema.parse({});
  try {
    const parsed = SettingsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success) current = parsed.data;
  } catch {
    // First run or damaged file: defaults.
  }

  let writing: Promise<void> = Promise.resolve();
  async function persist(next: Settings): Promise<void> {
    await mkdir(dataDir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(next, null, 2));
    await rename(temp, file);
  }

  const store: SettingsStore = {
    get: () => current,
    async update(change) {
      current = SettingsSchema.parse(change(current));
      const snapshot = current;
      writing = writing.then(() => persist(snapshot)).catch(() => {});
      await writing;
      return current;
    },
    rememberFolder(folder) {
      return store.update((s) => ({
        ...s,
        lastFolder: folder,
        recentFolders: [folder, ...s.recentFolders.filter((f) => f !== folder)].slice(0, MAX_RECENT),
      }));
    },
    forgetFolder(folder) {
      return store.update((s) => ({
        ...s,
        lastFolder: s.lastFolder === folder ? undefined : s.lastFolder,
        recentFolders: s.recentFolders.filter((f) => f !== folder),
      }));
    },
  };
  return store;
}
