export interface GitProgress {
  /** e.g. 'Receiving objects', 'Writing objects', 'Resolving deltas'. */
  phase: string;
  /** 0–100 when git reports a percentage. */
  percent?: number;
  done?: number;
  total?: number;
  /** The line as git wrote it (without "remote: "). */
  line: string;
  /** The line came from the remote side. */
  remote: boolean;
}

const progressLine = /^([A-Za-z][A-Za-z ]*?):\s+(?:(\d+)% \((\d+)\/(\d+)\)|(\d+))/;

export function parseProgressLine(raw: string): GitProgress | null {
  const remote = raw.startsWith('remote: ');
  const line = (remote ? raw.slice(8) : raw).trim();
  const m = progressLine.exec(line);
  if (!m) return null;
  const progress: GitProgress = { phase: m[1]!, line, remote };
  if (m[2] !== undefined) {
    progress.percent = Number(m[2]);
    progress.done = Number(m[3]);
    progress.total = Number(m[4]);
  } else if (m[5] !== undefined) progress.done = Number(m[5]);
  return progress;
}

/**
 * Turns stderr chunks of `git … --progress` into progress events. Git redraws a line with
 * '\r', so a chunk may hold several updates, and an update may be split across chunks.
 */
export function progressSplitter(onProgress: (p: GitProgress) => void): (chunk: string) => void {
  let pending = '';
  return (chunk) => {
    pending += chunk;
    const pieces = pending.split(/[\r\n]/);
    pending = pieces.pop() ?? '';
    for (const piece of pieces) {
      const p = parseProgressLine(piece);
      if (p) onProgress(p);
    }
  };
}
