/**
 * A post written for warming the preview pipeline: every construct the site's posts use
 * (headings, smart quotes, links, autolinks, lists, tables, code, quotes, images, raw
 * HTML), so each code path the first real preview takes has been run and compiled.
 */
const SECTION = `## What's new this month

We've had a busy month: the "release train" left on time, and the team's work on the
**installer**, the _documentation_ and the \`bin/setup\` script --- all of it --- landed...
Read the [release notes](https://example.org/releases/1-2-0 "Release notes") or write to
team@example.org; the mirror lives at www.example.org/mirror and https://example.org/docs.

Thanks to everyone who joined the [community call](https://example.org/calls/2026-03) on
Thursday. We talked about the roadmap, the [contribution guide](/contributing) and how
new members can find a first issue; the recording is linked below, and the notes are in
the [meeting minutes](https://example.org/minutes "Minutes"). If you couldn't make it,
don't worry: we'll hold the next one at a time that suits the other half of the world.

The **documentation sprint** brought 42 pull requests from 17 people, among them 6 who
contributed for the first time. Special thanks go to the reviewers, who kept the queue
short — most changes were merged within a day. See the [sprint summary][sprint] for the
numbers, and the [open issues](https://example.org/issues?label=docs) for what is left.

[sprint]: https://example.org/sprints/docs-2026 "Sprint summary"

### Highlights

- Faster installs, with [caching](/docs/caching) turned on by default
- A new theme, *lighter* and **easier to read**
- [ ] Review the upgrade guide
- [x] Tag the release

1. Update the package list.
2. Run the upgrade:

   \`\`\`bash
   composer update --with-all-dependencies
   bin/setup upgrade
   \`\`\`

3. Clear the cache.

> "It just worked," said one of the testers, "on the first try."
>
> -- A happy tester

| Area        | Owner   | Status      |
| :---------- | :-----: | ----------: |
| Installer   | Team A  | Done        |
| Docs        | Team B  | In progress |

![The new theme](~/assets/images/blog/2026/theme.png "The new theme")

<div class="note">
  <p>Raw HTML stays as written: <strong>bold</strong>, <em>emphasis</em> and a <a href="https://example.org">link</a>.</p>
</div>

<iframe src="https://www.youtube.com/embed/example" title="Recording"></iframe>

Line one with a hard break\\
line two, and an inline <br> tag, ~~old news~~ and a footnote-free ending.

---
`;

/** About 5 KB of markdown. */
export const WARM_UP_MARKDOWN = `# Monthly update\n\n${SECTION}\n${SECTION.replace(/^## What's new this month/m, "## What's next")}`;
