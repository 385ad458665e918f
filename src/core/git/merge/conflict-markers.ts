/**
 * Git's conflict markers, as `git merge`, `git rebase` and `git merge-file` write them: a
 * `<<<<<<<` line, an optional `|||||||` line, a `=======` line and a `>>>>>>>` line, in that
 * order. A file holding them is mid-merge; writing over it would throw one side away.
 */
const OPEN = /^<{7}(?:[ \t].*)?\r?$/;
const SEPARATOR = /^={7}\r?$/;
const CLOSE = /^>{7}(?:[ \t].*)?\r?$/;

export function hasConflictMarkers(text: string): boolean {
  if (!text.includes('<<<<<<<')) return false;
  let stage: 'none' | 'open' | 'separated' = 'none';
  for (const line of text.split('\n')) {
    if (stage === 'none' && OPEN.test(line)) stage = 'open';
    else if (stage === 'open' && SEPARATOR.test(line)) stage = 'separated';
    else if (stage === 'separated' && CLOSE.test(line)) return true;
  }
  return false;
}
