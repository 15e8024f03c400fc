/**
 * Services that run on the host itself (where a cron job's `git pull` lands), with the directory
 * they run in and whether a file watcher runs them: systemd `ExecStart=` (the unit's
 * `WorkingDirectory=`) and the scripts units start, cron `@reboot` entries, and production shell
 * scripts that start a watcher (a `start_all_services.sh` run by hand). Containers are left out:
 * a host `git pull` reaches them only through a bind mount, which DC008 judges.
 */
import { EmbeddedText } from '../embedded.js';
import { addShellScript, newSink } from '../carriers/build.js';
import { cronJobs } from '../cron/jobs.js';
import { normalize, workingDirs } from '../cron/code-updates.js';
import { commandsOf } from '../docker/start.js';
import { sourceOf } from '../docker/project-files.js';
import type { ProjectModel } from '../project.js';
import { detectDevServer, type DevServerHit } from '../shell/dev-server.js';
import { shellParserReady } from '../shell/script.js';
import type { SourceFile } from '../source.js';
import type { Carrier, Command } from '../types.js';

export interface HostService {
  command: Command;
  source: SourceFile;
  /** The directory it runs in, when a carrier says. */
  dir?: string;
  watcher: DevServerHit;
}

/** Words in a shell script's text that may start a watcher (prefilter before parsing). */
const WATCH_WORDS = /reload|nodemon|watch|runserver|ts-node-dev|tsnd/;

export function watchedHostServices(model: ProjectModel): HostService[] {
  const out: HostService[] = [];
  const add = (commands: readonly Command[], source: SourceFile, start?: string) => {
    const dirs = workingDirs(commands, start);
    commands.forEach((c, i) => {
      const hit = watcherOf(c);
      const dir = dirs[i];
      if (hit) out.push({ command: c, source, watcher: hit, ...(dir ? { dir } : {}) });
    });
  };
  const seen = new Set<string>();
  for (const file of model.files) {
    if (file.environment !== 'production' || !file.source) continue;
    if (file.kind === 'systemd') {
      const dir = /^[ \t]*WorkingDirectory=-?(\/[^\s]*)/m.exec(file.source.text)?.[1];
      const starts = (file.facts?.commands ?? []).filter((c) => c.role === 'start');
      add(starts, file.source, dir ? normalize(dir) : undefined);
      for (const [rel, vias] of model.startedBy) {
        if (!vias.some((v) => v.path === file.rel)) continue;
        const script = model.byPath.get(rel);
        const src = script && sourceOf(model, rel);
        if (!script || !src || script.environment !== 'production') continue;
        seen.add(rel);
        add(commandsOf(model, script), src, dir ? normalize(dir) : undefined);
      }
    }
  }
  for (const job of cronJobs(model)) {
    if (job.commands[0]?.carrier.owner === '@reboot') add(job.commands, job.source);
  }
  for (const file of model.files) {
    if (file.kind !== 'shell' || file.environment !== 'production' || seen.has(file.rel)) continue;
    const source = file.source ?? sourceOf(model, file.rel);
    if (!source || !WATCH_WORDS.test(source.text) || !shellParserReady()) continue;
    const sink = newSink();
    const carrier: Carrier = { kind: 'shell', label: 'script', source, span: { start: 0, end: source.text.length }, shellForm: true };
    try {
      addShellScript(sink, EmbeddedText.verbatim(source.text, 0), 'script', carrier);
    } catch {
      continue;
    }
    add(sink.commands, source);
  }
  return out;
}

/** A file watcher, a `--reload`, or Django's `runserver` (its autoreloader is on unless `--noreload`). */
function watcherOf(c: Command): DevServerHit | undefined {
  const hit = detectDevServer(c);
  if (!hit) return undefined;
  if (hit.messageId !== 'devServer') return hit;
  const text = String(hit.data.command ?? '');
  if (/runserver$/.test(text) && !c.argv.some((w) => w.value === '--noreload')) return hit;
  return undefined;
}
