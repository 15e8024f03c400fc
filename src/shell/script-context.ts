/**
 * What a shell script is for, from outside the script: which carriers start it (a Dockerfile
 * `ENTRYPOINT`, a compose `command`, `ExecStart=`), whether its name marks it as a start script
 * (`docker-entrypoint.sh`, `start.sh`, `run_api.sh`) or a health check (`healthcheck.sh`,
 * `monitor_django.sh`), and the commands of one script grouped together so rules can ask what
 * comes after a command.
 */
import { posix } from 'node:path';
import { addParsedScript, newSink } from '../carriers/build.js';
import type { ProjectModel } from '../project.js';
import type { Carrier, Command, Document, Kind, Via } from '../types.js';
import type { ShellScript } from './script.js';
import { groupSignallingInit } from './programs.js';
import { programName } from './query.js';
import { baseName } from './unwrap.js';

export interface StartScriptContext {
  /** Start carriers in other files that run this script. */
  vias: Via[];
  /** The kinds of the files those carriers are in. */
  viaKinds: Set<Kind>;
  /** What the file name says: `entrypoint` (`*entrypoint*`), `start` (`start*`, `run*`), or nothing. */
  named?: 'entrypoint' | 'start';
}

/**
 * `start.sh`, `start-worker.sh`, `run_api.sh`, `startup.sh`, but not `run_tests.sh`,
 * `start-lint.sh` or `run-migrations.sh`, nor an extensionless `run` (a task runner as often as
 * a runit service script).
 */
const START_NAME = /^(start|run)([-_.][^/]*)?\.(sh|bash)$|^(start|run)[a-z]*\.(sh|bash)$/i;
const TASK_WORD = /test|lint|check|bench|build|migrat|install|setup|format|fmt|coverage|docs?\b|deploy|release|backup|restore|seed|clean|stop|ci\b|cron|job|task|script|once|local|debug|dev\b|e2e|spec|example|demo/i;

export function startScriptContext(project: ProjectModel, path: string): StartScriptContext {
  const vias = project.startedBy.get(path) ?? [];
  const viaKinds = new Set<Kind>();
  for (const v of vias) {
    const kind = project.byPath.get(v.path)?.kind;
    if (kind) viaKinds.add(kind);
  }
  const base = posix.basename(path);
  let named: StartScriptContext['named'];
  if (/entrypoint/i.test(base)) named = 'entrypoint';
  else if (START_NAME.test(base) && !TASK_WORD.test(base.replace(/^(start|run)/i, ''))) named = 'start';
  return { vias, viaKinds, ...(named ? { named } : {}) };
}

/**
 * The carrier ends by running the script, so the script's last program is the service: not
 * `CMD sh init.sh && exec gunicorn app`, where the script only prepares.
 */
export function viaRunsLast(project: ProjectModel, via: Via): boolean {
  const cmds = fileCommands(project, via.path);
  const own = cmds.find((c) => c.span.start === via.span.start && c.span.end === via.span.end);
  if (!own) return true;
  const key = scriptKey(own);
  return !cmds.some((c) => c.index > own.index && scriptKey(c) === key && c.nesting <= own.nesting && runsInline(c) && !c.background);
}

/** A start carrier runs it, or its name says it starts something. */
export function isStartScript(ctx: StartScriptContext): boolean {
  return ctx.vias.length > 0 || ctx.named !== undefined;
}

const startScripts = new WeakMap<ProjectModel, Map<string, boolean>>();

/** `isStartScript` of the script at `path`, remembered per run (rules ask once per command). */
export function isStartScriptPath(project: ProjectModel, path: string): boolean {
  let known = startScripts.get(project);
  if (!known) startScripts.set(project, (known = new Map()));
  let yes = known.get(path);
  if (yes === undefined) known.set(path, (yes = isStartScript(startScriptContext(project, path))));
  return yes;
}

/**
 * A script that checks whether a service is healthy: named `health*`, `monitor*`, `*check*` or
 * `*watchdog*`, or
 * run by a Dockerfile `HEALTHCHECK`/compose `healthcheck.test` (matched by file name).
 */
export function isHealthcheckScript(project: ProjectModel, path: string): boolean {
  const base = posix.basename(path);
  if (/^(health|monitor)|check|watchdog/i.test(base)) return true;
  return runByHealthcheck(project, path);
}

/** A `HEALTHCHECK CMD` or compose `healthcheck.test` runs this script (by file name). */
export function runByHealthcheck(project: ProjectModel, path: string): boolean {
  const base = posix.basename(path);
  for (const { command } of project.commands()) {
    if (command.role !== 'healthcheck') continue;
    if (command.raw.some((w) => baseName(w.value) === base)) return true;
  }
  return false;
}

/** The commands of another file, as its carriers extracted them (deployment files only). */
export function fileCommands(project: ProjectModel, path: string): Command[] {
  return project.byPath.get(path)?.facts?.commands ?? [];
}

const ownCommands = new WeakMap<Document, Command[]>();

/**
 * The commands of the file being linted, in source order, so a rule can ask what runs before or
 * after a command. Deployment files' commands are in the project model; a shell script's are
 * extracted again from its parsed tree (the engine keeps them local to the file's analysis), with
 * the role the engine gives them: `start` when a carrier runs the script, else `script`.
 */
export function documentCommands(doc: Document, project: ProjectModel): Command[] {
  const known = project.byPath.get(doc.source.path)?.facts?.commands;
  if (known) return known;
  if (doc.kind !== 'shell') return [];
  let cached = ownCommands.get(doc);
  if (!cached) {
    const sink = newSink();
    const vias = project.startedBy.get(doc.source.path) ?? [];
    const carrier: Carrier = { kind: 'shell', label: 'script', source: doc.source, span: { start: 0, end: doc.source.text.length }, shellForm: true };
    addParsedScript(sink, doc.tree as ShellScript, vias.length ? 'start' : 'script', carrier, vias);
    ownCommands.set(doc, (cached = sink.commands));
  }
  return cached;
}

/** Key of the script a command belongs to: one shell file, one `CMD`, one compose `command`... */
export function scriptKey(cmd: Command): string {
  return `${cmd.carrier.source.path}\u0000${cmd.carrier.label}\u0000${cmd.carrier.span.start}`;
}

/** Commands grouped by the script they belong to, each group in source order. */
export function groupByScript(commands: readonly Command[]): Command[][] {
  const groups = new Map<string, Command[]>();
  for (const c of commands) {
    const key = scriptKey(c);
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  for (const g of groups.values()) g.sort((a, b) => a.index - b.index);
  return [...groups.values()];
}

/** Runs when the script runs: not the body of a function (maybe never called), not inside `$(...)`. */
export function runsInline(cmd: Command): boolean {
  return !cmd.shell?.inFunction && !cmd.shell?.inSubstitution;
}

/**
 * Every carrier that starts the script runs it under an init that signals the whole process group
 * (`ENTRYPOINT ["dumb-init", "--"]`, `tini -g`), so SIGTERM reaches the app through the shell.
 */
export function startedUnderGroupInit(project: ProjectModel, vias: readonly Via[]): boolean {
  if (vias.length === 0) return false;
  return vias.every((via) => {
    const cmds = fileCommands(project, via.path);
    const own = cmds.find((c) => c.span.start === via.span.start && c.span.end === via.span.end);
    if (!own) return false;
    if (groupSignallingInit(own.raw)) return true;
    // A Dockerfile `CMD` runs as arguments of the final stage's `ENTRYPOINT`; compose likewise per service.
    return cmds.some(
      (c) => c.role === 'start' && c.carrier.label.toLowerCase() === 'entrypoint' && c.carrier.owner === own.carrier.owner && c.nesting === 0 && groupSignallingInit(c.raw),
    );
  });
}

/** A `trap` that kills or waits, or a later `kill`/`pkill`: the script manages its helper process itself. */
export function managedHelper(script: readonly Command[], bg: Command): boolean {
  return script.some((c) => {
    const name = programName(c);
    if (name === 'trap') return c.argv.some((w) => /\b(kill|wait)\b/.test(w.value ?? w.text));
    return c.index > bg.index && (name === 'kill' || name === 'pkill' || name === 'killall');
  });
}
