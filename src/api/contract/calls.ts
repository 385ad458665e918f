import { z } from 'zod/v4';
import { call, type CallSpec } from './call-spec';
import { ContentPathSchema, FolderPathSchema } from './paths';
import { DiagnosticSchema, EntrySummarySchema, OpenSiteSchema, SearchResultSchema } from './site-schemas';
import { docCalls, TextSchema } from './doc-calls';
import { gitCalls } from './git-calls';

const NoInput = z.object({}).strict();

export const HostKindSchema = z.enum(['electron', 'browser']);

export const AppStateSchema = z.object({
  host: HostKindSchema,
  site: OpenSiteSchema.nullable(),
  /** Why the last folder could not be opened at start, if it could not. */
  openError: z.string().optional(),
  recentFolders: z.array(z.string()),
  sampleSite: z.string(),
  /** Author slug chosen once in settings, used for new posts. */
  authorSlug: z.string().nullable(),
});
export type AppState = z.infer<typeof AppStateSchema>;

/**
 * Every call the renderer can make, declared once. Hosts bind each name to the router;
 * the renderer's client derives its typed methods from the same object.
 */
export const calls = {
  'app.state': call(NoInput, AppStateSchema),
  'site.open': call(z.object({ path: FolderPathSchema }).strict(), OpenSiteSchema),
  /** Every entry, once all are checked (waits while the site is being checked). */
  'site.entries': call(NoInput, z.array(EntrySummarySchema)),
  'site.validateAll': call(NoInput, z.array(DiagnosticSchema)),
  /** Posts whose title or text has every word of the query, best first, from the in-memory index. */
  'site.search': call(z.object({ query: z.string().min(1).max(200) }).strict(), SearchResultSchema),
  /** Values and display names of the entries a relation field may name. */
  'site.relationOptions': call(
    z.object({ collection: z.string(), valueField: z.string(), displayField: z.string() }).strict(),
    z.array(z.object({ value: z.string(), label: z.string() })),
  ),
  /** Values used elsewhere for a field (tag suggestions), most used first. */
  'site.fieldValues': call(z.object({ collection: z.string(), field: z.string() }).strict(), z.array(z.string())),
  'site.forgetRecent': call(z.object({ path: z.string() }).strict(), z.array(z.string())),
  'host.pickFolder': call(NoInput, z.object({ path: z.string().nullable(), supported: z.boolean() })),
  /** The writer answered for the unsaved posts: the window may close now (Electron). */
  'host.closeWindow': call(NoInput, z.object({ closed: z.boolean() })),
  'host.openExternal': call(z.object({ url: z.string().max(8192) }).strict(), z.object({ opened: z.boolean() })),
  'file.validate': call(z.object({ file: ContentPathSchema, text: TextSchema.optional() }).strict(), z.array(DiagnosticSchema)),
  ...docCalls,
  ...gitCalls,
} satisfies Record<string, CallSpec>;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<N extends CallName> = z.input<Calls[N]['input']>;
export type ParsedInput<N extends CallName> = z.output<Calls[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Calls[N]['output']>;

/** Each call's input and result, by name (what a caller sends and gets back). */
export type CallTypes = { [N in CallName]: { input: CallInput<N>; output: CallOutput<N> } };

export const callNames = Object.keys(calls) as CallName[];
