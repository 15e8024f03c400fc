/**
 * The pre-commit hook installed and run by a real pre-commit, the way a user's repository uses it:
 * `repo:` pointing at a clone of this repository at a commit, `pre-commit run` on staged files.
 * Offline by construction: the hook is `language: script` over the committed bundle, so nothing is
 * installed or built. Uses the `pre-commit` on PATH (CI installs Debian's 3.0.4 in .ci/run); set
 * PRODLINT_PRE_COMMIT to a space-separated list of executables to try others (e.g. a 4.x in a venv).
 * Without any, the test says so and is skipped, never passed silently.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';

const ROOT = new URL('..', import.meta.url).pathname;

function onPath(name: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

const candidates = (process.env.PRODLINT_PRE_COMMIT ?? '').split(/\s+/).filter((p) => p !== '');
if (candidates.length === 0) {
  const found = onPath('pre-commit');
  if (found) candidates.push(found);
}

function versionOf(exe: string): string {
  return execFileSync(exe, ['--version'], { encoding: 'utf8' }).trim().replace(/^pre-commit\s+/, '');
}

/** Numeric compare of dotted versions ("3.0.4" < "3.10.0"). */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
const hook = hooks.find((h) => h.id === 'prodlint')!;

describe('pre-commit hook under a real pre-commit', () => {
  test('hook definition needs no install step', () => {
    // `script` (4.x: unsupported_script) runs a file of the hook's clone; node/npm languages would
    // run `npm install`, which needs the registry and, on 3.x, breaks on the prepack build output.
    assert.equal(hook.language, 'script');
    assert.match(String(hook.entry), /^dist\/cli\.js .*--ignore-unknown/);
    assert.equal(hook.require_serial, true);
    const mode = execFileSync('git', ['ls-files', '-s', 'dist/cli.js'], { cwd: ROOT, encoding: 'utf8' });
    assert.match(mode, /^100755 /, 'dist/cli.js is committed executable (pre-commit runs it directly)');
  });

  if (candidates.length === 0) {
    const reason = 'pre-commit is not installed (apt-get install pre-commit; .ci/run does this where apt is available)';
    console.log(`# precommit.test.ts: skipped: ${reason}`);
    test('installs and runs offline', { skip: reason }, () => {});
    return;
  }

  for (const exe of candidates) {
    const version = versionOf(exe);
    test(`pre-commit ${version} (${exe}) installs the hook from a clone and runs it offline`, (t) => {
      const min = String(hook.minimum_pre_commit_version);
      assert.ok(compareVersions(version, min) >= 0, `minimum_pre_commit_version ${min} admits ${version}`);
      const work = mkdtempSync(join(tmpdir(), 'prodlint-precommit-'));
      const hookRepo = join(work, 'hookrepo');
      execFileSync('git', ['clone', '--quiet', '--no-hardlinks', ROOT, hookRepo], { stdio: 'pipe' });
      const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: hookRepo, encoding: 'utf8' }).trim();
      const project = join(work, 'project');
      mkdirSync(join(project, 'deploy'), { recursive: true });
      const git = (...args: string[]) => execFileSync('git', args, { cwd: project, stdio: 'pipe' });
      git('init', '--quiet');
      writeFileSync(join(project, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: prodlint\n`);
      writeFileSync(join(project, 'deploy/start.sh'), 'exec uvicorn app:app --reload\n');
      writeFileSync(join(project, 'clean.sh'), 'exec uvicorn app:app\n');
      writeFileSync(join(project, 'README.md'), '# hi\n');
      git('add', '-A');
      // No registry and no proxy: an install step that downloads anything fails here.
      const env = {
        PATH: process.env.PATH,
        HOME: work,
        PRE_COMMIT_HOME: join(work, 'cache'),
        npm_config_offline: 'true',
        npm_config_registry: 'http://127.0.0.1:9/',
        PIP_NO_INDEX: '1',
        https_proxy: 'http://127.0.0.1:9',
        http_proxy: 'http://127.0.0.1:9',
      };
      const run = (files: string[]) =>
        spawnSync(exe, ['run', '--color', 'never', '--files', ...files], { cwd: project, env, encoding: 'utf8' });
      const bad = run(['deploy/start.sh', 'README.md', '.pre-commit-config.yaml']);
      assert.equal(bad.status, 1, bad.stdout + bad.stderr);
      assert.match(bad.stdout, /prodlint\.+Failed/);
      assert.match(bad.stdout, /SH001/);
      assert.match(bad.stdout, /deploy\/start\.sh/);
      const good = run(['clean.sh', 'README.md']);
      assert.equal(good.status, 0, good.stdout + good.stderr);
      assert.match(good.stdout, /prodlint\.+Passed/);
      t.diagnostic(`pre-commit ${version}: hook installed offline from ${rev.slice(0, 12)} and ran`);
    });
  }
});
