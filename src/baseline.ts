/**
 * Baselines: accept today's findings so a legacy repository can adopt prodlint and still fail on
 * new hazards. The file maps each finding's fingerprint (line-independent, see fingerprint.ts) to
 * how many findings carry it, so one accepted finding never hides a second identical one (Bandit's
 * set-membership baseline does: PyCQA/bandit#1467). Entries that match nothing any more are stale;
 * `prodlint baseline --prune` drops them.
 *
 * Format: `{ "version": 1, "fingerprints": { "<fp>": count, ... } }`, keys sorted, two-space JSON
 * and a trailing newline, so a rewrite of an unchanged tree is byte-identical.
 */
import { readFileSync } from 'node:fs';
import type { Notice, RunResult } from './report.js';
import type { Finding } from './types.js';

export const BASELINE_FILE = '.prodlint-baseline.json';

export interface Baseline {
  version: 1;
  fingerprints: Record<string, number>;
}

/** Findings that say something about the tool run, not the code: never accepted into a baseline. */
const NOT_BASELINED = new Set(['PL000', 'PL001']);

export function baselinable(f: Finding): boolean {
  return !NOT_BASELINED.has(f.ruleId) && f.fingerprint !== '';
}

/** A baseline accepting every (baselinable) finding. */
export function createBaseline(findings: readonly Finding[]): Baseline {
  const counts = new Map<string, number>();
  for (const f of findings) if (baselinable(f)) counts.set(f.fingerprint, (counts.get(f.fingerprint) ?? 0) + 1);
  return { version: 1, fingerprints: sortedRecord(counts) };
}

export function serializeBaseline(b: Baseline): string {
  const fingerprints = sortedRecord(new Map(Object.entries(b.fingerprints)));
  return `${JSON.stringify({ version: 1, fingerprints }, null, 2)}\n`;
}

function sortedRecord(counts: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of [...counts.keys()].sort()) out[key] = counts.get(key)!;
  return out;
}

export type BaselineRead = { baseline: Baseline } | { error: string };

/** Parse and validate a baseline file's text; `name` is used in error messages. */
export function parseBaseline(text: string, name: string): BaselineRead {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { error: `${name}: not valid JSON (${(err as Error).message.split('\n')[0]})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { error: `${name}: expected an object with "version" and "fingerprints"` };
  const obj = data as Record<string, unknown>;
  if (obj.version !== 1) return { error: `${name}: unsupported baseline version ${JSON.stringify(obj.version)} (expected 1)` };
  const fps = obj.fingerprints;
  if (typeof fps !== 'object' || fps === null || Array.isArray(fps)) return { error: `${name}: "fingerprints" must be an object of fingerprint -> count` };
  const fingerprints: Record<string, number> = {};
  for (const [key, value] of Object.entries(fps)) {
    if (key === '' || typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      return { error: `${name}: fingerprint ${JSON.stringify(key)} must map to a positive whole count, got ${JSON.stringify(value)}` };
    }
    fingerprints[key] = value;
  }
  return { baseline: { version: 1, fingerprints } };
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
  /** Per fingerprint, how many of its recorded findings were seen (at most the recorded count). */
  matched: Map<string, number>;
  /** Fingerprints whose recorded count was not (fully) seen, sorted. */
  stale: string[];
}

/**
 * Leave out findings the baseline accepts, up to each fingerprint's recorded count; any finding
 * beyond the count is kept, so a new duplicate is reported.
 */
export function matchBaseline(findings: readonly Finding[], baseline: Baseline): BaselineMatch {
  const matched = new Map<string, number>();
  const kept: Finding[] = [];
  let baselined = 0;
  for (const f of findings) {
    const allowed = Object.hasOwn(baseline.fingerprints, f.fingerprint) ? baseline.fingerprints[f.fingerprint]! : 0;
    const used = matched.get(f.fingerprint) ?? 0;
    if (baselinable(f) && used < allowed) {
      matched.set(f.fingerprint, used + 1);
      baselined++;
    } else kept.push(f);
  }
  const stale = Object.keys(baseline.fingerprints)
    .filter((fp) => (matched.get(fp) ?? 0) < baseline.fingerprints[fp]!)
    .sort();
  return { kept, baselined, matched, stale };
}

/** The baseline with stale counts removed: what still matches, never anything new. */
export function pruneBaseline(baseline: Baseline, findings: readonly Finding[]): { baseline: Baseline; removed: number } {
  const { matched } = matchBaseline(findings, baseline);
  const counts = new Map<string, number>();
  let removed = 0;
  for (const [fp, recorded] of Object.entries(baseline.fingerprints)) {
    const seen = matched.get(fp) ?? 0;
    removed += recorded - seen;
    if (seen > 0) counts.set(fp, seen);
  }
  return { baseline: { version: 1, fingerprints: sortedRecord(counts) }, removed };
}

/**
 * Apply a baseline to a run: baselined findings leave every output and the exit code,
 * `stats.baselined` counts them, and stale entries become one notice. `name` is how the notice
 * names the file.
 */
export function applyBaseline(result: RunResult, baseline: Baseline, name: string): RunResult {
  const m = matchBaseline(result.findings, baseline);
  const notices: Notice[] = [...result.notices];
  if (m.stale.length > 0) {
    const unmatched = m.stale.reduce((n, fp) => n + baseline.fingerprints[fp]! - (m.matched.get(fp) ?? 0), 0);
    notices.push({
      level: 'warning',
      id: 'baseline-stale',
      message: `${name}: ${unmatched} baselined finding${unmatched === 1 ? '' : 's'} no longer occur${unmatched === 1 ? 's' : ''} (fixed or changed); remove ${unmatched === 1 ? 'it' : 'them'} with prodlint baseline --prune`,
    });
  }
  return { ...result, findings: m.kept, notices, stats: { ...result.stats, baselined: result.stats.baselined + m.baselined } };
}
