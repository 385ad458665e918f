export { createDraftJournal, type DraftJournal, type DraftJournalOptions, type RestorableDraft, type DraftRecord } from './draft-journal';
