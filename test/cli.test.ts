import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cli } from './helpers/cli.js';

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'prodlint-cli-'));
  mkdirSync(join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const RELOAD = '#!/bin/sh\nexec uvicorn app:app --reload\n';
const SHELL_FORM = 'FROM python:3.12-slim\nUSER app\nCMD gunicorn app:app\n';

describe('cli', () => {
  test('exit 1 on an error finding, 0 on a clean tree', async () => {
    assert.equal((await cli(['.'], repo({ 'start.sh': RELOAD }))).code, 1);
    assert.equal((await cli(['.'], repo({ 'start.sh': '#!/bin/sh\nexec uvicorn app:app\n' }))).code, 0);
  });

  test('--fail-on decides which severities exit 1', async () => {
    const dir = repo({ Dockerfile: SHELL_FORM }); // DF002 is a warning
    assert.equal((await cli(['.'], dir)).code, 0);
    assert.equal((await cli(['.', '--fail-on', 'warning'], dir)).code, 1);
    assert.equal((await cli(['.', '--fail-on', 'note'], dir)).code, 1);
    const none = await cli(['.', '--fail-on', 'none'], repo({ 'start.sh': RELOAD }));
    assert.equal(none.code, 0);
    assert.match(none.stdout, /SH001/);
  });

  test('--rule turns a rule off or changes its severity', async () => {
    const dir = repo({ 'start.sh': RELOAD });
    const off = await cli(['.', '--rule', 'SH001=off'], dir);
    assert.equal(off.code, 0);
    assert.doesNotMatch(off.stdout, /SH001/);
    const warn = await cli(['.', '--rule', 'dev-server-in-production=warning'], dir);
    assert.equal(warn.code, 0);
    assert.match(warn.stdout, /warning .*SH001/);
  });

  test('usage errors exit 2 with one line naming the problem', async () => {
    const dir = repo({ 'start.sh': RELOAD });
    const cases: [string[], RegExp][] = [
      [['--bogus'], /--bogus/],
      [['missing-dir'], /path not found: missing-dir/],
      [['--format', 'xml'], /unknown --format "xml"/],
      [['--fail-on', 'fatal'], /unknown --fail-on "fatal"/],
      [['--rule', 'SH999=off'], /SH999/],
      [['--max-file-size', 'lots'], /--max-file-size/],
      [['explain', 'NOPE'], /unknown rule "NOPE"/],
    ];
    for (const [args, re] of cases) {
      const r = await cli(args, dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, re);
      assert.equal(r.stderr.trim().split('\n').length, 1, `one line for ${args.join(' ')}: ${r.stderr}`);
    }
  });

  test('an invalid config exits 2 naming file, line and key', async () => {
    const dir = repo({ 'start.sh': RELOAD, '.prodlint.yaml': 'rules:\n  SH001: eror\n' });
    const r = await cli(['.'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.prodlint\.yaml:2:\d+: .*SH001.*eror/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });

  test('config file turns rules off and overrides by path', async () => {
    const dir = repo({
      'deploy/start.sh': RELOAD,
      'ops/start.sh': RELOAD,
      '.prodlint.yaml': 'overrides:\n  - files: ["ops/**"]\n    rules:\n      SH001: off\n',
    });
    const r = await cli(['.', '--format', 'json'], dir);
    const paths = JSON.parse(r.stdout).findings.map((f: { path: string }) => f.path);
    assert.deepEqual(paths, ['deploy/start.sh']);
  });

  test('each --format can go to its own --output, written atomically', async () => {
    const dir = repo({ 'start.sh': RELOAD });
    const r = await cli(['.', '-f', 'sarif', '-o', 'out/prodlint.sarif', '-f', 'json', '-o', 'out/prodlint.json', '-f', 'text'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /SH001/);
    const sarif = JSON.parse(readFileSync(join(dir, 'out/prodlint.sarif'), 'utf8'));
    assert.equal(sarif.runs[0].results[0].ruleId, 'SH001');
    assert.equal(JSON.parse(readFileSync(join(dir, 'out/prodlint.json'), 'utf8')).findings.length, 1);
    assert.deepEqual(readdirSync(join(dir, 'out')).sort(), ['prodlint.json', 'prodlint.sarif'], 'no temp files left behind');
  });

  test('github format prints annotations and writes the step summary', async () => {
    const dir = repo({ 'start.sh': RELOAD });
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const r = await cli(['.', '--format', 'github'], dir, { GITHUB_STEP_SUMMARY: summary });
    assert.match(r.stdout, /^::error file=start\.sh,line=2,endLine=2,col=\d+,endColumn=\d+,title=SH001/m);
    assert.match(readFileSync(summary, 'utf8'), /SH001/);
  });

  test('--quiet prints only findings at or above --fail-on', async () => {
    const dir = repo({ 'start.sh': RELOAD, Dockerfile: SHELL_FORM });
    const r = await cli(['.', '--quiet', '--format', 'json'], dir);
    assert.deepEqual(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId), ['SH001']);
  });

  test('explicit files are linted even when ignored; unknown kinds are noted unless --ignore-unknown', async () => {
    const dir = repo({ 'vendor/start.sh': RELOAD, '.prodlintignore': 'vendor/\n', 'notes.txt': 'hello' });
    // Nothing left to lint once vendor/ is ignored: that is a usage error, not a clean run.
    assert.equal((await cli(['.'], dir)).code, 2);
    assert.equal((await cli(['vendor/start.sh'], dir)).code, 1);
    const alone = await cli(['notes.txt'], dir);
    assert.equal(alone.code, 2);
    assert.equal(alone.stderr, 'prodlint: notes.txt is not a kind of file prodlint lints (--ignore-unknown skips such files quietly)\n');
    const unknown = await cli(['notes.txt', 'vendor/start.sh', '--format', 'json'], dir);
    assert.equal(JSON.parse(unknown.stdout).notices[0].id, 'unknown-kind');
    assert.equal(unknown.stderr, '', 'the notice says it; no second warning');
    const quiet = await cli(['notes.txt', '--format', 'json', '--ignore-unknown'], dir);
    assert.deepEqual(JSON.parse(quiet.stdout).notices, []);
  });

  test('.gitignore is honoured, except for a directory named explicitly', async () => {
    const dir = repo({ 'build/start.sh': RELOAD, 'build/skip/x.sh': RELOAD, 'build/.gitignore': 'skip/\n', '.gitignore': 'build/\n', 'ok.sh': '#!/bin/sh\nexec app\n' });
    assert.equal((await cli(['.'], dir)).code, 0);
    const named = await cli(['build', '--format', 'json'], dir);
    assert.deepEqual(JSON.parse(named.stdout).findings.map((f: { path: string }) => f.path), ['build/start.sh'], 'ignore files inside it still apply');
  });

  test('files over --max-file-size are skipped with a notice', async () => {
    const dir = repo({ 'start.sh': RELOAD + '#'.repeat(2000) + '\n' });
    const r = await cli(['.', '--max-file-size', '1KiB', '--format', 'json'], dir);
    assert.equal(r.code, 0);
    assert.equal(JSON.parse(r.stdout).notices[0].id, 'skipped-size');
  });

  test('explain and rules', async () => {
    const dir = repo({});
    const e = await cli(['explain', 'SH001'], dir);
    assert.equal(e.code, 0);
    assert.match(e.stdout, /dev-server-in-production/);
    assert.match(e.stdout, /--reload/);
    const list = await cli(['rules', '--format', 'json'], dir);
    const rules = JSON.parse(list.stdout) as { id: string }[];
    assert.ok(rules.some((r) => r.id === 'DF002'));
    assert.equal((await cli(['--version'], dir)).stdout.trim(), JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
  });

  test('colour only when asked or on a TTY without NO_COLOR', async () => {
    const dir = repo({ 'start.sh': RELOAD });
    assert.doesNotMatch((await cli(['.'], dir)).stdout, /\x1b\[/);
    assert.match((await cli(['.', '--color'], dir)).stdout, /\x1b\[/);
  });

  void existsSync;
});

describe('the repository a run is about', () => {
  test('a path in another repository is linted as that repository, with its config', async () => {
    const here = repo({ 'start.sh': RELOAD });
    const other = repo({ 'svc/start.sh': RELOAD, 'svc/worker.sh': RELOAD, '.prodlint.yaml': 'ignore: ["svc/worker.sh"]\n' });
    const r = await cli([join(other, 'svc'), '-f', 'json', '--no-cache'], here);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as { findings: { path: string; ruleId: string }[] };
    // Paths relative to the other repository's root; its .prodlint.yaml applied.
    assert.deepEqual(out.findings.map((f) => `${f.path} ${f.ruleId}`), ['svc/start.sh SH001']);
    // A single file of the other repository too.
    const one = JSON.parse((await cli([join(other, 'svc/start.sh'), '-f', 'json', '--no-cache'], here)).stdout) as { findings: { path: string }[] };
    assert.deepEqual(one.findings.map((f) => f.path), ['svc/start.sh']);
    // A path inside the working directory's repository keeps that root.
    const mine = JSON.parse((await cli(['.', '-f', 'json', '--no-cache'], here)).stdout) as { findings: { path: string }[] };
    assert.deepEqual(mine.findings.map((f) => f.path), ['start.sh']);
  });
});
