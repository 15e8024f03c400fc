/**
 * Build contexts: which directory `docker build` sends for each Dockerfile of the project, and
 * which compose services build it. A compose `build:` (a string, or `{context, dockerfile}`,
 * resolved against the compose file's directory; compose-spec "build") says so explicitly.
 * Otherwise the context is inferred: the Dockerfile's directory, unless its `COPY` sources only
 * exist relative to a parent directory (`docker build -f docker/Dockerfile .` in CI), in which
 * case the parent that holds most of them wins. Inferred contexts are marked uncertain.
 */
import { join, posix } from 'node:path';
import type { ComposeDocument, ComposeService } from '../parse/compose.js';
import type { DockerfileDocument } from '../parse/dockerfile.js';
import { getPath, resolve, scalarString } from '../parse/yaml-nodes.js';
import type { ProjectFile, ProjectModel } from '../project.js';
import { diskRead } from '../disk.js';
import { SourceFile, type Span } from '../source.js';
import { nodeSpan } from '../parse/yaml-nodes.js';
import { cleanPath, parseDockerignore, type IgnorePattern } from './dockerignore.js';
import { isGlob, isRemoteSource, parseCopy } from './copy.js';

/** A compose service that builds a Dockerfile. */
export interface BuildUse {
  compose: ProjectFile;
  service: ComposeService;
  /** The `build:` value in the compose file. */
  span: Span;
  /** `build.target`: the stage that is built instead of the last one. */
  target?: string;
}

export interface BuildContext {
  /** Repository-relative Dockerfile path. */
  dockerfile: string;
  /** Repository-relative context directory; `''` is the repository root. */
  dir: string;
  /** Stated by a compose `build:`; false when inferred from the Dockerfile's location. */
  certain: boolean;
  uses: BuildUse[];
}

export interface ServiceBuild {
  dockerfile: string;
  dir: string;
  target?: string;
  span: Span;
}

const cache = new WeakMap<ProjectModel, Map<string, BuildContext[]>>();

/** Every Dockerfile's build contexts (usually one). */
export function buildContexts(model: ProjectModel): Map<string, BuildContext[]> {
  const hit = cache.get(model);
  if (hit) return hit;
  const out = new Map<string, BuildContext[]>();
  for (const file of model.files) {
    if (file.kind !== 'compose' || !file.doc) continue;
    const doc = file.doc as ComposeDocument;
    for (const service of doc.tree.services) {
      const build = serviceBuild(model, file, doc, service);
      if (!build) continue;
      const list = out.get(build.dockerfile) ?? [];
      let ctx = list.find((c) => c.dir === build.dir);
      if (!ctx) list.push((ctx = { dockerfile: build.dockerfile, dir: build.dir, certain: true, uses: [] }));
      const use: BuildUse = { compose: file, service, span: build.span };
      if (build.target) use.target = build.target;
      ctx.uses.push(use);
      out.set(build.dockerfile, list);
    }
  }
  for (const file of model.files) {
    // `Dockerfile.prod.dockerignore` matches the Dockerfile name pattern but is an ignore file.
    if (file.kind !== 'dockerfile' || out.has(file.rel) || file.rel.endsWith('.dockerignore')) continue;
    out.set(file.rel, [{ dockerfile: file.rel, dir: inferContext(model, file), certain: false, uses: [] }]);
  }
  cache.set(model, out);
  return out;
}

export function contextsOf(model: ProjectModel, dockerfile: string): BuildContext[] {
  return buildContexts(model).get(dockerfile) ?? [];
}

/**
 * The Dockerfile a compose service builds, resolved against the compose file's directory.
 * Undefined without `build:`, for remote contexts (git, http), `dockerfile_inline`, paths with
 * variables or paths that leave the repository.
 */
export function serviceBuild(model: ProjectModel, compose: ProjectFile, doc: ComposeDocument, service: ComposeService): ServiceBuild | undefined {
  const { yaml } = doc.tree;
  const build = getPath(yaml, service.node, 'build');
  if (build === undefined || build === null) return undefined;
  let context: string | undefined;
  let dockerfile: string | undefined;
  let target: string | undefined;
  const str = scalarString(build);
  if (str !== undefined) {
    context = str;
  } else {
    if (getPath(yaml, build, 'dockerfile_inline') !== undefined) return undefined;
    context = scalarString(getPath(yaml, build, 'context')) ?? '.';
    dockerfile = scalarString(getPath(yaml, build, 'dockerfile'));
    target = scalarString(getPath(yaml, build, 'target'));
  }
  if (!context || context.includes('$') || isRemoteSource(context) || /^[a-z]+:/i.test(context)) return undefined;
  if (dockerfile?.includes('$') || dockerfile?.startsWith('/')) return undefined;
  const dir = relDir(posix.join(posix.dirname(compose.rel), context));
  if (dir === undefined) return undefined;
  let df: string;
  if (dockerfile) df = posix.normalize(posix.join(dir || '.', dockerfile));
  else {
    df = posix.join(dir || '.', 'Dockerfile');
    const alt = posix.join(dir || '.', 'Containerfile');
    if (!model.exists(df) && model.exists(alt)) df = alt;
  }
  if (df.startsWith('../')) return undefined;
  const out: ServiceBuild = { dockerfile: posix.normalize(df), dir, span: nodeSpan(resolve(yaml, build) as never) ?? service.keySpan };
  if (target && !target.includes('$')) out.target = target;
  return out;
}

/** Normalised repository-relative directory (`''` for the root), or undefined outside the repository. */
function relDir(p: string): string | undefined {
  const n = cleanPath(p);
  if (n === '.') return '';
  if (n.startsWith('..') || n.startsWith('/')) return undefined;
  return n;
}

/**
 * The directory a Dockerfile is most likely built from: its own, unless the static `COPY`/`ADD`
 * sources exist under a parent directory and not under its own.
 */
function inferContext(model: ProjectModel, file: ProjectFile): string {
  const own = relDir(posix.dirname(file.rel)) ?? '';
  const doc = file.doc as DockerfileDocument | undefined;
  if (!doc || own === '') return own;
  const sources: string[] = [];
  for (const ins of doc.tree.instructions) {
    const spec = parseCopy(ins);
    if (!spec || spec.from) continue;
    for (const s of spec.sources) {
      const v = cleanPath(s.value);
      if (v === '.' || v.startsWith('..') || v.startsWith('/') || v.includes('$') || isGlob(v) || isRemoteSource(s.value)) continue;
      sources.push(v);
    }
  }
  if (!sources.length) return own;
  let best = own;
  let bestHits = sources.filter((s) => model.exists(posix.join(own, s))).length;
  for (let dir = own; dir !== ''; ) {
    dir = relDir(posix.dirname(dir)) ?? '';
    const hits = sources.filter((s) => model.exists(dir ? posix.join(dir, s) : s)).length;
    if (hits > bestHits) {
      best = dir;
      bestHits = hits;
    }
  }
  return best;
}

/** The compose services that build this Dockerfile (from every compose file of the project). */
export function servicesBuilding(model: ProjectModel, dockerfile: string): BuildUse[] {
  return contextsOf(model, dockerfile).flatMap((c) => c.uses);
}

/** A repository-relative path inside a context: `join('', 'a')` is `a`. */
export function inContext(dir: string, rel: string): string {
  const r = cleanPath(rel);
  if (r === '.') return dir;
  return dir ? `${dir}/${r}` : r;
}

export interface IgnoreFile {
  /** Repository-relative path of the ignore file. */
  path: string;
  source: SourceFile;
  patterns: IgnorePattern[];
}

/** Ignore files are small; anything larger than this is not read. */
const MAX_IGNORE_BYTES = 256 * 1024;
const ignoreCache = new WeakMap<ProjectModel, Map<string, IgnoreFile | null>>();

/**
 * The ignore file that applies to a build: `<Dockerfile>.dockerignore` next to the Dockerfile
 * takes precedence over `.dockerignore` at the context root (BuildKit; Docker docs, "Filename and
 * location"). Undefined when there is none.
 */
export function ignoreFileFor(model: ProjectModel, ctx: { dockerfile: string; dir: string }): IgnoreFile | undefined {
  return readIgnore(model, `${ctx.dockerfile}.dockerignore`) ?? readIgnore(model, inContext(ctx.dir, '.dockerignore'));
}

function readIgnore(model: ProjectModel, rel: string): IgnoreFile | undefined {
  let perModel = ignoreCache.get(model);
  if (!perModel) ignoreCache.set(model, (perModel = new Map()));
  const known = perModel.get(rel);
  if (known !== undefined) return known ?? undefined;
  let result: IgnoreFile | null = null;
  const listed = model.byPath.get(rel);
  if (listed?.source) {
    result = { path: rel, source: listed.source, patterns: parseDockerignore(listed.source.text) };
  } else if (model.exists(rel)) {
    const abs = join(model.root, rel);
    // Decoded as the engine decodes (UTF-16, byte-order mark); a binary, oversized or
    // non-regular file counts as no ignore file.
    const read = diskRead(abs, MAX_IGNORE_BYTES);
    if ('text' in read) {
      const source = new SourceFile(rel, abs, read.text);
      result = { path: rel, source, patterns: parseDockerignore(source.text) };
    }
  }
  perModel.set(rel, result);
  return result ?? undefined;
}
