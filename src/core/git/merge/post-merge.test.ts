import { describe, expect, it } from 'vitest';
import { conflictsOf, renderPlan } from './merge-plan';
import { planPostMerge } from './post-merge';

const post = (fields: string, body: string) => `---\n${fields}---\n${body}`;

const BASE_FIELDS = 'title: "Monthly update"\npublishDate: "2024-05-31T00:00:00.000Z"\ncategory: "Updates"\ntags:\n  - "Updates"\n';
const BASE_BODY = '\nIntro paragraph.\n\n## News\n\n- first item\n- second item\n- third item\n\nClosing paragraph.\n';

async function merged(base: string, mine: string, theirs: string) {
  const plan = await planPostMerge(base, mine, theirs);
  return { plan, conflicts: conflictsOf(plan), text: renderPlan(plan).text };
}

describe('planPostMerge', () => {
  it('keeps both sides changes to fields on adjacent lines, each line as its side wrote it', async () => {
    const base = post(BASE_FIELDS, BASE_BODY);
    const mine = post(BASE_FIELDS.replace('publishDate: "2024-05-31T00:00:00.000Z"', "publishDate: '2024-06-01T09:00:00.000Z'"), BASE_BODY);
    const theirs = post(BASE_FIELDS.replace('title: "Monthly update"', 'title: May update'), BASE_BODY);
    const { conflicts, text, plan } = await merged(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(text).toBe(post(BASE_FIELDS.replace('title: "Monthly update"', 'title: May update').replace('publishDate: "2024-05-31T00:00:00.000Z"', "publishDate: '2024-06-01T09:00:00.000Z'"), BASE_BODY));
    expect(plan.notes).toMatchObject({ fieldsFromMine: ['publishDate'], fieldsFromTheirs: ['title'] });
  });

  it('keeps one copy when both sides made the same change, and shows a field both changed differently', async () => {
    const base = post(BASE_FIELDS, BASE_BODY);
    const same = post(BASE_FIELDS.replace('"Updates"\ntags', '"Events"\ntags'), BASE_BODY);
    const both = await merged(base, same, same);
    expect(both.conflicts).toEqual([]);
    expect(both.text).toBe(same);

    const mine = post(BASE_FIELDS.replace('Monthly update', 'Mine'), BASE_BODY);
    const theirs = post(BASE_FIELDS.replace('Monthly update', 'Theirs'), BASE_BODY);
    const { conflicts, plan } = await merged(base, mine, theirs);
    expect(conflicts).toEqual([
      expect.objectContaining({ id: 'field:title', base: 'title: "Monthly update"\n', mine: 'title: "Mine"\n', theirs: 'title: "Theirs"\n', canJoin: false }),
    ]);
    expect(renderPlan(plan, { 'field:title': { pick: 'theirs' } }).text).toBe(theirs);
    expect(renderPlan(plan, { 'field:title': { pick: 'edit', text: 'title: Ours' } }).text).toBe(post(BASE_FIELDS.replace('"Monthly update"', 'Ours'), BASE_BODY));
    expect(renderPlan(plan).undecided).toEqual(['field:title']);
  });

  it('merges edits to neighbouring paragraphs and to adjacent list items', async () => {
    const base = post(BASE_FIELDS, BASE_BODY);
    const mine = post(BASE_FIELDS, BASE_BODY.replace('Intro paragraph.', 'Intro, edited by me.').replace('- first item', '- first item (mine)'));
    const theirs = post(BASE_FIELDS, BASE_BODY.replace('## News', '## The news').replace('- second item', '- second item (theirs)'));
    const { conflicts, text } = await merged(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(text).toContain('Intro, edited by me.\n\n## The news\n\n- first item (mine)\n- second item (theirs)\n- third item\n');
  });

  it('shows a paragraph one side deleted and the other edited, and "both" keeps two blocks', async () => {
    const base = post(BASE_FIELDS, BASE_BODY);
    const mine = post(BASE_FIELDS, BASE_BODY.replace('Intro paragraph.\n\n', ''));
    const theirs = post(BASE_FIELDS, BASE_BODY.replace('Intro paragraph.', 'Intro paragraph, improved.'));
    const { conflicts, plan } = await merged(base, mine, theirs);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.theirs).toContain('Intro paragraph, improved.');
    expect(conflicts[0]!.mine ?? '').not.toContain('Intro');
    expect(renderPlan(plan, { 'text:0': { pick: 'theirs' } }).text).toBe(theirs);

    const mine2 = post(BASE_FIELDS, BASE_BODY.replace('Closing paragraph.', 'Closing, my way.'));
    const theirs2 = post(BASE_FIELDS, BASE_BODY.replace('Closing paragraph.', 'Closing, their way.'));
    const two = await merged(base, mine2, theirs2);
    expect(two.conflicts.map((c) => c.label)).toEqual(['Closing paragraph.']);
    expect(renderPlan(two.plan, { 'text:0': { pick: 'both' } }).text).toContain('- third item\n\nClosing, my way.\n\nClosing, their way.\n');
  });

  it('"both" keeps once the lines of the block both sides share', async () => {
    const base = post(BASE_FIELDS, BASE_BODY);
    const mine = post(BASE_FIELDS, BASE_BODY.replace('- third item\n', '- third item\n- my item\n'));
    const theirs = post(BASE_FIELDS, BASE_BODY.replace('- third item\n', '- third item\n- their item\n'));
    const { conflicts, plan } = await merged(base, mine, theirs);
    expect(conflicts.map((c) => c.label)).toEqual(['- first item']);
    expect(renderPlan(plan, { 'text:0': { pick: 'both' } }).text).toContain('- first item\n- second item\n- third item\n- my item\n- their item\n\nClosing');
  });

  it('keeps the tags both sides added to the same list', async () => {
    const base = post(BASE_FIELDS, BASE_BODY);
    const mine = post(BASE_FIELDS.replace('  - "Updates"\n', '  - "Updates"\n  - "Community"\n'), BASE_BODY);
    const theirs = post(BASE_FIELDS.replace('  - "Updates"\n', '  - "Updates"\n  - "Releases"\n'), BASE_BODY);
    const { conflicts, text, plan } = await merged(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(text).toContain('tags:\n  - "Updates"\n  - "Community"\n  - "Releases"\n---');
    expect(plan.notes.listsJoined).toEqual(['tags']);
  });

  it('merges CRLF files and writes CRLF back', async () => {
    const crlf = (s: string) => s.replace(/\n/g, '\r\n');
    const base = crlf(post(BASE_FIELDS, BASE_BODY));
    const mine = crlf(post(BASE_FIELDS.replace('Monthly update', 'June'), BASE_BODY));
    const theirs = crlf(post(BASE_FIELDS.replace('"2024-05-31', '"2024-06-30'), BASE_BODY.replace('Closing paragraph.', 'Closing words.')));
    const { conflicts, text } = await merged(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(text).toBe(crlf(post(BASE_FIELDS.replace('Monthly update', 'June').replace('"2024-05-31', '"2024-06-30'), BASE_BODY.replace('Closing paragraph.', 'Closing words.'))));
  });

  it('does not take a quoted conflict marker for a real one', async () => {
    const body = '\nGit writes:\n\n```\n<<<<<<< HEAD\nmine\n=======\ntheirs\n>>>>>>> branch\n```\n\nEnd.\n';
    const base = post(BASE_FIELDS, body);
    const mine = post(BASE_FIELDS, body.replace('Git writes:', 'Git writes this:'));
    const theirs = post(BASE_FIELDS, body.replace('End.', 'The end.'));
    const { conflicts, text } = await merged(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(text).toBe(post(BASE_FIELDS, body.replace('Git writes:', 'Git writes this:').replace('End.', 'The end.')));
  });

  it('follows theirs when only they moved fields, and merges lines when both moved them differently', async () => {
    const base = post('a: 1\nb: 2\nc: 3\n', 'Body\n');
    const onlyTheirs = await merged(base, post('a: 1\nb: 20\nc: 3\n', 'Body\n'), post('c: 3\na: 1\nb: 2\n', 'Body\n'));
    expect(onlyTheirs.text).toBe(post('c: 3\na: 1\nb: 20\n', 'Body\n'));
    const both = await merged(base, post('b: 2\na: 1\nc: 3\n', 'Body\n'), post('c: 3\na: 1\nb: 2\n', 'Body\n'));
    // As lines, git's way: both moves are applied, every field kept once.
    expect(both.conflicts).toEqual([]);
    expect(both.text).toBe(post('c: 3\nb: 2\na: 1\n', 'Body\n'));
  });

  it('merges frontmatter it cannot cut into fields as lines', async () => {
    const base = '---\n{title: A, draft: false}\n---\nBody\n';
    const mine = '---\n{title: B, draft: false}\n---\nBody\n';
    const theirs = '---\n{title: A, draft: false}\n---\nBody, changed\n';
    const { conflicts, text } = await merged(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(text).toBe('---\n{title: B, draft: false}\n---\nBody, changed\n');
  });
});
