import { CompletionContext, insertCompletionText, type Completion, type CompletionResult } from '@codemirror/autocomplete';
import { describe, expect, it } from 'vitest';
import { linkTargetSource, type LinkTarget } from './link-completion';
import { stateOf } from './test-state';

const TARGETS: LinkTarget[] = [
  { title: 'September 2023 Update', url: '/updates/2023-09-30-september-2023-update', date: '2023-09-30T00:00:00.000Z', draft: false },
  { title: 'Hackathon recap', url: '/events/hackathon-recap', draft: true },
];

function complete(text: string, explicit = false): { result: CompletionResult | null; apply(option: Completion): string } {
  const state = stateOf(text);
  const result = linkTargetSource(() => TARGETS)(new CompletionContext(state, state.selection.main.head, explicit));
  return {
    result,
    apply(option) {
      const insert = typeof option.apply === 'string' ? option.apply : option.label;
      return state.update(insertCompletionText(state, insert, result!.from, state.selection.main.head)).state.doc.toString();
    },
  };
}

describe('link completion', () => {
  it('after "](" offers posts by title with address, date and draft state, and inserts the address', () => {
    const { result, apply } = complete('See [the update](|');
    expect(result?.options.map((o) => [o.label, o.detail])).toEqual([
      ['September 2023 Update', '/updates/2023-09-30-september-2023-update · 2023-09-30'],
      ['Hackathon recap', '/events/hackathon-recap · draft'],
    ]);
    expect(apply(result!.options[0]!)).toBe('See [the update](/updates/2023-09-30-september-2023-update');
  });

  it('matches by address once the writer types one, replacing what was typed', () => {
    const { result, apply } = complete('See [recap](/eve|');
    expect(result?.options.map((o) => o.label)).toContain('/events/hackathon-recap');
    expect(apply(result!.options.find((o) => o.label === '/events/hackathon-recap')!)).toBe('See [recap](/events/hackathon-recap');
  });

  it('searches titles by the words typed after "](", spaces included', () => {
    const { result } = complete('See [it](hackathon re|');
    expect(result?.from).toBe('See [it]('.length);
    expect(result?.options.map((o) => o.label)).toContain('Hackathon recap');
  });

  it('stays quiet in prose, in images and after a finished link', () => {
    expect(complete('Plain prose (with parentheses|').result).toBeNull();
    expect(complete('A [link](/x) and more|').result).toBeNull();
    expect(complete('[only text|').result).toBeNull();
    expect(complete('An image ![the logo](|').result).toBeNull();
  });

  it('on "[" with Ctrl+Space offers whole links whose title holds the typed words, keeping the text', () => {
    const { result, apply } = complete('Read [hackathon|', true);
    expect(result?.options.map((o) => o.label)).toEqual(['Hackathon recap']);
    expect(apply(result!.options[0]!)).toBe('Read [hackathon](/events/hackathon-recap)');
    const empty = complete('Read [|', true);
    expect(empty.apply(empty.result!.options[0]!)).toBe('Read [September 2023 Update](/updates/2023-09-30-september-2023-update)');
    expect(complete('An image ![alt|', true).result).toBeNull();
  });
});
