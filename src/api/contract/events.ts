import { z } from 'zod/v4';
import { COMMANDS } from '../../shared/commands';
import { QueueStatusSchema } from './merge-schemas';
import { EntrySummarySchema, IndexProgressSchema, OpenSiteSchema } from './site-schemas';

/** The app's commands (src/shared/commands): a menu can send nothing the renderer does not perform. */
export const CommandSchema = z.enum(COMMANDS);

/** Everything the backend pushes to the renderer without being asked. */
export const events = {
  /** A different site became current (opened from the menu, a second launch…). */
  'site.opened': OpenSiteSchema,
  /** Entries changed on disk (another editor, git pull, a save). */
  'site.entriesChanged': z.object({ entries: z.array(EntrySummarySchema) }),
  /** Checking the open site's entries has got this far. */
  'site.indexProgress': IndexProgressSchema,
  /** A file the writer may have open changed on disk. */
  'file.changedOnDisk': z.object({ file: z.string(), hash: z.string().nullable() }),
  /** Progress of a pull or push, one line at a time. */
  'git.progress': z.object({ phase: z.string(), percent: z.number().nullable(), line: z.string() }),
  /** The repository state may have changed (a file event, a commit, window focus). */
  'git.changed': z.object({}),
  /** The window is about to close (Electron): the renderer asks about unsaved posts, then calls host.closeWindow. */
  'window.closeRequested': z.object({}),
  /** The push queue changed (pushing, waiting to retry, pushed). */
  'git.queue': QueueStatusSchema,
  /** A menu command (Electron) the renderer should perform. */
  'menu.command': z.object({ command: CommandSchema }),
};

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<N extends EventName> = z.output<Events[N]>;
export const eventNames = Object.keys(events) as EventName[];

/** Each event's payload, by name (what a listener receives). */
export type EventPayloads = { [N in EventName]: EventPayload<N> };
