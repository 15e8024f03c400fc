/**
 * What a Dockerfile stage inherits: `FROM <earlier stage>` starts from that stage's filesystem and
 * configuration (WORKDIR, USER, ENV, CMD, ENTRYPOINT, HEALTHCHECK), so a question about the final
 * stage often has its answer in a stage above it. Stages can only name earlier stages, so chains
 * are finite; a guard bounds them anyway.
 */
import type { DfInstruction, DfStage, DockerfileTree } from '../parse/dockerfile.js';
import type { Span } from '../source.js';
import { parseImageRef, type ImageRef } from './image-ref.js';

/** A stage named by `FROM x`, `COPY --from=x` or a compose `build.target`: by name or by index. */
export function stageNamed(tree: DockerfileTree, name: string, before = tree.stages.length): DfStage | undefined {
  const low = name.toLowerCase();
  for (let i = Math.min(before, tree.stages.length) - 1; i >= 0; i--) {
    if (tree.stages[i]!.name === low) return tree.stages[i];
  }
  if (/^\d+$/.test(name)) {
    const i = Number(name);
    if (i < before) return tree.stages[i];
  }
  return undefined;
}

/** The stage `stage` is built FROM, when that is an earlier stage of the same file. */
export function baseStage(tree: DockerfileTree, stage: DfStage): DfStage | undefined {
  const base = stageNamed(tree, stage.image, stage.index);
  return base && base.index < stage.index ? base : undefined;
}

/** The stage and the stages it inherits from, nearest first. */
export function stageChain(tree: DockerfileTree, stage: DfStage): DfStage[] {
  const chain = [stage];
  for (let cur = baseStage(tree, stage); cur && chain.length < 64; cur = baseStage(tree, cur)) chain.push(cur);
  return chain;
}

/** The external image at the root of the chain (undefined for `scratch` or an unparsable reference). */
export function rootImage(tree: DockerfileTree, stage: DfStage): ImageRef | undefined {
  const chain = stageChain(tree, stage);
  const root = chain[chain.length - 1]!;
  if (root.image.toLowerCase() === 'scratch') return undefined;
  return parseImageRef(root.image);
}

/** The last instruction with one of `keywords` in the stage or inherited from its chain. */
export function lastInChain(tree: DockerfileTree, stage: DfStage, keywords: readonly string[]): DfInstruction | undefined {
  for (const s of stageChain(tree, stage)) {
    for (let i = s.instructions.length - 1; i >= 0; i--) {
      const ins = s.instructions[i]!;
      if (keywords.includes(ins.keyword)) return ins;
    }
  }
  return undefined;
}

/**
 * The instructions that start the container: the effective ENTRYPOINT and CMD. A stage that sets
 * ENTRYPOINT resets a CMD inherited from its base (Dockerfile reference, "Understand how CMD and
 * ENTRYPOINT interact").
 */
export function startInstructions(tree: DockerfileTree, stage: DfStage): DfInstruction[] {
  let entrypoint: DfInstruction | undefined;
  let cmd: DfInstruction | undefined;
  for (const s of stageChain(tree, stage).reverse()) {
    let cmdSetHere = false;
    for (const ins of s.instructions) {
      if (ins.keyword === 'CMD') {
        cmd = ins;
        cmdSetHere = true;
      } else if (ins.keyword === 'ENTRYPOINT') {
        entrypoint = ins;
        if (!cmdSetHere) cmd = undefined;
      }
    }
  }
  return [entrypoint, cmd].filter((x): x is DfInstruction => x !== undefined);
}

/** Marks a path relative to a WORKDIR that is not known (set by a base image we cannot see). */
export const UNKNOWN_WORKDIR = '\u0000wd';

/**
 * The working directory in effect just before `before` (or at the end of the stage): absolute,
 * `UNKNOWN_WORKDIR` when no WORKDIR is set in the chain and the base image may set one, or null
 * when it depends on a variable.
 */
export function workdirAt(tree: DockerfileTree, stage: DfStage, before?: DfInstruction): string | null {
  const chain = stageChain(tree, stage).reverse();
  let dir: string | null = null;
  let known = false;
  const root = chain[0]!;
  if (root.image.toLowerCase() === 'scratch') {
    dir = '/';
    known = true;
  }
  const env = new Map<string, string>();
  for (const s of chain) {
    for (const ins of s.instructions) {
      if (before && ins === before) return known ? dir : UNKNOWN_WORKDIR;
      if (ins.keyword === 'ENV' || ins.keyword === 'ARG') readEnv(ins, env);
      if (ins.keyword !== 'WORKDIR') continue;
      const value = expandStatic(stripQuotes(ins.args.text.trim()), env);
      if (value.includes('$')) {
        dir = null;
        known = true;
        continue;
      }
      if (value.startsWith('/')) dir = normalizeAbs(value);
      else if (dir === null && known) dir = null;
      else dir = joinPath(known ? dir! : UNKNOWN_WORKDIR, value);
      known = true;
    }
  }
  return known ? dir : UNKNOWN_WORKDIR;
}

/** Resolve a container path written in a stage against a working directory (null: unknown). */
export function resolveContainerPath(path: string, workdir: string | null): string | null {
  const p = stripQuotes(path);
  if (p.includes('$')) return null;
  if (p.startsWith('/')) return normalizeAbs(p);
  if (workdir === null) return null;
  return joinPath(workdir, p);
}

/** Join and normalise (`.`/`..`, duplicate slashes; a trailing slash is dropped). */
export function joinPath(base: string, rel: string): string {
  const baseParts = base.split('/').filter(Boolean);
  for (const part of rel.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (baseParts.length > 1 || (baseParts.length === 1 && baseParts[0] !== UNKNOWN_WORKDIR)) baseParts.pop();
      continue;
    }
    baseParts.push(part);
  }
  if (base.startsWith(UNKNOWN_WORKDIR)) return baseParts.join('/') || UNKNOWN_WORKDIR;
  return '/' + baseParts.join('/');
}

function normalizeAbs(p: string): string {
  return joinPath('/', p);
}

/** Whether container path `a` is `b` or below it; undefined when one side has an unknown base. */
export function isUnderOrEqual(a: string, b: string): boolean | undefined {
  const ua = a.startsWith(UNKNOWN_WORKDIR);
  const ub = b.startsWith(UNKNOWN_WORKDIR);
  if (ua !== ub) return undefined;
  if (a === b || b === '/') return true;
  return a.startsWith(b + '/');
}

export function stripQuotes(s: string): string {
  return s.length >= 2 && (s[0] === '"' || s[0] === "'") && s[s.length - 1] === s[0] ? s.slice(1, -1) : s;
}

/** `FROM image` of a stage, from the keyword to the end of the image reference: the anchor for "missing" findings. */
export function fromSpan(stage: DfStage): Span {
  return { start: stage.from.keywordSpan.start, end: Math.max(stage.from.keywordSpan.end, stage.imageSpan.end) };
}

/**
 * Static values of `ENV` (and `ARG` defaults) in effect before `before` (or at the end of the
 * stage), following the chain: enough to read `COPY app/ $APP_HOME/` and `WORKDIR $APP_HOME`.
 */
export function envAt(tree: DockerfileTree, stage: DfStage, before?: DfInstruction): Map<string, string> {
  const env = new Map<string, string>();
  for (const s of stageChain(tree, stage).reverse()) {
    for (const ins of s.instructions) {
      if (before && ins === before) return env;
      if (ins.keyword === 'ENV' || ins.keyword === 'ARG') readEnv(ins, env);
    }
  }
  return env;
}

/** `ENV A=1 B="two words"`, legacy `ENV NAME value`, `ARG NAME=default`; values with variables are expanded when known. */
function readEnv(ins: DfInstruction, env: Map<string, string>): void {
  const text = ins.args.text.trim();
  const tokens = text.match(/(?:[^\s"']+|"(?:[^"\\]|\\.)*"|'[^']*')+/g) ?? [];
  if (ins.keyword === 'ENV' && tokens[0] && !tokens[0].includes('=')) {
    const value = text.slice(tokens[0].length).trim();
    setVar(env, tokens[0], value);
    return;
  }
  for (const t of tokens) {
    const eq = t.indexOf('=');
    if (eq <= 0) {
      // `ARG NAME` without a default: its value is not known here.
      if (ins.keyword === 'ARG') env.delete(t);
      continue;
    }
    setVar(env, t.slice(0, eq), t.slice(eq + 1));
  }
}

function setVar(env: Map<string, string>, name: string, raw: string): void {
  const value = expandStatic(stripQuotes(raw), env);
  if (value.includes('$')) env.delete(name);
  else env.set(name, value);
}

/** Replace `$NAME`, `${NAME}` and `${NAME:-default}` with known values; unknown ones stay as written. */
export function expandStatic(text: string, env: ReadonlyMap<string, string>): string {
  if (!text.includes('$')) return text;
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced: string | undefined, dflt: string | undefined, bare: string | undefined) => {
    const name = braced ?? bare!;
    const v = env.get(name);
    if (v !== undefined && v !== '') return v;
    if (dflt !== undefined && !dflt.includes('$')) return dflt;
    return whole;
  });
}
