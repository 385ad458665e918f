/**
 * A copy of a substring that no longer keeps its parent string alive. V8 represents
 * `slice()` results as views into the parent; kept in the index, a link's URL would hold
 * the whole post text in memory. Concatenating and slicing again makes V8 copy it.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (` ${text}`).slice(1);
}
