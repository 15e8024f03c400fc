/**
 * What an image runs when it starts, across files: the Dockerfile's own `CMD`/`ENTRYPOINT`, the
 * scripts they run (the project model links them), and the `command:`/`entrypoint:` of compose
 * services that build the Dockerfile, with the scripts those run.
 */
import { addShellScript, newSink } from '../carriers/build.js';
import { EmbeddedText } from '../embedded.js';
import type { ProjectFile, ProjectModel } from '../project.js';
import { shellParserReady } from '../shell/script.js';
import type { DockerfileDocument } from '../parse/dockerfile.js';
import type { Carrier, Command, EnvAssignment, Via } from '../types.js';
import { contextsOf, inContext, servicesBuilding, type BuildUse } from './contexts.js';
import { contextSourceOf } from './reach.js';
import { envAt, expandStatic, resolveContainerPath, workdirAt } from './stages.js';
import { sourceOf } from './project-files.js';

export interface StartCommand {
  command: Command;
  /** The file the command is written in. */
  file: ProjectFile;
  origin: 'dockerfile' | 'script' | 'compose';
  /** For compose commands and the scripts they run: the service. */
  use?: BuildUse;
}

export function imageStartCommands(model: ProjectModel, dockerfile: ProjectFile, opts: { compose?: boolean } = {}): StartCommand[] {
  const out: StartCommand[] = [];
  const linked = new Set<string>();
  for (const command of dockerfile.facts?.commands ?? []) {
    if (command.role !== 'start') continue;
    out.push({ command, file: dockerfile, origin: 'dockerfile' });
    // A script copied under another name (`COPY script/docker-entrypoint.sh /bin/entrypoint.sh`)
    // is found through the copy, not by its name.
    const script = copiedScript(model, dockerfile, command);
    if (script && !linked.has(script.rel) && !(model.startedBy.get(script.rel) ?? []).some((v) => v.path === dockerfile.rel)) {
      linked.add(script.rel);
      const via: Via = { path: dockerfile.rel, span: command.span, start: dockerfile.source!.positionAt(command.span.start), end: dockerfile.source!.positionAt(command.span.end), label: command.carrier.label };
      for (const c of parseScript(model, script, [via])) out.push({ command: c, file: script, origin: 'script' });
    }
  }
  const uses = opts.compose === false ? [] : servicesBuilding(model, dockerfile.rel).filter((u) => u.compose.environment === 'production');
  for (const use of uses) {
    for (const command of use.compose.facts?.commands ?? []) {
      if (command.role === 'start' && command.carrier.owner === use.service.name) out.push({ command, file: use.compose, origin: 'compose', use });
    }
  }
  for (const file of commandFiles(model)) {
    if (file === dockerfile || file.kind === 'compose' || file.kind === 'dockerfile') continue;
    for (const command of commandsOf(model, file)) {
      if (command.role !== 'start') continue;
      if (command.via.some((v) => v.path === dockerfile.rel)) {
        out.push({ command, file, origin: 'script' });
        continue;
      }
      const use = uses.find((u) => command.via.some((v) => v.path === u.compose.rel && v.span.start >= u.service.span.start && v.span.end <= u.service.span.end));
      if (use) out.push({ command, file, origin: 'script', use });
    }
  }
  return out;
}

/** Environment assignments of the files the start commands come from (scripts' exports, compose `environment:` of the using services). */
export function startEnvironment(starts: readonly StartCommand[]): EnvAssignment[] {
  const out: EnvAssignment[] = [];
  const seen = new Set<ProjectFile>();
  for (const s of starts) {
    out.push(...s.command.assigns);
    if (s.origin === 'script' && !seen.has(s.file)) {
      seen.add(s.file);
      out.push(...(s.file.facts?.env ?? lazy.get(s.file)?.env ?? []));
    }
  }
  return out;
}

/** `environment:` entries of the compose services that build a Dockerfile. */
export function composeEnvironment(model: ProjectModel, dockerfile: string): EnvAssignment[] {
  const out: EnvAssignment[] = [];
  for (const use of servicesBuilding(model, dockerfile)) {
    for (const a of use.compose.facts?.env ?? []) {
      if (a.carrier.owner === use.service.name && a.carrier.label === 'environment') out.push(a);
    }
  }
  return out;
}

const lazy = new WeakMap<ProjectFile, { commands: Command[]; env: EnvAssignment[] }>();
const withCommands = new WeakMap<ProjectModel, ProjectFile[]>();

/**
 * The files `commandsOf` can answer for: deployment files and the scripts they start. Every
 * Dockerfile asks, so scanning all of a 20,000-file model each time was quadratic.
 */
function commandFiles(model: ProjectModel): ProjectFile[] {
  let files = withCommands.get(model);
  if (!files) {
    files = model.files.filter((f) => f.facts || (f.kind === 'shell' && (model.startedBy.get(f.rel)?.length ?? 0) > 0));
    withCommands.set(model, files);
  }
  return files;
}

/**
 * A file's commands. The project model holds facts of deployment files only (Dockerfiles, compose
 * files, units…); a start script they run is parsed here (the shell parser is loaded: those files
 * needed it), with the start role and the carriers that run it.
 */
export function commandsOf(model: ProjectModel, file: ProjectFile): Command[] {
  if (file.facts) return file.facts.commands;
  const known = lazy.get(file);
  if (known) return known.commands;
  const vias = model.startedBy.get(file.rel);
  if (file.kind !== 'shell' || !vias?.length) return [];
  return parseScript(model, file, vias);
}

/** Parse a start script read from the disk (the model keeps sources of deployment files only). */
function parseScript(model: ProjectModel, file: ProjectFile, vias: Via[]): Command[] {
  const known = lazy.get(file);
  if (known) return known.commands;
  if (!shellParserReady()) return [];
  const source = sourceOf(model, file.rel);
  if (!source) return [];
  const sink = newSink();
  const carrier: Carrier = { kind: 'shell', label: 'script', source, span: { start: 0, end: source.text.length }, shellForm: true };
  try {
    addShellScript(sink, EmbeddedText.verbatim(source.text, 0), 'start', carrier, vias);
  } catch {
    return [];
  }
  for (const a of sink.env) if (a.role === 'script') a.role = 'start';
  lazy.set(file, { commands: sink.commands, env: sink.env });
  return sink.commands;
}

/** The project's shell script a Dockerfile start command runs through a copy into the image. */
function copiedScript(model: ProjectModel, dockerfile: ProjectFile, command: Command): ProjectFile | undefined {
  const tree = (dockerfile.doc as DockerfileDocument | undefined)?.tree;
  const stage = tree?.finalStage;
  if (!tree || !stage) return undefined;
  // In exec form a variable is not expanded, but `sh -c "$APP_HOME/run.sh"` and shell form are.
  const head = command.argv[0];
  const word = head ? (head.value ?? expandStatic(head.text.replace(/^"|"$/g, ''), envAt(tree, stage))) : undefined;
  if (!word || !word.includes('/') || word.includes('$')) return undefined;
  const path = resolveContainerPath(word, workdirAt(tree, stage));
  if (!path) return undefined;
  for (const context of contextsOf(model, dockerfile.rel)) {
    const ctxPath = contextSourceOf(tree, stage, path);
    if (!ctxPath) continue;
    const file = model.byPath.get(inContext(context.dir, ctxPath));
    if (file?.kind === 'shell') return file;
  }
  return undefined;
}
