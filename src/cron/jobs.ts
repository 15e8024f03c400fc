/**
 * Scheduled jobs across the project, for project rules: every crontab entry (cron files, and
 * entries that shell scripts echo into a crontab) with its commands in order, and the project's
 * shell scripts those commands run (by path, else by basename), parsed on demand with role `job`.
 */
import { posix } from 'node:path';
import { addShellScript, newSink } from '../carriers/build.js';
import { crontabWrites } from './from-script.js';
import { EmbeddedText } from '../embedded.js';
import { sourceOf } from '../docker/project-files.js';
import type { ProjectFile, ProjectModel } from '../project.js';
import { parseShell, shellParserReady } from '../shell/script.js';
import { baseName } from '../shell/unwrap.js';
import type { SourceFile, Span } from '../source.js';
import type { Carrier, Command } from '../types.js';

export interface CronJob {
  /** The file the entry (or run-parts script) is written in. */
  source: SourceFile;
  /** The entry line, or the whole run-parts script. */
  span: Span;
  commands: Command[];
  /** Scripts the entry runs, each with its own commands. */
  scripts: { source: SourceFile; commands: Command[]; runBy: Command }[];
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh']);
const cache = new WeakMap<ProjectModel, CronJob[]>();

export function cronJobs(model: ProjectModel): CronJob[] {
  let jobs = cache.get(model);
  if (jobs) return jobs;
  jobs = [];
  for (const file of model.files) {
    if (file.environment !== 'production') continue;
    const commands = jobCommands(model, file);
    const byEntry = new Map<string, Command[]>();
    for (const c of commands) {
      const key = `${c.carrier.span.start}:${c.carrier.span.end}`;
      const list = byEntry.get(key) ?? [];
      list.push(c);
      byEntry.set(key, list);
    }
    for (const list of byEntry.values()) {
      const first = list[0]!;
      const job: CronJob = { source: first.carrier.source, span: first.carrier.span, commands: list, scripts: [] };
      for (const c of list) {
        const script = scriptRun(model, c, file.rel);
        if (script) job.scripts.push({ ...script, runBy: c });
      }
      jobs.push(job);
    }
  }
  cache.set(model, jobs);
  return jobs;
}

/** Role-`job` commands of a file: cron files have them in their facts; a shell script that writes a crontab is parsed here. */
function jobCommands(model: ProjectModel, file: ProjectFile): Command[] {
  if (file.kind === 'cron') return (file.facts?.commands ?? []).filter((c) => c.role === 'job');
  if (file.kind !== 'shell') return [];
  if (file.facts) return file.facts.commands.filter((c) => c.role === 'job');
  if (file.text !== undefined && !/crontab|cron\.d/.test(file.text)) return [];
  const source = file.source ?? (file.text !== undefined || model.exists(file.rel) ? sourceOf(model, file.rel) : undefined);
  if (!source || !/crontab|cron\.d/.test(source.text) || !shellParserReady()) return [];
  const sink = newSink();
  try {
    crontabWrites(parseShell(EmbeddedText.verbatim(source.text, 0)), source, sink);
  } catch {
    return [];
  }
  return sink.commands;
}

const parsed = new WeakMap<ProjectModel, Map<string, Command[]>>();

/** The project's shell script a job command runs (`/opt/app/deploy.sh`, `bash deploy.sh`), parsed with role `job`. */
function scriptRun(model: ProjectModel, cmd: Command, fromRel: string): { source: SourceFile; commands: Command[] } | undefined {
  const [first, ...rest] = cmd.argv;
  let word: string | undefined;
  const name = baseName(first?.value);
  if (!name) return undefined;
  if (SHELLS.has(name)) {
    if (rest.some((w) => w.value !== null && /^-[a-z]*c[a-z]*$/.test(w.value))) return undefined;
    word = rest.find((w) => w.value !== null && !w.value.startsWith('-'))?.value ?? undefined;
  } else if (first!.value!.includes('/') || /\.(sh|bash)$/.test(name)) word = first!.value!;
  if (!word) return undefined;
  const target = resolveShellFile(model, word, fromRel);
  if (!target || target.rel === fromRel) return undefined;
  const source = sourceOf(model, target.rel);
  if (!source) return undefined;
  let memo = parsed.get(model);
  if (!memo) parsed.set(model, (memo = new Map()));
  let commands = memo.get(target.rel);
  if (!commands) {
    const sink = newSink();
    const carrier: Carrier = { kind: 'shell', label: 'script', source, span: { start: 0, end: source.text.length }, shellForm: true };
    try {
      if (shellParserReady()) addShellScript(sink, EmbeddedText.verbatim(source.text, 0), 'job', carrier);
    } catch {
      /* unparsable: no commands */
    }
    memo.set(target.rel, (commands = sink.commands));
  }
  return { source, commands };
}

/** By path relative to the job's file, else by basename (preferring the nearest directory). */
function resolveShellFile(model: ProjectModel, word: string, fromRel: string): ProjectFile | undefined {
  const dir = posix.dirname(fromRel);
  if (!word.startsWith('/')) {
    const direct = model.byPath.get(posix.normalize(posix.join(dir, word)));
    if (direct?.kind === 'shell') return direct;
  }
  const base = posix.basename(word);
  const candidates = model.files.filter((f) => f.kind === 'shell' && posix.basename(f.rel) === base && f.environment === 'production');
  if (candidates.length <= 1) return candidates[0];
  // Container and host paths rarely match the repository layout: the longest common suffix wins.
  let best = candidates[0];
  let bestScore = -1;
  for (const c of candidates) {
    const score = commonSuffix(c.rel, word);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

function commonSuffix(a: string, b: string): number {
  const x = a.split('/').reverse();
  const y = b.split('/').reverse();
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}
