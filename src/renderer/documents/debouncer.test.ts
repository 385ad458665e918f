import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDebouncer } from './debouncer';

describe('debouncer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, after the calls stop', () => {
    const debouncer = createDebouncer(400);
    const run = vi.fn();
    for (let i = 0; i < 10; i++) {
      debouncer.schedule('post', run);
      vi.advanceTimersByTime(100);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('with a longest wait, still runs while the calls never stop', () => {
    const debouncer = createDebouncer(400, 2000);
    const run = vi.fn();
    // A report every 100 ms for 5 s: a writer typing without a pause.
    for (let i = 0; i < 50; i++) {
      debouncer.schedule('post', run);
      vi.advanceTimersByTime(100);
    }
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('deferred, waits out the longest wait counted from the first call, not the short delay', () => {
    const debouncer = createDebouncer(400, 2000);
    const run = vi.fn();
    debouncer.schedule('post', run);
    vi.advanceTimersByTime(300);
    debouncer.defer('post', run);
    vi.advanceTimersByTime(1600);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(1);
    // A fresh key deferred: the whole longest wait.
    debouncer.defer('other', run);
    vi.advanceTimersByTime(1999);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('keeps keys apart and cancels one', () => {
    const debouncer = createDebouncer(400);
    const a = vi.fn();
    const b = vi.fn();
    debouncer.schedule('a', a);
    debouncer.schedule('b', b);
    debouncer.cancel('a');
    vi.advanceTimersByTime(500);
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledTimes(1);
  });
});
