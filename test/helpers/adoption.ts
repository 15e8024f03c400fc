/**
 * Shared pieces for the adoption tests (baseline, diff mode, init, peer pragmas): temporary git
 * repositories and small stand-in rules, so these tests do not depend on how real rules evolve.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../../src/config.js';
import { run } from '../../src/engine.js';
import type { RunResult } from '../../src/report.js';
import { defineRule, type AnyRule } from '../../src/rule.js';
import { loadSettings } from '../../src/settings.js';
import type { Kind } from '../../src/types.js';
import { allRules } from '../../rules/index.js';

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: tmpdir() },
  });
}

/** Write files (a null value deletes the file). */
export function write(dir: string, files: Record<string, string | null>): void {
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    if (text === null) rmSync(path, { force: true });
    else {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, text);
    }
  }
}

/** A fresh git repository on branch `main` with one commit holding `files`. */
export function gitRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'prodlint-adopt-'));
  git(dir, 'init', '-q', '-b', 'main');
  write(dir, files);
  commitAll(dir, 'initial');
  return dir;
}

export function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
}

/** A plain directory (no git) holding `files`, with a `.git` marker so it is its own root. */
export function plainRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'prodlint-adopt-'));
  mkdirSync(join(dir, '.git'));
  write(dir, files);
  return dir;
}

/** A rule reporting every match of `pattern` (group 1 if present) in files of `kind`. */
export function patternRule(id: string, kind: Kind, pattern: RegExp, extra: Partial<AnyRule> = {}): AnyRule {
  return defineRule({
    id,
    name: `test-${id.toLowerCase()}`,
    severity: 'error',
    category: 'reliability',
    productionOnly: false,
    kinds: [kind],
    triggers: [],
    messages: { hit: `${id} hit` },
    docs: { summary: id, what: id, why: id, example: { kind, code: '' }, fix: { kind, code: '' } },
    document(doc, ctx) {
      const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
      for (let m = re.exec(doc.source.text); m; m = re.exec(doc.source.text)) {
        const start = m[1] !== undefined ? m.index + m[0].indexOf(m[1]) : m.index;
        ctx.report({ messageId: 'hit', span: { start, end: start + (m[1] ?? m[0]).length } });
      }
    },
    ...extra,
  } as AnyRule);
}

/** The engine's own PL rules (unused and unknown suppressions), for tests that count them. */
export const PL_RULES = allRules.filter((r) => r.id.startsWith('PL'));

export async function lintWith(dir: string, rules: AnyRule[], opts: { inlineSuppressions?: boolean; requireReason?: boolean } = {}): Promise<RunResult> {
  const config = opts.requireReason ? { ...defaultConfig(), requireReason: true } : defaultConfig();
  const { settings } = loadSettings({ paths: [dir], cwd: dir, root: dir, rules, config, ...(opts.inlineSuppressions === false ? { inlineSuppressions: false } : {}) });
  return run(settings);
}

export const where = (r: RunResult): string[] => r.findings.map((f) => `${f.path}:${f.start.line} ${f.ruleId}`);
