/**
 * Why a file is linted the way it is: its kind, its environment and the rule or pattern that
 * decided each (`prodlint --explain-file PATH`, and the `files` of `--format json`). Built from the
 * same answers the engine uses, re-asked one file at a time with the reason kept.
 */
import { resolve } from 'node:path';
import { classify, kindByName, looksLikeCompose, shebangInterpreter } from './classify.js';
import { dockerfilesNamedByCompose, type NamedBy } from './compose/named-dockerfiles.js';
import { discover, MissingPathError, skipDirsWith, toRel } from './discover.js';
import type { RunSettings } from './engine.js';
import { readText } from './read-text.js';
import type { EnvironmentReason } from './config/resolve.js';
import type { Environment, Kind } from './types.js';

export interface FileClassification {
  path: string;
  /** Undefined: not a kind of file prodlint lints. */
  kind?: Kind;
  kindReason: string;
  environment: Environment;
  environmentReason: string;
}

/** Why `classify` (or config `kinds:`, or a compose reference) gave the file its kind. */
export function kindReason(rel: string, head: string, kind: Kind | undefined, how: { override?: Kind | undefined; namedBy?: NamedBy | undefined; config?: string | undefined }): string {
  if (how.override) return `config kinds: in ${how.config ?? '.prodlint.yaml'}`;
  if (how.namedBy) return `named as build.dockerfile by ${how.namedBy.compose}:${how.namedBy.line} (service "${how.namedBy.service}")`;
  if (!kind) return head.startsWith('#!') ? `shebang ${JSON.stringify(head.split('\n', 1)[0])} is no interpreter prodlint lints` : 'neither its name nor its content is of a kind prodlint lints';
  if (kindByName(rel) === kind) return `file name ${JSON.stringify(rel.split('/').pop())}`;
  const interp = shebangInterpreter(head);
  if (interp) return `shebang #!…${interp}`;
  if (kind === 'compose' && looksLikeCompose(head)) return 'YAML with top-level services: holding image: or build:';
  return 'content';
}

/** One line for an environment and the glob that decided it. */
export function environmentText(r: EnvironmentReason, config: string | undefined): string {
  const where = config ?? '.prodlint.yaml';
  switch (r.source) {
    case 'production-paths':
      return `production-paths glob ${JSON.stringify(r.glob)} in ${where} (wins over every development pattern)`;
    case 'default':
      return `built-in development path ${JSON.stringify(r.glob)} (production-paths: in .prodlint.yaml overrides it)`;
    case 'dev-paths':
      return `dev-paths glob ${JSON.stringify(r.glob)} in ${where}`;
    default:
      return 'no development pattern matches (production is the default)';
  }
}

/** Text lines for `--explain-file`. */
export function explanationText(c: FileClassification & { notes?: string[] }): string {
  const lines = [
    `${c.path}`,
    `  kind:        ${c.kind ?? 'none (not linted)'} — ${c.kindReason}`,
    `  environment: ${c.environment} — ${c.environmentReason}`,
  ];
  if (c.environment === 'development') lines.push('               production-only rules skip this file');
  for (const n of c.notes ?? []) lines.push(`  note:        ${n}`);
  return lines.join('\n') + '\n';
}

/** `--explain-file`: each path's classification, as the engine would decide it in a run over the repository. */
export async function explainPaths(paths: readonly string[], settings: RunSettings, root: string, cwd: string): Promise<(FileClassification & { notes: string[] })[]> {
  const out: (FileClassification & { notes: string[] })[] = [];
  let named: Map<string, NamedBy> | undefined;
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const rel = toRel(root, abs);
    const read = readText(abs);
    if ('skip' in read) throw new MissingPathError(`${p}: ${read.message}`);
    const head = read.text.slice(0, 4096);
    const override = settings.kindOverride(rel);
    let kind = override ?? classify(rel, head);
    let namedBy: NamedBy | undefined;
    if (!kind) {
      named ??= await composeReferences(settings, root);
      namedBy = named.get(rel);
      if (namedBy) kind = 'dockerfile';
    }
    const env = settings.explainEnvironment?.(rel) ?? { environment: settings.environmentOf(rel), text: '' };
    const notes: string[] = [];
    const skipDirs = settings.skipDirs ?? skipDirsWith();
    const vendored = rel.split('/').slice(0, -1).find((d) => skipDirs.has(d));
    if (vendored) notes.push(`inside ${vendored}/: skipped when a directory above it is linted (vendor-dirs: in .prodlint.yaml); named like this, it is linted`);
    if (settings.isIgnored(rel)) notes.push('config ignore: excludes it when its directory is linted; named like this, it is linted');
    out.push({ path: rel, ...(kind ? { kind } : {}), kindReason: kindReason(rel, head, kind, { override, namedBy, config: env.config }), environment: env.environment, environmentReason: env.text, notes });
  }
  return out;
}

/** Every compose file of the repository, read for its `build.dockerfile` references. */
async function composeReferences(settings: RunSettings, root: string): Promise<Map<string, NamedBy>> {
  const files = await discover([root], root, root, settings.isIgnored, settings.skipDirs);
  const composes: { rel: string; text: string }[] = [];
  for (const f of files) {
    if (!/\.ya?ml$/i.test(f.rel)) continue;
    const read = readText(f.abs);
    if ('text' in read && classify(f.rel, read.text.slice(0, 4096)) === 'compose') composes.push({ rel: f.rel, text: read.text });
  }
  return dockerfilesNamedByCompose(composes);
}
