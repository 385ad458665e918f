import { EditorSelection, EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { imageFilesOf, imagesToPaste, pendingImages, settlePendingImage, startPendingImage } from './image-paste';

function stateWithCursor(doc: string, cursor: number): EditorState {
  return EditorState.create({ doc, selection: EditorSelection.cursor(cursor), extensions: [pendingImages] });
}

describe('pasted image insertion', () => {
  it('inserts the returned markdown at the cursor and moves the cursor after it', () => {
    let state = stateWithCursor('Intro\n\nOutro', 6);
    const { id, spec } = startPendingImage(state, 6);
    state = state.update(spec).state;
    state = state.update(settlePendingImage(state, id, '![Team](~/assets/images/2024/team.png)')).state;
    expect(state.doc.toString()).toBe('Intro\n![Team](~/assets/images/2024/team.png)\nOutro');
    expect(state.selection.main.head).toBe(6 + '![Team](~/assets/images/2024/team.png)'.length);
  });

  it('follows edits made while the image was being stored', () => {
    let state = stateWithCursor('Intro\n\nOutro', 6);
    const { id, spec } = startPendingImage(state, 6);
    state = state.update(spec).state;
    // The writer keeps typing above the spot, then moves on to the end.
    state = state.update({ changes: { from: 0, insert: 'New title\n' }, selection: { anchor: 22 } }).state;
    state = state.update(settlePendingImage(state, id, '![x](~/assets/x.png)')).state;
    expect(state.doc.toString()).toBe('New title\nIntro\n![x](~/assets/x.png)\nOutro');
    expect(state.selection.main.head).toBe(22 + '![x](~/assets/x.png)'.length);
  });

  it('inserts nothing when the image could not be stored, and clears the spot', () => {
    let state = stateWithCursor('Intro', 5);
    const { id, spec } = startPendingImage(state, 5);
    state = state.update(spec).state;
    expect(state.field(pendingImages).size).toBe(1);
    state = state.update(settlePendingImage(state, id, null)).state;
    expect(state.doc.toString()).toBe('Intro');
    expect(state.field(pendingImages).size).toBe(0);
  });

  it('inserts nothing when the editor got another document meanwhile', () => {
    const state = stateWithCursor('Other post', 0);
    expect(settlePendingImage(state, 12345, '![x](x.png)').changes).toBeUndefined();
  });

  it('works in a state created without the field', () => {
    let state = EditorState.create({ doc: 'Text' });
    const { id, spec } = startPendingImage(state, 4);
    state = state.update(spec).state;
    state = state.update(settlePendingImage(state, id, ' ![x](x.png)')).state;
    expect(state.doc.toString()).toBe('Text ![x](x.png)');
  });
});

describe('imageFilesOf', () => {
  it('keeps only image files', () => {
    const files = [
      { name: 'shot.png', type: 'image/png' },
      { name: 'notes.txt', type: 'text/plain' },
      { name: 'photo.jpg', type: 'image/jpeg' },
    ];
    const data = { files } as unknown as DataTransfer;
    expect(imageFilesOf(data).map((file) => file.name)).toEqual(['shot.png', 'photo.jpg']);
    expect(imageFilesOf(null)).toEqual([]);
  });
});

describe('imagesToPaste', () => {
  const clipboard = (files: { name: string; type: string }[], data: Record<string, string>) =>
    ({ files, types: [...Object.keys(data), ...(files.length ? ['Files'] : [])], getData: (type: string) => data[type] ?? '' }) as unknown as DataTransfer;
  const png = { name: 'image.png', type: 'image/png' };

  it('pastes a screenshot as an image', () => {
    expect(imagesToPaste(clipboard([png], {}))).toHaveLength(1);
  });

  it('pastes an image copied in a browser or a file manager as an image', () => {
    expect(imagesToPaste(clipboard([png], { 'text/html': '<img src="https://x.y/a.png">' }))).toHaveLength(1);
    expect(imagesToPaste(clipboard([png], { 'text/plain': 'team.png' }))).toHaveLength(1);
  });

  it('pastes spreadsheet cells as text, not as their picture', () => {
    expect(imagesToPaste(clipboard([png], { 'text/plain': 'a\tb', 'text/html': '<table>…</table>' }))).toEqual([]);
  });

  it('leaves plain text pastes alone', () => {
    expect(imagesToPaste(clipboard([], { 'text/plain': 'hello' }))).toEqual([]);
  });
});
