import type { IncomingMessage } from 'node:http';

/** The largest call body: a 20 MB image import is 27 MB of base64, a post at most 5 MB. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** Bodies held in memory at once, across all requests: two of the largest. */
export const BODY_BUDGET_BYTES = 64 * 1024 * 1024;
/** A body past the limit is read and thrown away (so the client reads the 413) up to this much. */
const DRAIN_LIMIT_BYTES = 512 * 1024 * 1024;

export type BodyResult = { ok: true; text: string } | { ok: false; tooLarge: true };

/**
 * Reads a request body, or only drains it when it is larger than `maxBytes`: answering while
 * the client is still sending, or destroying the socket, makes the client see a reset
 * instead of the 413. A sender that never stops is cut off after DRAIN_LIMIT_BYTES.
 */
export function readBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = declared > maxBytes;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > DRAIN_LIMIT_BYTES) {
        req.destroy();
        return;
      }
      if (size > maxBytes) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(tooLarge ? { ok: false, tooLarge: true } : { ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('the request was not sent completely'));
    });
  });
}

/**
 * Bytes of request bodies the server holds at once. A request waits (unread, so TCP holds
 * its bytes back) until its declared size fits; four 30 MB uploads go two at a time instead
 * of taking the server's memory together. Waiters are served in order of arrival.
 */
export class BodyBudget {
  private used = 0;
  private readonly waiting: Array<{ bytes: number; grant: () => void }> = [];

  constructor(readonly capacity = BODY_BUDGET_BYTES) {}

  /** Resolves with a release function once `bytes` fit (at most the capacity is ever asked). */
  acquire(bytes: number): Promise<() => void> {
    const wanted = Math.min(Math.max(bytes, 0), this.capacity);
    return new Promise((resolve) => {
      const grant = () => {
        this.used += wanted;
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          this.used -= wanted;
          this.next();
        });
      };
      this.waiting.push({ bytes: wanted, grant });
      this.next();
    });
  }

  private next(): void {
    while (this.waiting.length > 0 && this.used + this.waiting[0]!.bytes <= this.capacity) this.waiting.shift()!.grant();
  }
}
