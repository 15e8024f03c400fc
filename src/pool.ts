/**
 * A small pool of worker threads for per-file analysis. Results come back in any order; the engine
 * puts them in path order, so output does not depend on scheduling. A worker that takes longer than
 * the file budget plus a grace period is terminated and replaced, and the file is reported as
 * abandoned instead of hanging the run.
 */
import { Worker } from 'node:worker_threads';
import type { FileOutput, FileTask } from './analyze.js';

export interface PoolOptions {
  size: number;
  workerData: unknown;
  /** Milliseconds a single file may take before its worker is terminated. */
  hardTimeoutMs: number;
}

type Job = { id: number; task: FileTask; resolve: (o: FileOutput | { abandoned: string }) => void };

/** Where the worker entry is: next to this module (dist/worker.js, or src/worker.ts under tsx). */
function workerUrl(): { url: URL; execArgv: string[] } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return { url: new URL('../scripts/worker-dev.mjs', here), execArgv: [] };
  return { url: new URL('./worker.js', here.includes('/chunks/') ? new URL('../', here) : here), execArgv: [] };
}

export class WorkerPool {
  private readonly queue: Job[] = [];
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, { job: Job; timer: NodeJS.Timeout }>();
  private nextId = 0;
  private closed = false;

  constructor(private readonly opts: PoolOptions) {
    for (let i = 0; i < opts.size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    const { url, execArgv } = workerUrl();
    const w = new Worker(url, { workerData: this.opts.workerData, execArgv });
    w.on('message', (msg: { id: number; output?: FileOutput; error?: string }) => {
      const entry = this.busy.get(w);
      if (!entry || entry.job.id !== msg.id) return;
      clearTimeout(entry.timer);
      this.busy.delete(w);
      entry.job.resolve(msg.output ?? { abandoned: msg.error ?? 'worker failed' });
      this.idle.push(w);
      this.pump();
    });
    w.on('error', (err) => this.replace(w, `worker crashed: ${err.message}`));
    w.on('exit', (code) => {
      if (!this.closed && this.busy.has(w)) this.replace(w, `worker exited with code ${code}`);
    });
    w.unref();
    return w;
  }

  private replace(w: Worker, reason: string): void {
    const entry = this.busy.get(w);
    this.busy.delete(w);
    void w.terminate();
    if (entry) {
      clearTimeout(entry.timer);
      entry.job.resolve({ abandoned: reason });
    }
    if (!this.closed) {
      this.idle.push(this.spawn());
      this.pump();
    }
  }

  run(task: FileTask): Promise<FileOutput | { abandoned: string }> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, task, resolve });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const job = this.queue.shift()!;
      const timer = setTimeout(() => this.replace(w, `analysis took over ${this.opts.hardTimeoutMs} ms and was abandoned`), this.opts.hardTimeoutMs);
      this.busy.set(w, { job, timer });
      w.postMessage({ id: job.id, task: job.task });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }
}
