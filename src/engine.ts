/**
 * The pipeline (DESIGN.md §4): discover, classify, prefilter, parse once, extract facts, build the
 * project model, run rules, apply suppressions, sort and fingerprint. Nothing from the scanned tree
 * is executed; a file that cannot be read or parsed becomes a notice or a PL000 finding and the run
 * goes on; a rule that throws becomes PL001.
 *
 * Deployment files (Dockerfiles, compose files, units, Procfiles, package.json) are always parsed
 * in the main thread: they are few and feed the project model. Other files are analysed only when
 * they contain a trigger of an enabled rule, from the cache when nothing they depend on changed,
 * and Python/TypeScript files in worker threads above a size threshold. Results are assembled in
 * path order, so the output is the same whatever the cache, the workers or the shard did.
 */
import { statSync, type Dirent } from 'node:fs';
import { analyzeFile, errorText, parserReady, makeFinding, PL, raised, type FileOutput, type FileTask, type PositionedDirective, type RawFinding, type RuleSetting } from './analyze.js';
import { analysisKey, contentHash, ResultCache, type CacheEntry } from './cache.js';
import { extractFacts } from './carriers/index.js';
import { classify } from './classify.js';
import { kindReason, type FileClassification } from './explain-file.js';
import { dockerfilesNamedByCompose, type NamedBy } from './compose/named-dockerfiles.js';
import { discover, findRoot } from './discover.js';
import { recordDisk, type DiskInput } from './disk.js';
import { assignFingerprints } from './fingerprint.js';
import { parseFile } from './parse/index.js';
import { setParseBudget } from './parse/deadline.js';
import { WorkerPool } from './pool.js';
import { TriggerPrefilter } from './prefilter.js';
import { buildProject, type ProjectFile, type ProjectModel } from './project.js';
import { resolveImageEntrypoints } from './k8s/entrypoint.js';
import { annotateOverridden, annotateScripts, judgesStartCommand, overriddenStarts, scriptsOnlyOverriddenStarts } from './deploy/overrides.js';
import { readText } from './read-text.js';
import type { Notice, RunResult } from './report.js';
import { formatMessage, type AnyRule, type ReportDescriptor } from './rule.js';
import type { SettingsInput } from './settings.js';
import { inShard, type Shard } from './shard.js';
import { coversRoot, treeSignatureOf } from './snapshot.js';
import { SourceFile } from './source.js';
import { directiveMatches } from './suppress.js';
import { CARRIER_KINDS, type Environment, type Finding, type Kind, type RelatedLocation, type Via } from './types.js';

import { VERSION } from './version.js';
export { VERSION };
export type { RuleSetting };

/** Everything a run needs from configuration and the command line. */
export interface RunSettings {
  paths: string[];
  cwd: string;
  /** Repository root; found from `cwd` when omitted. */
  root?: string;
  /** Every known rule (enabled or not). */
  rules: AnyRule[];
  /** Enabled rules for a path, with severity and merged options. */
  rulesFor(rel: string): ReadonlyMap<string, RuleSetting>;
  environmentOf(rel: string): Environment;
  kindOverride(rel: string): Kind | undefined;
  /** The environment with the reason for it, and the config file that decided (--explain-file, JSON `files`). */
  explainEnvironment?(rel: string): { environment: Environment; text: string; config?: string };
  isIgnored(rel: string): boolean;
  /** Discovery listed this repository directory (see ConfigTree.listed). */
  listedDir?(rel: string, entries: readonly Dirent[]): void;
  /** Directory names discovery never enters (default: SKIP_DIRS and DEFAULT_VENDOR_DIRS). */
  skipDirs?: ReadonlySet<string>;
  maxFileSize: number;
  /** Honour inline suppression comments (off for audits). */
  inlineSuppressions: boolean;
  /** A suppression without `-- reason` is a finding. */
  requireReason: boolean;
  /** Explicit files of no known kind are silently skipped (pre-commit file lists). */
  ignoreUnknown: boolean;
  /** Fixture runner: treat every file as production. */
  forceEnvironment?: Environment;
  /** ISO date used for `until=` expiry (injectable for tests). */
  today?: string;
  /** Worker threads for Python/TypeScript analysis (1 = none). */
  workers?: number;
  /** Use workers only when at least this many files need analysis. */
  workerThreshold?: number;
  /** A digest of everything that decides `rulesFor`, `environmentOf` and `kindOverride` (set by loadSettings). */
  configDigest?: string;
  /** Serializable settings for worker threads; workers are used only when set (standard rules). */
  workerInit?: Omit<SettingsInput, 'rules'>;
  /** Directory of the result cache; no cache when undefined. */
  cacheDir?: string;
  /** Per-file analysis budget in milliseconds. */
  fileTimeoutMs?: number;
  shard?: Shard;
  /** Called with the absolute paths discovered (the benchmark's floor reads the same files). */
  onDiscovered?(absPaths: string[]): void;
  /** Called with the kind and absolute path of every file parsed (the benchmark's parsers' floor parses the same). */
  onParsed?(files: [Kind, string][]): void;
  /** Called with the number of files done and the total (progress display). */
  onProgress?(done: number, total: number): void;
}

/** Kinds whose facts feed the project model: parsed whenever present. */
/** Kinds whose analysis may run in a worker thread. */
const WORKER_KINDS = new Set<Kind>(['python', 'typescript']);
export const DEFAULT_FILE_TIMEOUT_MS = 5_000;
const DEFAULT_WORKER_THRESHOLD = 200;

/**
 * A discovered file. Its environment is worked out when first asked: a run answered from the
 * cache's snapshot never needs it (the tree signature holds the configuration's digest instead).
 */
class Entry implements ProjectFile {
  kind?: Kind;
  /**
   * What the cache compares, copied out of the Stats: the Stats object (with its four Dates) of
   * every file kept to the end of a run was most of what a warm run's garbage collector copied.
   */
  stat?: { size: number; mtimeMs: number; ino: number };
  text?: string;
  hash?: string;
  cached?: CacheEntry;
  output?: FileOutput;
  source?: SourceFile;
  doc?: ProjectFile['doc'];
  facts?: ProjectFile['facts'];
  /** Named by a compose `build.dockerfile:` (kind `dockerfile` whatever its name). Not cached: the compose file decides each run. */
  namedBy?: NamedBy;
  private env: Environment | undefined;

  constructor(
    readonly rel: string,
    readonly abs: string,
    readonly explicit: boolean,
    private readonly settings: Pick<RunSettings, 'forceEnvironment' | 'environmentOf'>,
  ) {}

  get environment(): Environment {
    return (this.env ??= this.settings.forceEnvironment ?? this.settings.environmentOf(this.rel));
  }
}

export async function run(settings: RunSettings): Promise<RunResult> {
  const started = performance.now();
  const root = settings.root ?? findRoot(settings.cwd);
  const ruleById = new Map(settings.rules.map((r) => [r.id, r]));
  // Names and ids as suppression comments may write them: any case, names shared by several rules.
  const ruleByName = new Map(settings.rules.flatMap((r) => [[r.name.toLowerCase(), r], [r.id.toLowerCase(), r]]));
  const notices: Notice[] = [];
  const today = settings.today ?? new Date().toISOString().slice(0, 10);
  const timeoutMs = settings.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
  // The parsers stop themselves on the same budget (the rule loop only checks between rules).
  setParseBudget(timeoutMs);
  const stats: RunResult['stats'] = { filesDiscovered: 0, filesLinted: 0, filesParsed: 0, durationMs: 0, suppressed: 0, baselined: 0 };
  const cache = settings.cacheDir ? new ResultCache(settings.cacheDir, root, VERSION) : undefined;
  const mine = (rel: string) => inShard(rel, settings.shard);

  const discovered = await discover(settings.paths, settings.cwd, root, settings.isIgnored, settings.skipDirs, settings.listedDir?.bind(settings));
  stats.filesDiscovered = discovered.length;
  settings.onDiscovered?.(discovered.map((d) => d.abs));

  // 1. Stat, read, classify. A file whose metadata matches the cache is not read unless needed.
  const files: Entry[] = [];
  for (const d of discovered) {
    const e = new Entry(d.rel, d.abs, d.explicit, settings);
    files.push(e);
    // With a cache, the file's metadata decides whether it is read at all. Without one, the read's
    // own fstat makes the same checks (one system call less per file: 20,000 stats were 7% of a
    // monorepo run), and only a file that cannot be read is stat'ed, for the verdict and the
    // notice the stat gives.
    let read = cache ? undefined : readText(e.abs, settings.maxFileSize);
    const problem = read === undefined || ('skip' in read && read.skip === 'unreadable') ? statFile(e, settings.maxFileSize) : undefined;
    if (problem) {
      if (mine(d.rel) && (problem.skip !== 'unreadable' || d.explicit || classify(d.rel, '') !== undefined)) notices.push(noticeOf(problem, d.rel));
      continue;
    }
    e.cached = cache?.lookup(d.rel, e.stat!);
    const override = settings.kindOverride(d.rel);
    if (e.cached && e.cached.kind !== undefined) {
      e.hash = e.cached.hash;
      e.kind = override ?? (e.cached.kind as Kind | null) ?? undefined;
    } else {
      read ??= readText(e.abs);
      if ('skip' in read) {
        if (mine(d.rel)) notices.push(noticeOf(read, d.rel));
        continue;
      }
      e.text = read.text;
      e.hash = contentHash(read.text);
      e.kind = override ?? classify(d.rel, read.text.slice(0, 4096));
    }
    if (!e.kind && cache) cache.keep(d.rel, { size: e.stat!.size, mtimeMs: e.stat!.mtimeMs, ino: e.stat!.ino, hash: e.hash!, kind: null });
    if (!e.kind && d.explicit && !settings.ignoreUnknown && mine(d.rel)) {
      notices.push({ level: 'note', id: 'unknown-kind', path: d.rel, message: `${d.rel}: not a kind of file prodlint lints (use --ignore-unknown to silence)` });
    }
  }

  // 1b. A file a compose `build.dockerfile:` names is a Dockerfile whatever its name.
  const named = dockerfilesNamedByCompose(composeTexts(files, notices, mine));
  if (named.size) {
    for (const e of files) {
      const by = named.get(e.rel);
      if (!by || e.kind || !e.hash || settings.kindOverride(e.rel)) continue;
      e.kind = 'dockerfile';
      e.namedBy = by;
    }
    const now = new Set(files.filter((e) => e.namedBy).map((e) => e.rel));
    for (let i = notices.length - 1; i >= 0; i--) if (notices[i]!.id === 'unknown-kind' && now.has(notices[i]!.path ?? '')) notices.splice(i, 1);
  }

  // Files share a few rule maps (one per override signature): digest each once, not per file.
  const rulesPart = new Map<ReadonlyMap<string, RuleSetting>, string>();
  const rulesKey = (enabled: ReadonlyMap<string, RuleSetting>): string => {
    let k = rulesPart.get(enabled);
    if (k === undefined) rulesPart.set(enabled, (k = contentHash(JSON.stringify([...enabled].map(([id, s]) => [id, s.severity, s.options])))));
    return k;
  };
  // Shell rules read the deployment files that start a script; their cached results are only
  // valid while those files are unchanged. Deployment files themselves are served from the cache
  // only with a valid snapshot of the whole tree (systemd rules read drop-ins, timers and targets).
  const deploymentSignature = contentHash(files.filter((f) => f.kind && CARRIER_KINDS.has(f.kind)).map((f) => `${f.rel}\0${f.hash ?? ''}`).join('\n'));
  const fullScan = coversRoot(settings.paths, settings.cwd, root);
  // With the configuration's digest, a file's environment and rules follow from its path: the
  // signature need not ask each file for them.
  const perFile = settings.configDigest !== undefined ? undefined : (e: Entry) => `${e.environment}\0${e.kind ? rulesKey(settings.rulesFor(e.rel)) : ''}`;
  const treeSignature = cache ? treeSignatureOf(files, [VERSION, settings.inlineSuppressions, timeoutMs, settings.configDigest ?? null], perFile) : '';
  const keyOf = (e: Entry, startedBy: ReadonlyMap<string, Via[]>): string =>
    analysisKey([VERSION, e.hash, e.kind, e.environment, rulesKey(settings.rulesFor(e.rel)), startedBy.get(e.rel) ?? [], settings.inlineSuppressions, timeoutMs, e.kind === 'shell' ? deploymentSignature : '', CARRIER_KINDS.has(e.kind!) ? treeSignature : '']);

  const threshold = settings.workerThreshold ?? DEFAULT_WORKER_THRESHOLD;
  const poolPossible = (settings.workers ?? 1) > 1 && settings.workerInit !== undefined;

  // 2. Nothing this tree's last run read has changed: every output and the project findings come
  // from the cache, and no file is parsed.
  const snapshot = cache?.snapshot(treeSignature);
  // The keys the snapshot's run used are the ones this run would compute: they follow from the
  // signature and startedBy, which are the same.
  const snapshotKeys = new Map((Array.isArray(snapshot?.keys) ? snapshot.keys : []).filter((k) => Array.isArray(k) && typeof k[0] === 'string' && typeof k[1] === 'string'));
  const reused = snapshot ? reuseAll(files, mine, cache!, (e) => snapshotKeys.get(e.rel)) : false;
  let projectFindings: RawFinding[];
  if (snapshot && reused) {
    projectFindings = snapshot.findings.filter((f) => mine(f.path));
    stats.fromSnapshot = true;
  } else {
    // What the project phase reads from the disk beyond the run's files decides, with the tree
    // signature, whether its snapshot holds next time.
    const stopRecording = recordDisk();
    try {
      projectFindings = await analyseTree(stopRecording);
    } finally {
      stopRecording();
    }
  }

  async function analyseTree(stopRecording: () => DiskInput[]): Promise<RawFinding[]> {
    // Workers take a few hundred milliseconds each to start (modules, grammar). When the run will
    // probably need them, they start now and load while this thread parses the deployment files
    // and reads the rest. Whether they are used is still decided in step 4 on the files that need
    // analysis, exactly as before, so the output cannot depend on this guess; a wrong guess only
    // costs their start-up.
    let early = poolPossible && files.filter((e) => e.kind && WORKER_KINDS.has(e.kind) && e.hash && !e.cached?.output && mine(e.rel)).length >= threshold ? makePool() : undefined;
    if (early) stats.workersStartedEarly = true;
    try {
      return await analyseWith(stopRecording, () => {
        const pool = early;
        early = undefined;
        return pool;
      });
    } finally {
      await early?.close();
    }
  }

  function makePool(): WorkerPool {
    return new WorkerPool({
      size: settings.workers!,
      workerData: { settings: settings.workerInit, root, timeoutMs, inlineSuppressions: settings.inlineSuppressions },
      hardTimeoutMs: timeoutMs * 2 + 2_000,
    });
  }

  async function analyseWith(stopRecording: () => DiskInput[], takeEarlyPool: () => WorkerPool | undefined): Promise<RawFinding[]> {
    // 3. Parse the deployment files and build the project model.
    for (const e of files) {
      if (!e.kind || !CARRIER_KINDS.has(e.kind) || !e.hash) continue;
      if (!ensureText(e, notices, mine)) continue;
      e.source = new SourceFile(e.rel, e.abs, e.text!);
      try {
        e.doc = await parseFile(e.kind, e.source, e.environment);
        e.facts = await extractFacts(e.doc);
      } catch (err) {
        e.output = { rel: e.rel, findings: [parseFailure(e.source, err, settings.rulesFor(e.rel), ruleById)], directives: [], parsed: false };
        e.doc = undefined;
      }
    }
    await resolveImageEntrypoints(files);
    const project = buildProject(root, files);

    // 4. Analyse each file this shard reports on.
    const todo: { e: Entry; task: FileTask; key: string }[] = [];
    const keys: [string, string][] = [];
    const prefilter = new TriggerPrefilter(ruleById);
    for (const e of files) {
      if (!e.kind || !e.hash || !mine(e.rel)) continue;
      if (e.output) {
        // A deployment file that failed to parse: stored, so that the next run's snapshot is whole.
        const key = keyOf(e, project.startedBy);
        keys.push([e.rel, key]);
        cache?.keep(e.rel, entryOf(e, key));
        continue;
      }
      const enabled = settings.rulesFor(e.rel);
      const via = project.startedBy.get(e.rel) ?? [];
      const key = keyOf(e, project.startedBy);
      keys.push([e.rel, key]);
      const reuse = CARRIER_KINDS.has(e.kind) ? undefined : cache?.output(e.cached, key);
      if (reuse) {
        e.output = reuse;
        cache!.keep(e.rel, { ...e.cached!, key, output: reuse });
        continue;
      }
      if (!e.doc && !ensureText(e, notices, mine)) continue;
      const text = e.text ?? e.source?.text ?? '';
      if (!e.doc && !prefilter.triggered(e.kind, e.environment, text, enabled)) {
        e.output = { rel: e.rel, findings: [], directives: [], parsed: false };
        cache?.keep(e.rel, entryOf(e, key));
        continue;
      }
      todo.push({ e, key, task: { rel: e.rel, abs: e.abs, kind: e.kind, environment: e.environment, text, via } });
    }

    const workerTodo = todo.filter((t) => WORKER_KINDS.has(t.e.kind!));
    const usePool = poolPossible && workerTodo.length >= threshold;
    // Load the parsers the main thread will need before any file's time budget starts (with a
    // pool, the workers parse their kinds: loading those grammars here would only delay them).
    await preloadParsers(new Set(todo.filter((t) => !(usePool && WORKER_KINDS.has(t.e.kind!))).map((t) => t.e.kind!)));
    const started = takeEarlyPool();
    if (started && !usePool) await started.close();
    const pool = usePool ? (started ?? makePool()) : undefined;
    stats.workerThreads = pool ? settings.workers! : 0;
    let done = 0;
    const finish = (e: Entry, key: string) => {
      settings.onProgress?.(++done, todo.length);
      cache?.keep(e.rel, entryOf(e, key));
    };
    try {
      // Worker jobs run concurrently; main-thread analyses run one at a time, so each file's time
      // budget measures that file alone.
      const pooled = pool
        ? Promise.all(
            todo
              .filter((t) => WORKER_KINDS.has(t.e.kind!))
              .map(async ({ e, task, key }) => {
                const r = await pool.run(task);
                e.output = 'abandoned' in r ? abandonedOutput(e, r.abandoned, settings.rulesFor(e.rel), ruleById) : r;
                finish(e, key);
              }),
          )
        : Promise.resolve();
      for (const { e, task, key } of todo) {
        if (pool && WORKER_KINDS.has(e.kind!)) continue;
        e.output = await analyzeFile(task, {
          rules: ruleById,
          enabled: settings.rulesFor(e.rel),
          project,
          inlineSuppressions: settings.inlineSuppressions,
          timeoutMs,
          ...(e.doc ? { parsed: { doc: e.doc, facts: e.facts } } : {}),
        });
        finish(e, key);
      }
      await pooled;
    } finally {
      await pool?.close();
    }

    // 5. Project rules, once, in the main thread with the whole model. Their hooks parse the
    // project's shell scripts (the start script a Dockerfile runs, a crontab writer) synchronously,
    // so the grammar is loaded first when there are any (parserReady never throws: a grammar that
    // cannot load leaves those scripts unread, as the hooks' `shellParserReady` checks expect).
    if (project.files.some((f) => f.kind === 'shell')) await parserReady('shell');
    const found = await runProjectRules(settings, project, ruleById);
    // A command finding on a CMD/ENTRYPOINT that every deployment replaces is not what runs.
    const overridden = overriddenStarts(project);
    if (overridden.size) {
      const isCommandRule = (id: string): boolean => {
        const rule = ruleById.get(id);
        return rule !== undefined && judgesStartCommand(rule);
      };
      for (const e of files) if (e.kind === 'dockerfile' && e.output && overridden.has(e.rel)) annotateOverridden(e.output.findings, overridden, isCommandRule);
      annotateOverridden(found, overridden, isCommandRule);
      // A script that only those starts run is not what runs either.
      const scripts = scriptsOnlyOverriddenStarts(project, overridden);
      for (const e of files) if (e.kind === 'shell' && e.output && scripts.has(e.rel)) annotateScripts(e.output.findings, scripts, isCommandRule);
      annotateScripts(found, scripts, isCommandRule);
    }
    cache?.keepSnapshot({ signature: treeSignature, startedBy: [...project.startedBy], inputs: beyondTree(stopRecording(), files), findings: found, keys });
    return found.filter((f) => mine(f.path));
  }

  // 6. Assemble in path order, fingerprint, suppress.
  const findings: RawFinding[] = [];
  const directives = new Map<string, PositionedDirective[]>();
  const linted: string[] = [];
  const parsed: [Kind, string][] = [];
  for (const e of files) {
    if (!e.output || !mine(e.rel)) continue;
    stats.filesLinted++;
    linted.push(e.rel);
    if (e.output.parsed) {
      stats.filesParsed++;
      if (settings.onParsed && e.kind) parsed.push([e.kind, e.abs]);
    }
    findings.push(...e.output.findings);
    if (e.output.directives.length) directives.set(e.rel, e.output.directives);
  }
  settings.onParsed?.(parsed);
  findings.push(...projectFindings);
  findings.sort(compareFindings);
  assignFingerprints(findings, (f) => (f as RawFinding).flagged ?? '');
  const kept = applySuppressions(findings, directives, settings, ruleById, ruleByName, today, stats);
  kept.sort(compareFindings);
  // From the snapshot, the stored cache already says all this run learned.
  if (!stats.fromSnapshot) cache?.save({ partial: !fullScan || settings.shard !== undefined });

  const sources = new Map<string, SourceFile>();
  const byRel = new Map(files.map((e) => [e.rel, e]));
  for (const f of kept) {
    for (const path of [f.path, ...f.related.map((r) => r.path)]) {
      if (sources.has(path)) continue;
      const e = byRel.get(path);
      const text = e?.source?.text ?? e?.text ?? readQuietly(e?.abs);
      if (text !== undefined) sources.set(path, e?.source ?? new SourceFile(path, e?.abs ?? '', text));
    }
  }
  const result = kept.map(stripFlagged);
  const classified = classificationOf(new Set(result.map((f) => f.path)), byRel, settings);
  stats.durationMs = Math.round(performance.now() - started);
  const usedMaps = new Set(files.filter((f) => f.kind).map((f) => settings.rulesFor(f.rel)));
  const enabledRules = settings.rules.filter((r) => [...usedMaps].some((m) => m.has(r.id)));
  return { toolVersion: VERSION, root, findings: result, rules: enabledRules.length ? enabledRules : settings.rules, notices, linted, sources, stats, classified };
}

/** Kind and environment, with their reasons, of the files that have findings (few; JSON output). */
function classificationOf(paths: ReadonlySet<string>, byRel: ReadonlyMap<string, Entry>, settings: RunSettings): FileClassification[] {
  const out: FileClassification[] = [];
  for (const path of [...paths].sort()) {
    const e = byRel.get(path);
    if (!e?.kind) continue;
    const head = (e.text ?? e.source?.text ?? '').slice(0, 4096);
    const override = settings.kindOverride(path);
    const env = settings.explainEnvironment?.(path);
    out.push({ path, kind: e.kind, kindReason: kindReason(path, head, e.kind, { override, namedBy: e.namedBy }), environment: e.environment, environmentReason: env?.text ?? '' });
  }
  return out;
}

async function preloadParsers(kinds: Set<Kind>): Promise<void> {
  // Carriers were parsed by the project phase; only the kinds analysed from text here need one.
  for (const kind of ['shell', 'python', 'typescript'] as const) if (kinds.has(kind)) await parserReady(kind);
}

function stripFlagged(f: RawFinding | Finding): Finding {
  const { flagged: _flagged, ...rest } = f as RawFinding;
  void _flagged;
  return rest;
}

/** The texts of the compose files (read now if the cache let step 1 skip them). */
function* composeTexts(files: readonly Entry[], notices: Notice[], mine: (rel: string) => boolean): Generator<{ rel: string; text: string }> {
  for (const e of files) if (e.kind === 'compose' && e.hash && ensureText(e, notices, mine)) yield { rel: e.rel, text: e.text! };
}

function entryOf(e: Entry, key: string): CacheEntry {
  const st = e.stat!;
  // A kind given by a compose reference is not the file's own: the next run asks the compose files again.
  return { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, hash: e.hash!, kind: e.namedBy ? null : e.kind ?? null, key, ...(e.output ? { output: e.output } : {}) };
}

/**
 * The recorded disk answers minus the reads of the run's own files that saw exactly the content
 * whose hash the tree signature holds: the signature already pins those answers, and a run whose
 * files came from the cache reads them (a script a unit starts), so keeping them made every later
 * warm run read and hash thousands of files again.
 */
function beyondTree(inputs: DiskInput[], files: readonly Entry[]): DiskInput[] {
  const hashOf = new Map<string, string>();
  for (const f of files) if (f.hash !== undefined) hashOf.set(f.abs, f.hash);
  return inputs.filter(([op, target, digest]) => {
    if (op !== 'read') return true;
    const cut = target.indexOf('\0');
    return hashOf.get(cut === -1 ? target : target.slice(0, cut)) !== digest;
  });
}

async function runProjectRules(settings: RunSettings, project: ProjectModel, ruleById: Map<string, AnyRule>): Promise<RawFinding[]> {
  const out: RawFinding[] = [];
  for (const rule of settings.rules) {
    if (!rule.project) continue;
    // Project rules run when any file enables them; each report is checked against its own file.
    const ctx = {
      options: { ...(rule.options ?? {}), ...(firstSetting(settings, project, rule.id)?.options ?? {}) },
      project,
      report: (r: ReportDescriptor<string> & { source: SourceFile }) => {
        const setting = settings.rulesFor(r.source.path).get(rule.id);
        if (!setting) return;
        const file = project.byPath.get(r.source.path);
        if (rule.productionOnly && file?.environment === 'development') return;
        const related: RelatedLocation[] = (r.related ?? []).map((x) => ({ path: x.source.path, span: x.span, start: x.source.positionAt(x.span.start), end: x.source.positionAt(x.span.end), message: x.message }));
        out.push(makeFinding(rule, raised(setting.severity, r.severity), r.source, r.span, formatMessage(rule.messages[r.messageId] ?? r.messageId, r.data), related));
      },
    };
    if (!firstSetting(settings, project, rule.id)) continue;
    try {
      await rule.project(project, ctx);
    } catch (err) {
      const first = project.files.find((f) => f.source);
      if (first?.source) out.push(makeFinding(ruleById.get(PL.internal) ?? rule, 'warning', first.source, { start: 0, end: 0 }, `rule ${rule.id} failed: ${errorText(err)}`, []));
    }
  }
  return out;
}

/** The rule's setting for the first file that enables it (project rules need options once). */
function firstSetting(settings: RunSettings, project: ProjectModel, id: string): RuleSetting | undefined {
  for (const f of project.files) {
    if (!f.kind) continue;
    const s = settings.rulesFor(f.rel).get(id);
    if (s) return s;
  }
  return undefined;
}

type Skip = { skip: 'binary' | 'size' | 'unreadable'; message: string };

function statFile(e: Entry, maxSize: number): Skip | undefined {
  try {
    const st = statSync(e.abs);
    if (!st.isFile()) return { skip: 'unreadable', message: `${e.rel}: not a regular file` };
    if (st.size > maxSize) return { skip: 'size', message: `skipped: ${st.size} bytes is over the ${maxSize}-byte limit (--max-file-size)` };
    e.stat = { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
    return undefined;
  } catch (err) {
    return { skip: 'unreadable', message: `could not be read: ${(err as NodeJS.ErrnoException).code ?? errorText(err)}` };
  }
}

/**
 * With a valid snapshot: give every file this shard reports on its stored output. All or nothing:
 * a file without one would need the project model the snapshot skips building.
 */
function reuseAll(files: readonly Entry[], mine: (rel: string) => boolean, cache: ResultCache, keyOf: (e: Entry) => string | undefined): boolean {
  const found: [Entry, FileOutput][] = [];
  for (const e of files) {
    if (!e.kind || !e.hash || !mine(e.rel)) continue;
    const key = keyOf(e);
    const output = typeof key === 'string' ? cache.output(e.cached, key) : undefined;
    if (!output) return false;
    found.push([e, output]);
  }
  // Not kept for saving: a run answered from the snapshot leaves the stored cache as it is.
  for (const [e, output] of found) e.output = output;
  return true;
}

function noticeOf(s: Skip, rel: string): Notice {
  return { level: s.skip === 'unreadable' ? 'warning' : 'note', id: `skipped-${s.skip}`, path: rel, message: s.message };
}

/** Read a file's text if the cache let us skip it; false (with a notice) if it cannot be read now. */
function ensureText(e: Entry, notices: Notice[], mine: (rel: string) => boolean): boolean {
  if (e.text !== undefined) return true;
  const read = readText(e.abs);
  if ('skip' in read) {
    if (mine(e.rel)) notices.push(noticeOf(read, e.rel));
    return false;
  }
  e.text = read.text;
  e.hash = contentHash(read.text);
  return true;
}

function readQuietly(abs: string | undefined): string | undefined {
  if (!abs) return undefined;
  const r = readText(abs);
  return 'text' in r ? r.text : undefined;
}

function parseFailure(source: SourceFile, err: unknown, enabled: ReadonlyMap<string, RuleSetting>, ruleById: Map<string, AnyRule>): RawFinding {
  const rule = ruleById.get(PL.parse) ?? ({ id: PL.parse, name: 'parse-error' } as AnyRule);
  return makeFinding(rule, enabled.get(PL.parse)?.severity ?? 'note', source, { start: 0, end: 0 }, `${source.path} could not be parsed: ${errorText(err)}`, []);
}

function abandonedOutput(e: Entry, reason: string, enabled: ReadonlyMap<string, RuleSetting>, ruleById: Map<string, AnyRule>): FileOutput {
  const source = new SourceFile(e.rel, e.abs, e.text ?? '');
  const rule = ruleById.get(PL.parse) ?? ({ id: PL.parse, name: 'parse-error' } as AnyRule);
  return { rel: e.rel, findings: [makeFinding(rule, enabled.get(PL.parse)?.severity ?? 'note', source, { start: 0, end: 0 }, `${e.rel}: ${reason}; the file was not analysed`, [])], directives: [], parsed: false };
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.start.line - b.start.line || a.start.column - b.start.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

function applySuppressions(
  findings: RawFinding[],
  directives: Map<string, PositionedDirective[]>,
  settings: RunSettings,
  ruleById: Map<string, AnyRule>,
  ruleByName: Map<string, AnyRule>,
  today: string,
  stats: RunResult['stats'],
): RawFinding[] {
  const used = new Set<PositionedDirective>();
  const kept: RawFinding[] = [];
  for (const finding of findings) {
    const list = settings.inlineSuppressions ? directives.get(finding.path) : undefined;
    const hit = finding.ruleId.startsWith('PL00') ? undefined : list?.find((d) => directiveMatches(d, { ruleId: finding.ruleId, ruleName: finding.ruleName, line: finding.start.line }, today));
    if (hit) {
      used.add(hit);
      stats.suppressed++;
      continue;
    }
    kept.push(finding);
  }
  if (!settings.inlineSuppressions) return kept;
  const extra: RawFinding[] = [];
  for (const [rel, list] of directives) {
    const enabled = settings.rulesFor(rel);
    const report = (id: string, start: { line: number; column: number }, end: { line: number; column: number }, span: { start: number; end: number }, message: string) => {
      const rule = ruleById.get(id);
      const setting = enabled.get(id);
      if (!rule || !setting) return;
      extra.push({ ruleId: id, ruleName: rule.name, severity: setting.severity, message, path: rel, span, start, end, related: [], fingerprint: '', flagged: message });
    };
    for (const d of list) {
      // Peer pragmas (`# noqa: S113`) serve their own tool too: never unused, unknown or reasonless here.
      if (d.peer) continue;
      d.rules.forEach((r, i) => {
        if (!ruleByName.has(r.name.toLowerCase())) report(PL.unknown, d.ruleRanges[i]!.start, d.ruleRanges[i]!.end, r.span, `suppression names an unknown rule "${r.name}"`);
      });
      if (d.kind !== 'enable' && !used.has(d) && !(d.until && d.until < today)) {
        report(PL.unused, d.start, d.end, d.span, `suppression of ${d.rules.map((r) => r.name).join(', ') || 'all rules'} suppresses nothing`);
      }
      if (settings.requireReason && d.kind !== 'enable' && !d.reason) report(PL.unused, d.start, d.end, d.span, 'suppression has no reason: add " -- why this is safe"');
    }
  }
  extra.sort(compareFindings);
  assignFingerprints(extra, (f) => (f as RawFinding).flagged);
  return [...kept, ...extra];
}
