const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** Dates are shown as the site shows them: the UTC calendar day of the stored instant. */
export function formatEntryDate(iso: string | undefined): string {
  if (!iso) return 'No date';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'Invalid date' : dateFormat.format(date);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
