/**
 * Baselines: accept today's findings so a legacy repository can adopt prodlint and still fail on
 * new hazards. The file maps each finding's fingerprint (line-independent, see fingerprint.ts) to
 * how many findings carry it, so one accepted finding never hides a second identical one (Bandit's
 * set-membership baseline does: PyCQA/bandit#1467). Entries that match nothing any more are stale;
 * `prodlint baseline --prune` drops them.
 *
 * Entries are grouped by the file their finding is in, because a run over part of the tree
 * (`cd bot && prodlint baseline`, a pre-commit file list) must be able to tell the entries of files
 * it did not lint (kept as they are) from stale ones of files it did (rewritten, pruned, reported).
 *
 * Format 2: `{ "version": 2, "files": { "<path>": { "<fp>": count } } }`, paths and keys sorted,
 * two-space JSON and a trailing newline, so a rewrite of an unchanged tree is byte-identical.
 * Format 1 (`{ "version": 1, "fingerprints": { "<fp>": count } }`) is still read: its entries have
 * no file, so a partial run keeps every one it does not match (under `unattributed`) and only a run
 * over the whole tree may call them stale.
 */
import { readFileSync } from 'node:fs';
import type { Notice, RunResult } from './report.js';
import type { Finding } from './types.js';

export const BASELINE_FILE = '.prodlint-baseline.json';

type Counts = Record<string, number>;

export interface Baseline {
  version: 2;
  /** Repository-relative path -> fingerprint -> accepted count. */
  files: Record<string, Counts>;
  /** Entries read from a format-1 file and not yet matched to a file. */
  unattributed: Counts;
}

/**
 * The part of the tree a run covered: `undefined` for the whole repository, else the
 * repository-relative paths it linted. Entries of other files are never touched or reported.
 */
export type BaselineScope = ReadonlySet<string> | undefined;

/** Findings that say something about the tool run, not the code: never accepted into a baseline. */
const NOT_BASELINED = new Set(['PL000', 'PL001']);

export function baselinable(f: Finding): boolean {
  return !NOT_BASELINED.has(f.ruleId) && f.fingerprint !== '';
}

export function emptyBaseline(): Baseline {
  return { version: 2, files: {}, unattributed: {} };
}

/** How many findings a baseline accepts in all. */
export function baselineSize(b: Baseline): number {
  const sum = (c: Counts) => Object.values(c).reduce((a, n) => a + n, 0);
  return Object.values(b.files).reduce((a, c) => a + sum(c), sum(b.unattributed));
}

function add(b: Baseline, path: string, fp: string, n = 1): void {
  const counts = (b.files[path] ??= {});
  counts[fp] = (counts[fp] ?? 0) + n;
}

/** A baseline accepting every (baselinable) finding. */
export function createBaseline(findings: readonly Finding[]): Baseline {
  const b = emptyBaseline();
  for (const f of findings) if (baselinable(f)) add(b, f.path, f.fingerprint);
  return b;
}

export function serializeBaseline(b: Baseline): string {
  const files: Record<string, Counts> = {};
  for (const path of Object.keys(b.files).sort()) {
    if (Object.keys(b.files[path]!).length > 0) files[path] = sortedRecord(b.files[path]!);
  }
  const legacy = Object.keys(b.unattributed).length > 0 ? { unattributed: sortedRecord(b.unattributed) } : {};
  return `${JSON.stringify({ version: 2, files, ...legacy }, null, 2)}\n`;
}

function sortedRecord(counts: Counts): Counts {
  const out: Counts = {};
  for (const key of Object.keys(counts).sort()) out[key] = counts[key]!;
  return out;
}

export type BaselineRead = { baseline: Baseline } | { error: string };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parse and validate a baseline file's text; `name` is used in error messages. */
export function parseBaseline(text: string, name: string): BaselineRead {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { error: `${name}: not valid JSON (${(err as Error).message.split('\n')[0]})` };
  }
  if (!isObject(data)) return { error: `${name}: expected an object with "version" and "files"` };
  const counts = (value: unknown, what: string): Counts | string => {
    if (!isObject(value)) return `${name}: ${what} must be an object of fingerprint -> count`;
    const out: Counts = {};
    for (const [key, n] of Object.entries(value)) {
      if (key === '' || typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
        return `${name}: fingerprint ${JSON.stringify(key)} must map to a positive whole count, got ${JSON.stringify(n)}`;
      }
      Object.defineProperty(out, key, { value: n, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  const b = emptyBaseline();
  if (data.version === 1) {
    const fps = counts(data.fingerprints, '"fingerprints"');
    if (typeof fps === 'string') return { error: fps };
    b.unattributed = fps;
    return { baseline: b };
  }
  if (data.version !== 2) return { error: `${name}: unsupported baseline version ${JSON.stringify(data.version)} (expected 2, or 1 from older releases)` };
  if (!isObject(data.files)) return { error: `${name}: "files" must be an object of path -> { fingerprint: count }` };
  for (const [path, value] of Object.entries(data.files)) {
    const c = counts(value, `files[${JSON.stringify(path)}]`);
    if (typeof c === 'string') return { error: c };
    Object.defineProperty(b.files, path, { value: c, enumerable: true, writable: true, configurable: true });
  }
  if (data.unattributed !== undefined) {
    const c = counts(data.unattributed, '"unattributed"');
    if (typeof c === 'string') return { error: c };
    b.unattributed = c;
  }
  return { baseline: b };
}

export function readBaseline(path: string, name = path): BaselineRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? `baseline file not found: ${name} (create it with prodlint baseline)` : `${name}: could not be read (${code ?? String(err)})` };
  }
  return parseBaseline(text, name);
}

export interface BaselineMatch {
  /** Findings not covered by the baseline, in their original order. */
  kept: Finding[];
  /** How many findings the baseline covered. */
  baselined: number;
  /** The part of the baseline the findings used, attributed to their files. */
  matched: Baseline;
  /** Of that, per unattributed (format-1) fingerprint, how many entries the findings used. */
  matchedLegacy: Counts;
  /** Recorded findings not seen: of covered files, and unattributed ones on a whole-tree run. */
  staleCount: number;
}

/**
 * Leave out findings the baseline accepts, up to each fingerprint's recorded count; any finding
 * beyond the count is kept, so a new duplicate is reported. Entries of the finding's own file are
 * used first, then unattributed (format-1) ones.
 */
export function matchBaseline(findings: readonly Finding[], baseline: Baseline, scope?: BaselineScope): BaselineMatch {
  const own = emptyBaseline();
  const matched = emptyBaseline();
  const matchedLegacy: Counts = {};
  const kept: Finding[] = [];
  let baselined = 0;
  const recorded = (c: Counts | undefined, fp: string) => (c && Object.hasOwn(c, fp) ? c[fp]! : 0);
  for (const f of findings) {
    const fp = f.fingerprint;
    const file = Object.hasOwn(baseline.files, f.path) ? baseline.files[f.path] : undefined;
    if (baselinable(f) && recorded(own.files[f.path], fp) < recorded(file, fp)) add(own, f.path, fp);
    else if (baselinable(f) && recorded(matchedLegacy, fp) < recorded(baseline.unattributed, fp)) matchedLegacy[fp] = recorded(matchedLegacy, fp) + 1;
    else {
      kept.push(f);
      continue;
    }
    add(matched, f.path, fp);
    baselined++;
  }
  let staleCount = 0;
  for (const [path, counts] of Object.entries(baseline.files)) {
    if (scope && !scope.has(path)) continue;
    for (const [fp, n] of Object.entries(counts)) staleCount += n - recorded(own.files[path], fp);
  }
  if (!scope) for (const [fp, n] of Object.entries(baseline.unattributed)) staleCount += n - recorded(matchedLegacy, fp);
  return { kept, baselined, matched, matchedLegacy, staleCount };
}

/**
 * What stays of `baseline` outside the run: the entries of files the run did not cover, and the
 * unattributed entries it did not match (a partial run cannot tell them from another file's).
 * Nothing stays after a whole-tree run.
 */
function outsideScope(baseline: Baseline, m: BaselineMatch, scope: BaselineScope): Baseline {
  const out = emptyBaseline();
  if (!scope) return out;
  for (const [path, counts] of Object.entries(baseline.files)) if (!scope.has(path)) out.files[path] = { ...counts };
  for (const [fp, n] of Object.entries(baseline.unattributed)) {
    const left = n - (m.matchedLegacy[fp] ?? 0);
    if (left > 0) out.unattributed[fp] = left;
  }
  return out;
}

function merged(a: Baseline, b: Baseline): Baseline {
  const out = emptyBaseline();
  for (const part of [a, b]) {
    for (const [path, counts] of Object.entries(part.files)) for (const [fp, n] of Object.entries(counts)) add(out, path, fp, n);
    for (const [fp, n] of Object.entries(part.unattributed)) out.unattributed[fp] = (out.unattributed[fp] ?? 0) + n;
  }
  return out;
}

/**
 * `prodlint baseline`: accept the run's findings. Within the run's scope the baseline becomes
 * exactly what the run found; everything outside it is kept (merge, never replace).
 */
export function rewriteBaseline(existing: Baseline | undefined, findings: readonly Finding[], scope: BaselineScope): { baseline: Baseline; kept: number } {
  const fresh = createBaseline(findings);
  if (!existing) return { baseline: fresh, kept: 0 };
  const outside = outsideScope(existing, matchBaseline(findings, existing, scope), scope);
  return { baseline: merged(outside, fresh), kept: baselineSize(outside) };
}

/**
 * `prodlint baseline --prune`: the baseline with the stale counts of the run's scope removed;
 * what still matches stays, entries outside the scope stay, nothing new is added.
 */
export function pruneBaseline(baseline: Baseline, findings: readonly Finding[], scope?: BaselineScope): { baseline: Baseline; removed: number } {
  const m = matchBaseline(findings, baseline, scope);
  return { baseline: merged(outsideScope(baseline, m, scope), m.matched), removed: m.staleCount };
}

/**
 * Apply a baseline to a run: baselined findings leave every output and the exit code,
 * `stats.baselined` counts them, and stale entries of the files the run covered become one
 * notice. `name` is how the notice names the file.
 */
export function applyBaseline(result: RunResult, baseline: Baseline, name: string, scope?: BaselineScope): RunResult {
  const m = matchBaseline(result.findings, baseline, scope);
  const notices: Notice[] = [...result.notices];
  const n = m.staleCount;
  if (n > 0) {
    const where = scope ? ` in the files linted` : '';
    notices.push({
      level: 'warning',
      id: 'baseline-stale',
      message: `${name}: ${n} baselined finding${n === 1 ? '' : 's'}${where} no longer occur${n === 1 ? 's' : ''} (fixed or changed); remove ${n === 1 ? 'it' : 'them'} with prodlint baseline --prune`,
    });
  }
  return { ...result, findings: m.kept, notices, stats: { ...result.stats, baselined: result.stats.baselined + m.baselined } };
}
