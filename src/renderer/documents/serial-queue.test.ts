import { describe, expect, it } from 'vitest';
import { SerialQueue } from './serial-queue';

const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('one queue per document', () => {
  it('starts each operation after the ones queued before it, even a slow one or a failed one', async () => {
    const queue = new SerialQueue();
    const order: string[] = [];
    const slow = queue.run('a', async () => order.push(await later(30, 'field edit')));
    const failing = queue.run('a', async () => {
      order.push('refused edit');
      throw new Error('refused');
    });
    const save = queue.run('a', async () => order.push(await later(1, 'save')));
    await Promise.allSettled([slow, failing, save]);
    expect(order).toEqual(['field edit', 'refused edit', 'save']);
    await expect(failing).rejects.toThrow('refused');
  });

  it('keeps documents apart, and says when one has settled', async () => {
    const queue = new SerialQueue();
    const order: string[] = [];
    void queue.run('slow', async () => order.push(await later(30, 'slow post')));
    void queue.run('quick', async () => order.push(await later(1, 'quick post')));
    await queue.settled('quick');
    expect(order).toEqual(['quick post']);
    await queue.settled('slow');
    expect(order).toEqual(['quick post', 'slow post']);
  });
});
