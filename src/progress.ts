/**
 * Progress on stderr while a run is long enough to wonder about: nothing for the first second,
 * then `prodlint: 120/800 files` redrawn in place at most five times a second, and the line erased
 * when the run ends so it never mixes with the findings. Only for a terminal (never a pipe or a
 * file), never with --quiet or in CI; the CLI decides that and passes `enabled`.
 */
export interface ProgressOptions {
  /** Milliseconds before anything is shown (a short run shows nothing). */
  delayMs?: number;
  /** Minimum milliseconds between redraws. */
  intervalMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export type ProgressFn = (done: number, total: number) => void;

export function progressReporter(stream: NodeJS.WritableStream, opts: ProgressOptions = {}): ProgressFn {
  const now = opts.now ?? (() => performance.now());
  const delay = opts.delayMs ?? 1_000;
  const interval = opts.intervalMs ?? 200;
  const started = now();
  let last = -Infinity;
  let shown = false;
  return (done, total) => {
    const t = now();
    if (done >= total) {
      // ESC [ K erases the line, so findings printed after it start on a clean one.
      if (shown) stream.write('\r\u001b[K');
      shown = false;
      return;
    }
    if (t - started < delay || t - last < interval) return;
    last = t;
    shown = true;
    stream.write(`\rprodlint: ${done}/${total} files`);
  };
}
