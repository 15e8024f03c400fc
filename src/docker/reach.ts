/**
 * Which parts of the build context end up in a stage, and where. Each `COPY`/`ADD` from the
 * context becomes a mapping "context path -> container path"; `FROM <stage>` inherits the base
 * stage's mappings; `COPY --from=<stage> src dest` carries over the mappings of that stage that lie
 * under `src` (or the part of a mapping that `src` picks). `--from=<image>` copies from an image,
 * not the context, and brings nothing of it. `.dockerignore` and `COPY --exclude` decide whether a
 * covered path is actually sent.
 *
 * Answers lean towards "present" whenever something is not static (variables, globs, unknown
 * working directories): a rule built on them must not claim a path is missing when it may not be.
 */
import { posix } from 'node:path';
import type { DfStage, DockerfileTree } from '../parse/dockerfile.js';
import { isGlob, isRemoteSource, parseCopy, type CopySpec } from './copy.js';
import { cleanPath, matchIgnore, parseDockerignore, type IgnorePattern } from './dockerignore.js';
import { baseStage, envAt, expandStatic, isUnderOrEqual, joinPath, resolveContainerPath, stageChain, stageNamed, workdirAt } from './stages.js';

export interface Mapping {
  /** Context-relative source, cleaned (`.` is the whole context); may be a glob. */
  ctx: string;
  /**
   * Container path: the directory that receives a directory's contents, or a file's path.
   * Null when it depends on a variable.
   */
  dest: string | null;
  /** The source is a directory (true), a file (false) or unknown. */
  dir: boolean | undefined;
  /** The instruction of the queried stage's chain that put it there (for `--from`: the `COPY --from`). */
  copy: CopySpec;
  /** `COPY --exclude` patterns that apply to it. */
  excludes: IgnorePattern[];
}

export interface ReachOptions {
  /** Whether a context-relative path is a directory (from the disk); undefined when unknown. */
  isDir?: (ctxPath: string) => boolean | undefined;
  /** The context's ignore patterns. */
  ignore?: readonly IgnorePattern[];
}

/** Every context mapping of a stage, inherited ones included. */
export function stageMappings(tree: DockerfileTree, stage: DfStage, opts: ReachOptions = {}, memo = new Map<number, Mapping[]>(), depth = 0): Mapping[] {
  const known = memo.get(stage.index);
  if (known) return known;
  const out: Mapping[] = [];
  memo.set(stage.index, out);
  if (depth > 64) return out;
  const base = baseStage(tree, stage);
  if (base) out.push(...stageMappings(tree, base, opts, memo, depth + 1));
  for (const ins of stage.instructions) {
    const spec = parseCopy(ins);
    if (!spec?.dest || !spec.sources.length) continue;
    const workdir = workdirAt(tree, stage, ins);
    const env = envAt(tree, stage, ins);
    const destRaw = expandStatic(spec.dest.value, env);
    const destPath = resolveContainerPath(destRaw, workdir);
    const destIsDir = /\/$/.test(destRaw) || destRaw === '.' || spec.sources.length > 1 || spec.parents;
    const excludes = spec.excludes.flatMap((e) => parseDockerignore(e));
    if (!spec.from) {
      for (const s of spec.sources) {
        if (isRemoteSource(s.value)) continue;
        const ctx = contextPath(s.value);
        if (ctx === undefined) continue;
        const dir = ctx === '.' || s.value.endsWith('/') || isGlob(ctx) ? true : opts.isDir?.(ctx) ?? guessDir(ctx);
        let dest = destPath;
        if (dest !== null && spec.parents && ctx !== '.') dest = joinPath(dest, isGlob(ctx) ? '' : dir ? ctx : posix.dirname(ctx));
        if (dest !== null && dir === false && destIsDir && !spec.parents) dest = joinPath(dest, posix.basename(ctx));
        else if (dest !== null && dir === false && spec.parents) dest = joinPath(dest, posix.basename(ctx));
        out.push({ ctx, dest, dir, copy: spec, excludes });
      }
      continue;
    }
    const from = stageNamed(tree, spec.from, stage.index);
    if (!from) continue;
    const fromMappings = stageMappings(tree, from, opts, memo, depth + 1);
    for (const s of spec.sources) {
      const value = expandStatic(s.value, env);
      const src = value.includes('$') || isGlob(value) ? null : resolveContainerPath(value, '/');
      for (const m of fromMappings) {
        if (src === null || m.dest === null || destPath === null) {
          out.push({ ctx: m.ctx, dest: null, dir: m.dir, copy: spec, excludes: [...m.excludes, ...excludes] });
          continue;
        }
        const inside = isUnderOrEqual(m.dest, src);
        if (inside === undefined) {
          out.push({ ctx: m.ctx, dest: null, dir: m.dir, copy: spec, excludes: [...m.excludes, ...excludes] });
        } else if (inside) {
          const rel = m.dest === src ? '' : m.dest.slice(src.length + 1);
          const fileCopy = m.dest === src && m.dir === false;
          const dest = fileCopy ? (destIsDir ? joinPath(destPath, posix.basename(src)) : destPath) : joinPath(destPath, rel);
          out.push({ ctx: m.ctx, dest, dir: m.dir, copy: spec, excludes: [...m.excludes, ...excludes] });
        } else if (m.dir !== false && isUnderOrEqual(src, m.dest)) {
          const rel = src.slice(m.dest.length + 1);
          const ctx = m.ctx === '.' ? cleanPath(rel) : cleanPath(`${m.ctx}/${rel}`);
          out.push({ ctx, dest: destPath, dir: undefined, copy: spec, excludes: [...m.excludes, ...excludes] });
        }
      }
    }
  }
  return out;
}

/** A COPY source as a context path: cleaned, a leading `/` or `./` dropped; undefined outside the context. */
function contextPath(value: string): string | undefined {
  const v = cleanPath(value.replace(/^\/+/, ''));
  if (v.startsWith('..')) return undefined;
  return v;
}

/** Without the disk: a name with an extension is taken for a file. */
function guessDir(ctx: string): boolean | undefined {
  const base = posix.basename(ctx);
  if (/\.[A-Za-z0-9]{1,8}$/.test(base) && !base.startsWith('.')) return false;
  return undefined;
}

export type Presence = 'present' | 'excluded' | 'elsewhere' | 'absent';

export interface PresenceResult {
  presence: Presence;
  mapping?: Mapping;
  /** The ignore or `--exclude` pattern that keeps it out. */
  by?: IgnorePattern;
}

/**
 * Does the context path `path` (a directory or file; `files` lists known files below it) reach
 * `stage`? `elsewhere`: another stage of the file has it but the queried stage does not.
 */
export function contextPathPresence(tree: DockerfileTree, stage: DfStage, path: string, files: readonly string[], opts: ReachOptions = {}): PresenceResult {
  const target = cleanPath(path);
  const inStage = presenceIn(stageMappings(tree, stage, opts), target, files, opts);
  if (inStage.presence !== 'absent') return inStage;
  const chain = new Set(stageChain(tree, stage).map((s) => s.index));
  for (const other of tree.stages) {
    if (chain.has(other.index)) continue;
    const r = presenceIn(stageMappings(tree, other, opts), target, files, opts);
    if (r.presence === 'present') return { presence: 'elsewhere' };
  }
  return inStage;
}

function presenceIn(mappings: Mapping[], target: string, files: readonly string[], opts: ReachOptions): PresenceResult {
  let excluded: PresenceResult | undefined;
  for (const m of mappings) {
    const covers = coverage(m.ctx, target);
    if (!covers) continue;
    // The paths that would be sent: the target's known files (or the target itself), limited to
    // what a partial copy picks.
    const candidates = covers === 'part' ? [m.ctx] : files.length ? [...files] : [target];
    let by: IgnorePattern | undefined;
    const sent = candidates.some((c) => {
      const ig = opts.ignore ? matchIgnore(opts.ignore, c) : { excluded: false };
      if (ig.excluded) {
        by = ig.by;
        return false;
      }
      const rel = m.ctx === '.' || covers === 'part' || isGlob(m.ctx) ? c : c.slice(m.ctx.length + 1) || posix.basename(c);
      const ex = m.excludes.length ? matchIgnore(m.excludes, rel) : { excluded: false };
      if (ex.excluded) {
        by = ex.by;
        return false;
      }
      return true;
    });
    if (sent) return { presence: 'present', mapping: m };
    excluded ??= { presence: 'excluded', mapping: m, ...(by ? { by } : {}) };
  }
  return excluded ?? { presence: 'absent' };
}

/** How a copy source covers a context path: all of it, part of it, or not at all. */
function coverage(source: string, target: string): 'all' | 'part' | undefined {
  if (source === '.' || source === target || target.startsWith(source + '/')) return 'all';
  if (source.startsWith(target + '/')) return 'part';
  if (source.includes('$')) return 'all';
  if (isGlob(source)) {
    const [re] = parseDockerignore(source);
    if (!re) return 'all';
    if (re.matcher.testPathOrParent(target)) return 'all';
    // `migrations/*.sql` picks files below the target.
    const stat = source.slice(0, source.search(/[*?[]/));
    if (stat.startsWith(target + '/')) return 'part';
  }
  return undefined;
}

export type Provided = 'yes' | 'no' | 'excluded' | 'unknown';

export interface ProvidedResult {
  provided: Provided;
  mapping?: Mapping;
  by?: IgnorePattern;
}

/**
 * Whether some copy puts something at container path `path` (absolute, or relative to an unknown
 * working directory) in the stage. A `RUN` that names the path's last component may create it,
 * which makes the answer `unknown`.
 */
export function containerPathProvided(tree: DockerfileTree, stage: DfStage, path: string, opts: ReachOptions = {}): ProvidedResult {
  let excluded: ProvidedResult | undefined;
  let unknown = false;
  for (const m of stageMappings(tree, stage, opts)) {
    if (m.dest === null) {
      unknown = true;
      continue;
    }
    const inside = isUnderOrEqual(path, m.dest);
    const around = isUnderOrEqual(m.dest, path);
    if (inside === undefined || around === undefined) {
      unknown = true;
      continue;
    }
    let ctxPath: string | undefined;
    if (around) ctxPath = m.ctx;
    else if (inside && m.dir !== false) {
      const rel = path.slice(m.dest === '/' ? 1 : m.dest.length + 1);
      ctxPath = m.ctx === '.' ? cleanPath(rel) : isGlob(m.ctx) ? undefined : cleanPath(`${m.ctx}/${rel}`);
      if (ctxPath === undefined) return { provided: 'unknown', mapping: m };
    } else if (m.dir !== true && joinPath(m.dest, posix.basename(m.ctx)) === path) ctxPath = m.ctx;
    if (ctxPath === undefined) continue;
    const ig = opts.ignore ? matchIgnore(opts.ignore, ctxPath) : { excluded: false };
    if (ig.excluded) {
      excluded ??= { provided: 'excluded', mapping: m, ...(ig.by ? { by: ig.by } : {}) };
      continue;
    }
    return { provided: 'yes', mapping: m };
  }
  if (unknown) return { provided: 'unknown' };
  const name = posix.basename(path);
  for (const s of stageChain(tree, stage)) {
    for (const ins of s.instructions) {
      if (ins.keyword === 'RUN' && name && ins.args.text.includes(name)) return { provided: 'unknown' };
      if (ins.keyword === 'ADD' && parseCopy(ins)?.sources.some((x) => isRemoteSource(x.value))) return { provided: 'unknown' };
    }
  }
  return excluded ?? { provided: 'no' };
}

/**
 * The context path a container path comes from, when a copy puts exactly it (or a directory above
 * it) there: `/bin/entrypoint.sh` <- `script/docker-entrypoint.sh`. Undefined when unknown.
 */
export function contextSourceOf(tree: DockerfileTree, stage: DfStage, path: string, opts: ReachOptions = {}): string | undefined {
  const maps = stageMappings(tree, stage, opts);
  for (let i = maps.length - 1; i >= 0; i--) {
    const m = maps[i]!;
    if (m.dest === null || isGlob(m.ctx) || m.ctx.includes('$')) continue;
    if (m.dir !== true && m.dest === path) return m.ctx;
    if (m.dir !== false && isUnderOrEqual(path, m.dest) === true && path !== m.dest) {
      const rel = path.slice(m.dest === '/' ? 1 : m.dest.length + 1);
      return m.ctx === '.' ? cleanPath(rel) : cleanPath(`${m.ctx}/${rel}`);
    }
  }
  return undefined;
}
