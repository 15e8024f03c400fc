/**
 * `prodlint init`: a commented starter `.prodlint.yaml` for the repository it runs in. It surveys
 * the files prodlint would lint (kinds found, files already treated as development, directories
 * that look like development or vendored code) and lists every rule at its default severity, with
 * the rules for kinds the repository does not have commented out. Suggestions that would hide
 * findings (more dev paths, ignores) are written as comments for a person to accept.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { classify, kindByName } from './classify.js';
import { defaultConfig, environmentOf } from './config.js';
import { DEFAULT_VENDOR_DIRS } from './config/defaults.js';
import { discover, skipDirsWith } from './discover.js';
import { KIND_LABELS } from './docs.js';
import type { AnyRule } from './rule.js';
import { familyIndex, familyOfId } from './rule-families.js';
import { KINDS, type Finding, type Kind } from './types.js';
import { topDirectories, type DirCount } from './finding-dirs.js';

export interface InitSurvey {
  /** Files of each kind found (repository-relative, sorted). */
  kinds: Map<Kind, string[]>;
  /** Files the built-in development paths already cover. */
  devFiles: string[];
  /** Directories whose name suggests development-only content, with how many lintable files. */
  devCandidates: { dir: string; files: number }[];
  /**
   * Vendored or third-party directories, with how many lintable files; `skipped`: discovery skips
   * it by default (DEFAULT_VENDOR_DIRS), so its files are not in `kinds`.
   */
  vendorDirs: { dir: string; files: number; skipped?: boolean }[];
  /** Directories that produced most findings in a run with the defaults (src/finding-dirs.ts). */
  findingDirs?: DirCount[];
}

/** Directory names that usually hold nothing deployed, but are too ambiguous for the defaults. */
const DEV_LIKE = new Set(['fixtures', 'fixture', 'samples', 'sample', 'sandbox', 'playground', 'scratch', 'bench', 'benchmark', 'benchmarks', 'mocks', 'mock', 'stubs', 'demo', 'demos', 'local']);
const VENDOR_LIKE = new Set(['vendor', 'vendored', 'third_party', 'third-party', 'thirdparty', 'external', 'extern', 'bower_components']);

/** Files, kinds and development paths of the repository at `root`. */
export async function surveyRepository(root: string): Promise<InitSurvey> {
  // Walked with the vendored trees, to say what the default skips leave out.
  const files = await discover(['.'], root, root, () => false, skipDirsWith([]));
  const skipped = new Set(DEFAULT_VENDOR_DIRS);
  const kinds = new Map<Kind, string[]>();
  const devFiles: string[] = [];
  const devCounts = new Map<string, number>();
  const vendorCounts = new Map<string, number>();
  for (const f of files) {
    const kind = kindByName(f.rel) ?? classify(f.rel, readHead(f.abs));
    if (!kind) continue;
    const vendor = dirNamed(f.rel, VENDOR_LIKE);
    const skip = dirNamed(f.rel, skipped);
    if (!skip) {
      const list = kinds.get(kind);
      if (list) list.push(f.rel);
      else kinds.set(kind, [f.rel]);
    }
    if (skip || vendor) {
      const dir = skip && (!vendor || skip.length <= vendor.length) ? skip : vendor!;
      vendorCounts.set(dir, (vendorCounts.get(dir) ?? 0) + 1);
      continue;
    }
    if (environmentOf(f.rel, defaultConfig()) === 'development') {
      devFiles.push(f.rel);
      continue;
    }
    const dev = dirNamed(f.rel, DEV_LIKE);
    if (dev) devCounts.set(dev, (devCounts.get(dev) ?? 0) + 1);
  }
  const counted = (m: Map<string, number>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([dir, n]) => ({ dir, files: n }));
  const vendorDirs = counted(vendorCounts).map((v) => (skipped.has(lastDir(v.dir)) ? { ...v, skipped: true } : v));
  return { kinds, devFiles, devCandidates: counted(devCounts), vendorDirs };
}

/** `a/vendor/` -> `vendor`. */
function lastDir(dir: string): string {
  return dir.slice(0, -1).split('/').pop()!;
}

/** The directory prefix (with trailing `/`) up to the first segment named in `names`. */
function dirNamed(rel: string, names: ReadonlySet<string>): string | undefined {
  const parts = rel.split('/');
  for (let i = 0; i < parts.length - 1; i++) if (names.has(parts[i]!.toLowerCase())) return `${parts.slice(0, i + 1).join('/')}/`;
  return undefined;
}

/** The first 4 KiB of a file, enough for a shebang or a compose `services:` key; '' if unreadable. */
function readHead(abs: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(abs, 'r');
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const head = buf.subarray(0, n);
    return head.includes(0) ? '' : head.toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const MAX_LISTED = 10;

/** YAML text of the starter configuration. Deterministic for a given survey and rule list. */
export function renderInitConfig(survey: InitSurvey, rules: readonly AnyRule[]): string {
  const out: string[] = [];
  const found = KINDS.filter((k) => survey.kinds.has(k));
  const missing = KINDS.filter((k) => !survey.kinds.has(k));
  out.push(
    '# prodlint configuration, written by `prodlint init`. Every key is optional; edit freely.',
    '# Reference: https://github.com/prodlint/prodlint#configuration',
    '#',
    "# To adopt prodlint without fixing everything first, accept today's findings and fail only on new",
    '# ones:  prodlint baseline   then   prodlint --baseline .prodlint-baseline.json',
    '#',
  );
  if (found.length === 0) out.push('# No files prodlint lints were found.');
  else {
    out.push('# Files found, by kind:');
    const width = Math.max(...found.map((k) => KIND_LABELS[k].length));
    for (const k of found) {
      const files = survey.kinds.get(k)!;
      out.push(`#   ${KIND_LABELS[k].padEnd(width)}  ${String(files.length).padStart(4)}  e.g. ${files.slice(0, 3).join(', ')}`);
    }
  }
  if (missing.length) out.push(`# Not found: ${missing.map((k) => KIND_LABELS[k]).join(', ')}.`);
  out.push('');

  out.push(
    '# Rules at their default severities: set one to off, note, warning or error (by id or name).',
    "# Rules for kinds this repository does not have are commented out. `prodlint explain ID` tells",
    '# the full story of a rule.',
    'rules:',
  );
  const ordered = [...rules].sort((a, b) => familyIndex(a.id) - familyIndex(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let family = '';
  for (const r of ordered) {
    const f = r.id.slice(0, 2);
    if (f !== family) {
      family = f;
      const title = familyOfId(r.id)?.title ?? f;
      out.push(`  # ${f}: ${title}`);
    }
    const applies = r.kinds.some((k) => survey.kinds.has(k));
    const entry = `${r.id}: ${r.severity}`.padEnd(15);
    const note = `${r.name}: ${r.docs.summary}`.replace(/[\r\n]+/g, ' ');
    out.push(applies ? `  ${entry}  # ${note}` : `  # ${entry}# ${note}`);
  }
  out.push('');

  out.push('# Development files: production-only rules skip them.');
  if (survey.devFiles.length) {
    out.push('# These files already match the built-in development paths (tests, docs, examples, *.dev.*,', '# compose overrides, ...):');
    for (const f of survey.devFiles.slice(0, MAX_LISTED)) out.push(`#   ${f}`);
    if (survey.devFiles.length > MAX_LISTED) out.push(`#   ... and ${survey.devFiles.length - MAX_LISTED} more`);
  }
  const byFindings = (survey.findingDirs ?? []).filter((d) => !survey.devCandidates.some((c) => c.dir === d.dir));
  if (survey.devCandidates.length || byFindings.length) {
    const what = byFindings.length ? 'These directories look like development, or produce most findings' : 'These directories look like development too';
    out.push(`# ${what}; uncomment the ones that are never deployed:`, '# dev-paths:');
    for (const c of survey.devCandidates) out.push(`#   - ${yamlString(c.dir)}  # ${c.files} file${c.files === 1 ? '' : 's'}`);
    for (const d of byFindings) out.push(`#   - ${yamlString(d.dir)}  # ${d.findings} finding${d.findings === 1 ? '' : 's'}`);
  } else {
    out.push('# dev-paths:', '#   - deploy/staging/**');
  }
  out.push('# Files under a development path that are deployed after all:', '# production-paths:', '#   - docs/deploy/**', '');

  const plural = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
  const defaultSkips = survey.vendorDirs.filter((v) => v.skipped);
  const otherVendored = survey.vendorDirs.filter((v) => !v.skipped);
  out.push(`# Vendored code: directories named ${DEFAULT_VENDOR_DIRS.join(', ')} are never walked, like`, '# node_modules (a directory named on the command line still is).');
  if (defaultSkips.length) {
    out.push(`# Skipped here: ${defaultSkips.map((v) => `${v.dir} (${plural(v.files)})`).join(', ')}. To lint them after all:`);
  } else out.push('# To lint them after all, or to skip other names:');
  out.push('# vendor-dirs: []', '');
  out.push('# Never linted (on top of .gitignore and .prodlintignore):');
  if (otherVendored.length) {
    out.push('# vendored code found; uncomment to skip it:', '# ignore:');
    for (const v of otherVendored) out.push(`#   - ${yamlString(v.dir)}  # ${plural(v.files)}`);
  } else {
    out.push('# ignore:', '#   - "**/*.generated.sh"');
  }
  out.push(
    '',
    '# Files prodlint does not recognise by name or shebang:',
    '# kinds:',
    '#   "bin/serve": shell',
    '',
    '# A suppression comment must say why (prodlint-disable-next-line SH001 -- reason):',
    '# require-reason: true',
    '',
    '# Larger files are skipped with a notice:',
    '# max-file-size: 1MiB',
  );
  return `${out.join('\n')}\n`;
}


/** A path as a YAML scalar: plain when safe, double-quoted otherwise. */
function yamlString(s: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(s) && !/^[-.]/.test(s) ? s : JSON.stringify(s);
}

/** Survey the repository and render its starter configuration; `findings`: of a run with the defaults. */
export async function initConfig(root: string, rules: readonly AnyRule[], findings: readonly Finding[] = []): Promise<string> {
  const survey = await surveyRepository(root);
  // Directories already development by default are not worth proposing.
  const findingDirs = topDirectories(findings, INIT_MIN_FINDINGS).filter((d) => environmentOf(`${d.dir}x`, defaultConfig()) === 'production');
  return renderInitConfig(findingDirs.length ? { ...survey, findingDirs } : survey, rules);
}

/** init proposes directories from fewer findings than the text summary names them. */
const INIT_MIN_FINDINGS = 10;
