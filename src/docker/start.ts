/**
 * What an image runs when it starts, across files: the Dockerfile's own `CMD`/`ENTRYPOINT`, the
 * scripts they run (the project model links them), and the `command:`/`entrypoint:` of compose
 * services that build the Dockerfile, with the scripts those run.
 */
import { addShellScript, newSink } from '../carriers/build.js';
import { EmbeddedText } from '../embedded.js';
import type { ProjectFile, ProjectModel } from '../project.js';
import { shellParserReady } from '../shell/script.js';
import type { Carrier, Command, EnvAssignment } from '../types.js';
import { servicesBuilding, type BuildUse } from './contexts.js';

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
  for (const command of dockerfile.facts?.commands ?? []) {
    if (command.role === 'start') out.push({ command, file: dockerfile, origin: 'dockerfile' });
  }
  const uses = opts.compose === false ? [] : servicesBuilding(model, dockerfile.rel).filter((u) => u.compose.environment === 'production');
  for (const use of uses) {
    for (const command of use.compose.facts?.commands ?? []) {
      if (command.role === 'start' && command.carrier.owner === use.service.name) out.push({ command, file: use.compose, origin: 'compose', use });
    }
  }
  for (const file of model.files) {
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

/**
 * A file's commands. The engine parses a shell script only when an enabled rule looks at shell
 * files; a start script is then parsed here (the parser is loaded: Dockerfiles and compose files,
 * which start scripts, needed it), with the start role and the carriers that run it.
 */
export function commandsOf(model: ProjectModel, file: ProjectFile): Command[] {
  if (file.facts) return file.facts.commands;
  const known = lazy.get(file);
  if (known) return known.commands;
  const vias = model.startedBy.get(file.rel);
  if (file.kind !== 'shell' || !file.source || !vias?.length || !shellParserReady()) return [];
  const sink = newSink();
  const carrier: Carrier = { kind: 'shell', label: 'script', source: file.source, span: { start: 0, end: file.source.text.length }, shellForm: true };
  try {
    addShellScript(sink, EmbeddedText.verbatim(file.source.text, 0), 'start', carrier, vias);
  } catch {
    return [];
  }
  for (const a of sink.env) if (a.role === 'script') a.role = 'start';
  lazy.set(file, { commands: sink.commands, env: sink.env });
  return sink.commands;
}
