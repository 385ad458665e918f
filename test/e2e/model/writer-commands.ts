import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import fc from 'fast-check';
import type { RealApp } from './real-app';
import { activeTab, closeTab, isDirty, openTab, POST_KEYS, POSTS, readPost, type PostKey, type WriterModel } from './writer-model';

/**
 * The writer's actions, each done in the real app the way a person would (keys, clicks,
 * the clipboard) and applied to the model; after each one the app must show what the model
 * says, after each save the file must hold it, and nothing unsaved may go missing.
 */
type Command = fc.AsyncCommand<WriterModel, RealApp>;

const hasActive = (m: WriterModel) => m.active !== null;

async function afterEach(m: WriterModel, r: RealApp): Promise<void> {
  await r.expectShows(m);
}

/** Something to type: a word (one input event, as an IME or autocorrect gives it) or a single key. */
class TypeInEditor implements Command {
  constructor(
    readonly word: string,
    readonly asKey: boolean,
  ) {}
  check = hasActive;
  async run(m: WriterModel, r: RealApp) {
    const tab = activeTab(m);
    const text = this.asKey ? this.word.charAt(0) : ` ${this.word}${m.counter++}`;
    await r.editor.anyEditor.click();
    await r.page.keyboard.press('ControlOrMeta+End');
    if (this.asKey) await r.page.keyboard.press(text);
    else await r.page.keyboard.insertText(text);
    tab.body += text;
    tab.history.push(tab.body);
    await afterEach(m, r);
  }
  toString() {
    return this.asKey ? `press(${JSON.stringify(this.word.charAt(0))})` : `type(${JSON.stringify(this.word)})`;
  }
}

/** A text field filled, then left by Tab, by Enter, or not at all (the next action must take it). */
class EditTextField implements Command {
  constructor(
    readonly field: 'title' | 'excerpt',
    readonly value: string,
    readonly leave: 'Tab' | 'Enter' | 'none',
  ) {}
  check = hasActive;
  async run(m: WriterModel, r: RealApp) {
    const value = `${this.value} ${m.counter++}`;
    await r.field(this.field).fill(value);
    if (this.leave !== 'none' && !(this.leave === 'Enter' && this.field === 'excerpt')) await r.field(this.field).press(this.leave);
    activeTab(m).fields[this.field] = value;
    await afterEach(m, r);
  }
  toString() {
    return `fill(${this.field}, ${JSON.stringify(this.value)}, then ${this.leave})`;
  }
}

class ChooseCategory implements Command {
  constructor(readonly category: string) {}
  check = hasActive;
  async run(m: WriterModel, r: RealApp) {
    await r.category.selectOption(this.category);
    activeTab(m).fields.category = this.category;
    await afterEach(m, r);
  }
  toString() {
    return `category(${JSON.stringify(this.category)})`;
  }
}

class ToggleDraft implements Command {
  check = hasActive;
  async run(m: WriterModel, r: RealApp) {
    await r.draft.click();
    activeTab(m).fields.draft = !activeTab(m).fields.draft;
    await afterEach(m, r);
  }
  toString() {
    return 'toggleDraft()';
  }
}

class AddTag implements Command {
  constructor(readonly tag: string) {}
  check = (m: WriterModel) => hasActive(m) && !activeTab(m).fields.tags.includes(this.tag);
  async run(m: WriterModel, r: RealApp) {
    await r.tagInput.fill(this.tag);
    await r.tagInput.press('Enter');
    activeTab(m).fields.tags.push(this.tag);
    await afterEach(m, r);
  }
  toString() {
    return `addTag(${JSON.stringify(this.tag)})`;
  }
}

/** A local date and time typed into the date field, then left with Tab. */
class SetPublishDate implements Command {
  constructor(readonly local: string) {}
  check = hasActive;
  async run(m: WriterModel, r: RealApp) {
    await r.publishDate.fill(this.local);
    await r.publishDate.press('Tab');
    activeTab(m).fields.publishDate = await r.page.evaluate((local) => new Date(local).getTime(), this.local);
    await afterEach(m, r);
  }
  toString() {
    return `publishDate(${this.local})`;
  }
}

/** An image pasted at the end of the body; its alt text given or skipped. */
class PasteImage implements Command {
  constructor(readonly giveAlt: boolean) {}
  check = hasActive;
  async run(m: WriterModel, r: RealApp) {
    const tab = activeTab(m);
    const png = readFileSync(join(r.site, 'src/assets/images/blog/2023/logoweb450x450.png')).toString('base64');
    await r.editor.anyEditor.click();
    await r.page.keyboard.press('ControlOrMeta+End');
    await r.editor.anyEditor.evaluate((element, data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, png);
    const prompt = r.page.getByRole('form', { name: 'Describe the pasted image' });
    await expect(prompt).toBeVisible();
    const inserted = () => r.editor.editorText().then((text) => (text.startsWith(tab.body) ? text.slice(tab.body.length) : `(changed before the image: ${text})`));
    await expect.poll(inserted).toMatch(/^!\[\]\(~\/assets\/images\/[^)]+\.png\)$/);
    tab.body += await inserted();
    tab.history.push(tab.body);
    if (this.giveAlt) {
      const alt = `Picture ${m.counter++}`;
      await prompt.getByRole('textbox').fill(alt);
      await prompt.getByRole('button', { name: 'Add alt text' }).click();
      tab.body = tab.body.replace(/!\[\]\((~\/assets\/images\/[^)]+)\)$/, `![${alt}]($1)`);
      tab.history.push(tab.body);
    } else {
      await prompt.getByRole('button', { name: 'Skip' }).click();
    }
    await expect(prompt).toHaveCount(0);
    await afterEach(m, r);
  }
  toString() {
    return `pasteImage(${this.giveAlt ? 'with alt text' : 'alt skipped'})`;
  }
}

/** Ctrl+Z in the editor: the body goes back to one of the texts it held (the editor decides how far). */
class Undo implements Command {
  check = hasActive;
  async run(m: WriterModel, r: RealApp) {
    const tab = activeTab(m);
    await r.editor.anyEditor.click();
    await r.page.keyboard.press('ControlOrMeta+z');
    const body = await r.editor.editorText();
    expect(tab.history, 'an undo lands on a text the editor held before').toContain(body);
    tab.body = body;
    await afterEach(m, r);
  }
  toString() {
    return 'undo()';
  }
}

class Save implements Command {
  constructor(readonly how: 'Ctrl+S' | 'Save button') {}
  check = hasActive;
  async run(m: WriterModel, r: RealApp) {
    const key = m.active!;
    if (this.how === 'Ctrl+S') await r.page.keyboard.press('ControlOrMeta+s');
    else await r.editor.saveButton.click();
    const tab = activeTab(m);
    m.disk[key] = { body: tab.body, fields: { ...tab.fields, tags: [...tab.fields.tags] } };
    await r.expectSaved(key, m.disk[key]);
    await afterEach(m, r);
  }
  toString() {
    return `save(${this.how})`;
  }
}

/** Another post: its tab, or the post list when it is not open. */
class SwitchTo implements Command {
  constructor(readonly key: PostKey) {}
  check = (m: WriterModel) => m.active !== this.key;
  async run(m: WriterModel, r: RealApp) {
    const open = m.tabs.get(this.key);
    if (open) await r.tab(this.key).click();
    else await r.openFromList(this.key);
    const tab = open ?? openTab(m, this.key);
    // The editor is mounted anew for the tab: its undo history starts here.
    tab.history = [tab.body];
    m.active = this.key;
    await afterEach(m, r);
  }
  toString() {
    return `switchTo(${this.key})`;
  }
}

/** The tab's ×; with unsaved changes the writer answers Save, Don't save or Cancel. */
class CloseTab implements Command {
  constructor(
    readonly key: PostKey,
    readonly answer: 'Save' | 'Don’t save' | 'Cancel',
  ) {}
  check = (m: WriterModel) => m.tabs.has(this.key);
  async run(m: WriterModel, r: RealApp) {
    const dirty = isDirty(m, this.key);
    await r.closeButton(this.key).click();
    if (!dirty) {
      await expect(r.tab(this.key)).toHaveCount(0);
      await expect(r.editor.unsavedDialog).toHaveCount(0);
      closeTab(m, this.key);
      return afterEach(m, r);
    }
    await expect(r.editor.unsavedDialog, 'closing a post with unsaved changes asks').toBeVisible();
    await r.editor.unsavedDialog.getByRole('button', { name: this.answer, exact: true }).click();
    if (this.answer === 'Cancel') {
      await expect(r.tab(this.key)).toHaveCount(1);
      // The tab that was asked about is the one the writer sees again when they come back to it.
      if (m.active === this.key) return afterEach(m, r);
      return;
    }
    await expect(r.tab(this.key)).toHaveCount(0);
    if (this.answer === 'Save') {
      const tab = m.tabs.get(this.key)!;
      m.disk[this.key] = { body: tab.body, fields: { ...tab.fields, tags: [...tab.fields.tags] } };
    }
    await r.expectFile(this.key, m.disk[this.key]);
    closeTab(m, this.key);
    if (m.active) m.tabs.get(m.active)!.history = [m.tabs.get(m.active)!.body];
    await afterEach(m, r);
  }
  toString() {
    return `close(${this.key}, ${this.answer})`;
  }
}

/** The page reloads (the writer confirms leaving): every unsaved post comes back, restored. */
class Reload implements Command {
  check = () => true;
  async run(m: WriterModel, r: RealApp) {
    await r.page.reload();
    await expect(r.page.locator('body[data-ready="true"]')).toBeAttached();
    const restored = POST_KEYS.filter((key) => isDirty(m, key));
    for (const key of POST_KEYS) if (!restored.includes(key)) m.tabs.delete(key);
    await expect(r.openTabs, `the unsaved posts come back: ${restored.join(', ') || 'none'}`).toHaveCount(restored.length);
    m.active = null;
    for (const key of restored) {
      await r.tab(key).click();
      m.active = key;
      m.tabs.get(key)!.history = [m.tabs.get(key)!.body];
      await afterEach(m, r);
    }
  }
  toString() {
    return 'reload()';
  }
}

/** Another program changes the file: a clean post follows it; an unsaved one asks, and the writer keeps theirs or takes the file. */
class ChangeOnDisk implements Command {
  constructor(
    readonly key: PostKey,
    readonly choice: 'Keep mine' | 'Take theirs',
  ) {}
  check = (m: WriterModel) => !m.tabs.has(this.key) || m.active === this.key;
  async run(m: WriterModel, r: RealApp) {
    // Whatever the writer was typing in a field is handed over first, as when they look away.
    await r.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const dirty = isDirty(m, this.key);
    if (dirty) await expect(r.editor.saveState).toHaveText(/Unsaved|Restored/);
    const line = `\nChanged by another program ${m.counter++}.\n`;
    appendFileSync(join(r.site, POSTS[this.key].file), line);
    m.disk[this.key] = readPost(r.site, this.key);
    const tab = m.tabs.get(this.key);
    if (!tab) return;
    if (!dirty) {
      Object.assign(tab, { body: m.disk[this.key].body, fields: { ...m.disk[this.key].fields }, history: [m.disk[this.key].body] });
      return afterEach(m, r);
    }
    const banner = r.page.getByRole('alertdialog', { name: 'File changed on disk' });
    await expect(banner, 'a change on disk never replaces unsaved text silently').toBeVisible();
    await banner.getByRole('button', { name: this.choice }).click();
    if (this.choice === 'Keep mine') {
      m.disk[this.key] = { body: tab.body, fields: { ...tab.fields, tags: [...tab.fields.tags] } };
      await r.expectSaved(this.key, m.disk[this.key]);
    } else {
      Object.assign(tab, { body: m.disk[this.key].body, fields: { ...m.disk[this.key].fields }, history: [m.disk[this.key].body] });
    }
    await expect(banner).toHaveCount(0);
    await afterEach(m, r);
  }
  toString() {
    return `changeOnDisk(${this.key}, then ${this.choice})`;
  }
}

const words = fc.constantFrom('hackathon', 'release', 'Zürich', 'v2.1:', '#tag', 'naïve', 'it’s', 'a&b');
const postKey = fc.constantFrom<PostKey>(...POST_KEYS);
const localDate = fc
  .record({ year: fc.integer({ min: 2021, max: 2026 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) })
  .map(({ year, month, day, hour, minute }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00`);

/** The writer's actions, typing and saving most often. */
export function writerCommands(maxCommands: number) {
  const typing = fc.tuple(words, fc.boolean()).map(([word, asKey]) => new TypeInEditor(word, asKey));
  const save = fc.constantFrom<'Ctrl+S' | 'Save button'>('Ctrl+S', 'Save button').map((how) => new Save(how));
  return fc.commands<WriterModel, RealApp, false>(
    [
      typing,
      typing,
      fc.tuple(fc.constantFrom<'title' | 'excerpt'>('title', 'excerpt'), words, fc.constantFrom<'Tab' | 'Enter' | 'none'>('Tab', 'Enter', 'none')).map(([f, v, leave]) => new EditTextField(f, v, leave)),
      fc.tuple(fc.constantFrom<'title' | 'excerpt'>('title', 'excerpt'), words, fc.constant<'none'>('none')).map(([f, v, leave]) => new EditTextField(f, v, leave)),
      fc.constantFrom('Updates', 'Releases', 'Events', 'Community').map((c) => new ChooseCategory(c)),
      fc.constant(new ToggleDraft()),
      fc.constantFrom('Hackathon', 'Releases', 'Community call').map((t) => new AddTag(t)),
      localDate.map((d) => new SetPublishDate(d)),
      fc.boolean().map((alt) => new PasteImage(alt)),
      fc.constant(new Undo()),
      save,
      save,
      postKey.map((k) => new SwitchTo(k)),
      fc.tuple(postKey, fc.constantFrom<'Save' | 'Don’t save' | 'Cancel'>('Save', 'Don’t save', 'Cancel')).map(([k, a]) => new CloseTab(k, a)),
      fc.constant(new Reload()),
      fc.tuple(postKey, fc.constantFrom<'Keep mine' | 'Take theirs'>('Keep mine', 'Take theirs')).map(([k, c]) => new ChangeOnDisk(k, c)),
    ],
    { maxCommands, size: 'max' },
  );
}
