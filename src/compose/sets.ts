/**
 * Compose file sets: the files compose combines into one application, and each service as that
 * combination runs it. prodlint lints files one by one, but `docker compose up` reads several: a
 * fragment that only adds `ports:` to a service whose base sets `restart:` is not a service
 * without a restart policy. The forms followed:
 *
 * - the default set of a directory: `compose.yaml` (or `compose.yml`, `docker-compose.yml`,
 *   `docker-compose.yaml`, in compose's lookup order) and its override file
 *   (`compose.override.yaml`, `docker-compose.override.yml`…), which `docker compose up` loads
 *   with it (docs.docker.com "Merge Compose files");
 * - `COMPOSE_FILE` in the `.env` next to a compose file (split on `COMPOSE_PATH_SEPARATOR`,
 *   default `:`), which replaces that default list;
 * - fragments: `compose.*.yaml` / `docker-compose.*.yml` (or `compose-*`) in the base's
 *   directory, and YAML files under `overrides/` next to it, whose services all exist in the base,
 *   or which add services of their own but only modify the base's (what they share has no
 *   `image:` or `build:`): `docker compose -f compose.yaml -f overrides/compose.https.yaml`. Each
 *   is an alternative used with the base on its own (`compose.mariadb.yaml` or
 *   `compose.postgres.yaml`), so a base service counts what any of them adds, and a service a
 *   fragment introduces is judged in that fragment alone;
 * - `include:` (docs.docker.com/reference/compose-file/include): each included file is its own
 *   application whose services the including set can depend on; a `path:` list is a set merged
 *   in order;
 * - `extends:` (same file, or `file:` + `service:`), resolved before the merge.
 *
 * Files classified as development never take part in a production judgment: an override file
 * that adds `restart:` or a `healthcheck:` on developer machines does not silence a finding on
 * the base, since production runs without it (and a `service_healthy` whose health check lives
 * only there is exactly DC004's incident). Development files are judged alone, as before.
 *
 * Each service is judged once, in the first production file of its set that defines it (the base,
 * or the file that introduces it); later files that define it again only contribute to the merge.
 * A service that has neither `image:` nor `build:` even merged cannot run as it stands: it is a
 * fragment of a set not recognised here (`ci/basic/compose.yaml` used with `-f`), and is not
 * judged at all.
 * Missing files, unreadable or unparsable ones and cycles (`include` or `extends` loops) leave a
 * service partly unknown, never an error. Computed once per project model (like build contexts).
 */
import { join, posix } from 'node:path';
import type { Document as YamlDocument } from 'yaml';
import { isMap, isScalar, isSeq } from '../parse/yaml-guards.js';
import { diskRead } from '../disk.js';
import { parseCompose, type ComposeDocument, type ComposeService } from '../parse/compose.js';
import { getPath, resolve, scalarString } from '../parse/yaml-nodes.js';
import type { ProjectModel } from '../project.js';
import { SourceFile, type Span } from '../source.js';
import type { Environment } from '../types.js';
import { composeFileList, parseDotenv } from './dotenv.js';
import { mergeLayers, type Layer } from './merged.js';
import { appendTo } from '../multimap.js';

export type SetForm = 'single' | 'default' | 'COMPOSE_FILE' | 'include';

export interface ComposeSet {
  form: SetForm;
  /** Repository-relative files, in merge order. */
  files: string[];
  /**
   * Fragments of the first file, each used with it on its own (`-f compose.yaml -f
   * overrides/compose.https.yaml`, or `-f … -f overrides/compose.traefik.yaml`): alternatives, not
   * a sequence. A service of the base counts what any of them adds; a service a fragment
   * introduces is judged in that fragment alone.
   */
  alternatives: string[];
}

/** A service as its set runs it. */
export interface JudgedService {
  name: string;
  /** The file that defines it first in its set: where its findings go. */
  rel: string;
  source: SourceFile;
  /** Its definition in that file. */
  own: ComposeService;
  /** The merged service: the home file's key and span, the merged mapping as `node`. */
  service: ComposeService;
  /** The synthetic document the merged nodes belong to. */
  yaml: YamlDocument;
  /** The home document with the merged service as its tree, for helpers that take a document. */
  doc: ComposeDocument;
  /** Every file whose definition was merged, in order (extends bases first). */
  files: string[];
  /** Each definition merged (extends bases first): its file and service key. */
  definitions: { source: SourceFile; keySpan: Span }[];
  /** An `extends:` could not be followed (missing file or service, a cycle): partly unknown. */
  unresolved: boolean;
}

export interface ComposeSets {
  /** The services file `rel` is judged for (those it defines first in its set), merged. */
  judged(rel: string): JudgedService[];
  /** Service `name` as the set of file `rel` runs it, also from files that set includes. */
  lookup(rel: string, name: string): JudgedService | undefined;
  /** The set file `rel` belongs to. */
  setOf(rel: string): ComposeSet | undefined;
}

interface Unit {
  rel: string;
  doc: ComposeDocument;
  environment: Environment;
  byName: Map<string, ComposeService>;
}

/** compose-go's default file names, in lookup order. */
const DEFAULT_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const OVERRIDE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];
const FRAGMENT_NAME = /^(docker-)?compose[.-][^/]+\.ya?ml$/i;
const YAML_NAME = /\.ya?ml$/i;
const MAX_CHAIN = 10;

const cache = new WeakMap<ProjectModel, ComposeSets>();

export function composeSets(model: ProjectModel): ComposeSets {
  let sets = cache.get(model);
  if (!sets) cache.set(model, (sets = new Builder(model).build()));
  return sets;
}

class Builder {
  private readonly units = new Map<string, Unit | null>();
  private readonly setByFile = new Map<string, ComposeSet>();
  private readonly includes = new Map<string, string[]>();
  private readonly judgedCache = new Map<string, JudgedService[]>();

  constructor(private readonly model: ProjectModel) {}

  build(): ComposeSets {
    const composeFiles = this.model.files.filter((f) => f.kind === 'compose' && f.doc).map((f) => f.rel);
    if (!composeFiles.length) return { judged: () => [], lookup: () => undefined, setOf: () => undefined };
    const explicit: ComposeSet[] = [];
    const defaults: ComposeSet[] = [];
    const dirs = new Set<string>();
    for (const rel of composeFiles) dirs.add(posix.dirname(rel));
    for (const f of this.model.files) {
      if (YAML_NAME.test(f.rel) && posix.basename(posix.dirname(f.rel)) === 'overrides') dirs.add(posix.dirname(posix.dirname(f.rel)));
    }
    for (const dir of [...dirs].sort()) {
      const listed = this.composeFileEnv(dir);
      let set: ComposeSet | undefined;
      if (listed.length) set = { form: 'COMPOSE_FILE', files: listed, alternatives: [] };
      else {
        const base = DEFAULT_NAMES.map((n) => join2(dir, n)).find((r) => this.load(r, 'production'));
        if (base) {
          const override = OVERRIDE_NAMES.map((n) => join2(dir, n)).find((r) => this.load(r, 'development'));
          set = { form: 'default', files: override ? [base, override] : [base], alternatives: [] };
        }
      }
      if (!set) continue;
      set.alternatives = this.fragments(dir, set);
      (set.form === 'COMPOSE_FILE' ? explicit : defaults).push(set);
    }
    for (const rel of composeFiles) {
      for (const entry of this.includeEntries(rel)) {
        if (entry.length > 1) explicit.push({ form: 'include', files: entry, alternatives: [] });
      }
    }
    for (const set of [...explicit, ...defaults]) {
      set.files = set.files.filter((r, i) => set.files.indexOf(r) === i && this.load(r, 'production'));
      set.alternatives = set.alternatives.filter((r) => !set.files.includes(r));
      for (const r of [...set.files, ...set.alternatives]) if (!this.setByFile.has(r)) this.setByFile.set(r, set);
    }
    return {
      judged: (rel) => this.judged(rel),
      lookup: (rel, name) => this.lookup(rel, name, new Set()),
      setOf: (rel) => this.setFor(rel),
    };
  }

  private setFor(rel: string): ComposeSet | undefined {
    const set = this.setByFile.get(rel);
    if (set) return set;
    return this.load(rel, 'production') ? { form: 'single', files: [rel], alternatives: [] } : undefined;
  }

  /** `COMPOSE_FILE` from `dir/.env`, as repository-relative paths. */
  private composeFileEnv(dir: string): string[] {
    const rel = join2(dir, '.env');
    const known = this.model.byPath.get(rel);
    let text = known?.text ?? known?.source?.text;
    if (text === undefined) {
      if (!this.model.exists(rel)) return [];
      const r = diskRead(join(this.model.root, rel), 256 * 1024);
      if (!('text' in r)) return [];
      text = r.text;
    }
    return composeFileList(parseDotenv(text))
      .filter((p) => !p.includes('$') && !posix.isAbsolute(p))
      .map((p) => join2(dir, p))
      .filter((p) => p !== undefined && !p.startsWith('../'));
  }

  /** YAML files of the run by the directory whose base they may be fragments of. */
  private candidates?: Map<string, string[]>;

  /** Files of `dir` (and `dir/overrides/`) that are fragments of the set's first file. */
  private fragments(dir: string, set: ComposeSet): string[] {
    const base = this.load(set.files[0]!, 'production');
    if (!base) return [];
    if (!this.candidates) {
      this.candidates = new Map();
      for (const f of this.model.files) {
        if (!YAML_NAME.test(f.rel)) continue;
        const parent = posix.dirname(f.rel);
        const name = posix.basename(f.rel);
        if (posix.basename(parent) === 'overrides') appendTo(this.candidates, posix.dirname(parent), f.rel);
        else if (FRAGMENT_NAME.test(name) && !OVERRIDE_NAMES.includes(name.toLowerCase())) appendTo(this.candidates, parent, f.rel);
      }
    }
    const out: string[] = [];
    for (const rel of this.candidates.get(dir) ?? []) {
      // A file other files `extends:` from is a library of service bases, not a fragment.
      if (set.files.includes(rel) || this.extendsTargets().has(rel)) continue;
      const unit = this.load(rel, this.model.byPath.get(rel)?.environment ?? 'production');
      if (!unit || !unit.byName.size) continue;
      // Every service of it exists in the base; or it adds services of its own but what it shares
      // with the base cannot run alone (no image or build: `overrides/compose.https.yaml` adds a
      // proxy and labels the base's frontend).
      const names = [...unit.byName.keys()];
      const shared = names.filter((n) => base.byName.has(n));
      if (shared.length === names.length || (shared.length && shared.every((n) => !runnable(unit, unit.byName.get(n)!)))) out.push(rel);
    }
    return out.sort();
  }

  private targets?: Set<string>;
  private bases?: Set<string>;

  /** Every file some compose file of the run names in `extends: {file: …}`. */
  private extendsTargets(): Set<string> {
    if (this.targets) return this.targets;
    this.targets = new Set();
    this.bases = new Set();
    for (const f of this.model.files) {
      if (f.kind !== 'compose' || !f.doc) continue;
      const { yaml, services } = (f.doc as ComposeDocument).tree;
      for (const s of services) {
        const file = scalarString(getPath(yaml, s.node, 'extends.file'));
        if (!file || file.includes('$') || posix.isAbsolute(file)) continue;
        const target = join2(posix.dirname(f.rel), file);
        this.targets.add(target);
        if (f.environment === 'production') this.bases.add(`${target}\0${scalarString(getPath(yaml, s.node, 'extends.service')) ?? ''}`);
      }
    }
    return this.targets;
  }

  /**
   * A service a production file extends from another file: a base, judged (merged) where it is
   * extended, not again on its own (`docker-compose.base.yml` holding what `docker-compose.yml`
   * extends).
   */
  private isExtendedBase(rel: string, name: string): boolean {
    this.extendsTargets();
    return this.bases!.has(`${rel}\0${name}`);
  }

  /** Each `include:` entry of a file: its path or path list, repository-relative. */
  private includeEntries(rel: string): string[][] {
    const unit = this.load(rel, 'production');
    if (!unit) return [];
    const { yaml } = unit.doc.tree;
    const list = resolve(yaml, getPath(yaml, yaml.contents, 'include'));
    if (!isSeq(list)) return [];
    const dir = posix.dirname(rel);
    const out: string[][] = [];
    for (const raw of list.items) {
      const item = resolve(yaml, raw);
      let paths: unknown[] = [];
      if (isScalar(item)) paths = [item];
      else if (isMap(item)) {
        const p = getPath(yaml, item, 'path');
        paths = isSeq(p) ? p.items.map((i) => resolve(yaml, i)) : [p];
      }
      const files = paths
        .map((p) => scalarString(p))
        .filter((p): p is string => !!p && !p.includes('$') && !posix.isAbsolute(p) && !/^[a-z]+:\/\//i.test(p))
        .map((p) => join2(dir, p))
        .filter((p): p is string => p !== undefined && !p.startsWith('../'));
      if (files.length) out.push(files);
    }
    this.includes.set(rel, out.map((e) => e[0]!));
    return out;
  }

  /** A compose file by repository-relative path: from the run, else from the disk. */
  private load(rel: string, environment: Environment): Unit | undefined {
    const hit = this.units.get(rel);
    if (hit !== undefined) return hit ?? undefined;
    let unit: Unit | null = null;
    const f = this.model.byPath.get(rel);
    if (f?.kind === 'compose') {
      if (f.doc) unit = unitOf(rel, f.doc as ComposeDocument, f.environment);
    } else if (YAML_NAME.test(rel) && (f || this.model.exists(rel))) {
      let text = f?.text ?? f?.source?.text;
      if (text === undefined) {
        const r = diskRead(join(this.model.root, rel));
        text = 'text' in r ? r.text : undefined;
      }
      if (text !== undefined && /^services:/m.test(text)) {
        try {
          const doc = parseCompose(new SourceFile(rel, join(this.model.root, rel), text), f?.environment ?? environment);
          if (!doc.parseErrors.length) unit = unitOf(rel, doc, doc.environment);
        } catch {
          unit = null;
        }
      }
    }
    this.units.set(rel, unit);
    return unit ?? undefined;
  }

  private judged(rel: string): JudgedService[] {
    const hit = this.judgedCache.get(rel);
    if (hit) return hit;
    const out: JudgedService[] = [];
    this.judgedCache.set(rel, out);
    const unit = this.load(rel, 'production');
    if (!unit) return out;
    const { sequence, alternatives } = this.members(rel, unit.environment);
    const at = sequence.indexOf(rel);
    for (const service of unit.doc.tree.services) {
      if (unit.environment === 'production' && this.isExtendedBase(rel, service.name)) continue;
      const defines = (r: string) => this.load(r, 'production')?.byName.has(service.name);
      let later: string[];
      if (at === -1) {
        // A fragment: what the sequence defines is judged there; its own services alone.
        if (sequence.some(defines)) continue;
        later = [];
      } else {
        // Defined by an earlier file of the set: judged there.
        if (sequence.slice(0, at).some(defines)) continue;
        later = [...sequence.slice(at + 1), ...alternatives];
      }
      const judged = this.merge(unit, service, later);
      // Neither image nor build even merged: compose cannot run it as it stands, so this is a
      // fragment of a set not recognised here (`ci/basic/compose.yaml` used with `-f`), and what
      // it lacks says nothing.
      const { node } = judged.service;
      if (!judged.unresolved && getPath(judged.yaml, node, 'image') === undefined && getPath(judged.yaml, node, 'build') === undefined) continue;
      out.push(judged);
    }
    return out;
  }

  /**
   * The files of `rel`'s set that take part in its judgment: production ones (a development file
   * is judged alone). `sequence` holds `rel` unless it is one of the alternatives.
   */
  private members(rel: string, environment: Environment): { sequence: string[]; alternatives: string[] } {
    const set = this.setFor(rel);
    if (!set || environment === 'development') return { sequence: [rel], alternatives: [] };
    const prod = (r: string) => r === rel || this.load(r, 'production')?.environment === 'production';
    return { sequence: set.files.filter(prod), alternatives: set.alternatives.filter(prod) };
  }

  private merge(unit: Unit, service: ComposeService, later: readonly string[]): JudgedService {
    const layers: Layer[] = [];
    const files: string[] = [];
    const definitions: JudgedService['definitions'] = [];
    let unresolved = false;
    const add = (u: Unit, s: ComposeService) => {
      const chain = this.extendsChain(u, s, new Set(), 0);
      unresolved ||= chain.unresolved;
      for (const l of chain.layers) {
        layers.push(l.layer);
        definitions.push({ source: l.layer.source, keySpan: l.keySpan });
        if (!files.includes(l.rel)) files.push(l.rel);
      }
    };
    add(unit, service);
    for (const r of later) {
      const u = this.load(r, 'production');
      const s = u?.byName.get(service.name);
      if (u && s) add(u, s);
    }
    const merged = mergeLayers(layers, unresolved ? [] : ['extends']);
    const mergedService: ComposeService = { name: service.name, keySpan: service.keySpan, span: service.span, node: merged.node };
    return {
      name: service.name,
      rel: unit.rel,
      source: unit.doc.source,
      own: service,
      service: mergedService,
      yaml: merged.yaml,
      doc: { ...unit.doc, tree: { yaml: merged.yaml, services: [mergedService] } },
      files,
      definitions,
      unresolved,
    };
  }

  /** The definitions `extends:` pulls in, base first, ending with the service itself. */
  private extendsChain(unit: Unit, service: ComposeService, seen: Set<string>, depth: number): { layers: { layer: Layer; rel: string; keySpan: Span }[]; unresolved: boolean } {
    const own = { layer: { yaml: unit.doc.tree.yaml, node: service.node, source: unit.doc.source }, rel: unit.rel, keySpan: service.keySpan };
    const { yaml } = unit.doc.tree;
    const ext = getPath(yaml, service.node, 'extends');
    if (ext === undefined) return { layers: [own], unresolved: false };
    let target: Unit | undefined = unit;
    let name = scalarString(ext);
    if (isMap(ext)) {
      name = scalarString(getPath(yaml, ext, 'service'));
      const file = scalarString(getPath(yaml, ext, 'file'));
      if (file) {
        const rel = !file.includes('$') && !posix.isAbsolute(file) ? join2(posix.dirname(unit.rel), file) : undefined;
        target = rel && !rel.startsWith('../') ? this.load(rel, unit.environment) : undefined;
      }
    }
    const key = `${unit.rel}\0${service.name}`;
    const base = name ? target?.byName.get(name) : undefined;
    if (!target || !base || seen.has(key) || depth >= MAX_CHAIN) return { layers: [own], unresolved: true };
    const inner = this.extendsChain(target, base, new Set([...seen, key]), depth + 1);
    return { layers: [...inner.layers, own], unresolved: inner.unresolved };
  }

  private lookup(rel: string, name: string, seen: Set<string>): JudgedService | undefined {
    if (seen.has(rel)) return undefined;
    seen.add(rel);
    const unit = this.load(rel, 'production');
    if (!unit) return undefined;
    const { sequence, alternatives } = this.members(rel, unit.environment);
    // The sequence, then (from a fragment) the fragment's own services.
    const files = alternatives.includes(rel) ? [...sequence, rel] : sequence;
    for (const r of files) {
      const hit = this.judged(r).find((j) => j.name === name);
      if (hit) return hit;
    }
    // A base other files extend (not judged in its own file) is still what its file depends on.
    const own = unit.byName.get(name);
    if (own) return this.merge(unit, own, []);
    for (const r of files) {
      if (!this.includes.has(r)) this.includeEntries(r);
      for (const inc of this.includes.get(r) ?? []) {
        const hit = this.lookup(inc, name, seen);
        if (hit) return hit;
      }
    }
    return undefined;
  }
}

/** The service names an image or a build (or extends one that may): compose can run it. */
function runnable(unit: Unit, service: ComposeService): boolean {
  const { yaml } = unit.doc.tree;
  return ['image', 'build', 'extends'].some((k) => getPath(yaml, service.node, k) !== undefined);
}

function unitOf(rel: string, doc: ComposeDocument, environment: Environment): Unit {
  return { rel, doc, environment, byName: new Map(doc.tree.services.map((s) => [s.name, s])) };
}

/** `dir` joined with a relative path, normalised; `''`-rooted (no leading `./`). */
function join2(dir: string, rel: string): string {
  const p = posix.normalize(posix.join(dir || '.', rel));
  return p.startsWith('./') ? p.slice(2) : p;
}

/**
 * For a finding on a merged service: ` (merged from a.yaml, b.yaml)` when more than one file
 * defines it, and the other definitions as related locations.
 */
export function setContext(j: JudgedService): { set: string; related: { source: SourceFile; span: Span; message: string }[] } {
  if (j.files.length <= 1 && j.definitions.length <= 1) return { set: '', related: [] };
  const related = j.definitions
    .filter((d) => !(d.source.path === j.rel && d.keySpan.start === j.service.keySpan.start))
    .map((d) => ({ source: d.source, span: d.keySpan, message: `service "${j.name}" is also defined here (merged)` }));
  const dir = posix.dirname(j.rel);
  const names = j.files.map((f) => posix.relative(dir, f) || posix.basename(f));
  const set = j.files.length > 1 ? ` (merged from ${names.join(', ')})` : ' (with the service it extends)';
  return { set, related };
}
