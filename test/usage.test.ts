/** Usage mistakes: each is one clear line on stderr and exit 2 (issue 15, "One clear line, exit 2"). */
import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { plainRepo } from './helpers/adoption.js';
import { cli } from './helpers/cli.js';

const RELOAD = '#!/bin/sh\nexec uvicorn app:app --reload\n';

async function oneLine(args: string[], dir: string, re: RegExp): Promise<void> {
  const r = await cli(args, dir);
  assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
  assert.equal(r.stderr.trim().split('\n').length, 1, `one line for ${args.join(' ')}: ${r.stderr}`);
  assert.match(r.stderr, re);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
}

describe('one clear line, exit 2', () => {
  test('-o through a file or onto a directory names the path and the problem', async () => {
    const dir = plainRepo({ 'start.sh': RELOAD, Dockerfile: 'FROM python:3.12\n' });
    mkdirSync(join(dir, 'somedir'));
    await oneLine(['-f', 'json', '-o', 'Dockerfile/x.json'], dir, /^prodlint: cannot write Dockerfile\/x\.json: Dockerfile is a file, not a directory$/m);
    await oneLine(['-f', 'json', '-o', 'somedir'], dir, /^prodlint: cannot write somedir: it is a directory/);
    await oneLine(['rules', '-o', 'somedir'], dir, /cannot write somedir/);
    await oneLine(['baseline', '--baseline', 'Dockerfile/b.json'], dir, /cannot write Dockerfile\/b\.json: Dockerfile is a file/);
  });

  test('a run that lints no file warns, and exits 2 when no path given had one', async () => {
    const dir = plainRepo({ 'start.sh': RELOAD, 'README.md': '# hi\n', 'docs/notes.txt': 'x\n' });
    mkdirSync(join(dir, 'emptydir'));
    await oneLine(['emptydir'], dir, /^prodlint: no files to lint in emptydir/);
    await oneLine(['docs'], dir, /no files to lint in docs/);
    // The shell passes an unmatched glob through as it is.
    await oneLine(['emptydir', 'docs'], dir, /nothing to lint: .*emptydir, docs/);
    const mixed = await cli(['emptydir', 'start.sh'], dir);
    assert.equal(mixed.code, 1, 'start.sh was linted and has an error');
    assert.equal(mixed.stderr, 'prodlint: warning: no files to lint in emptydir (none of a kind prodlint lints)\n');
    // pre-commit passes what changed; with --ignore-unknown a README alone is a clean run.
    const hook = await cli(['--ignore-unknown', 'README.md'], dir);
    assert.equal(hook.code, 0, hook.stderr);
    assert.equal(hook.stderr, '');
    await oneLine(['README.md'], dir, /README\.md is not a kind of file prodlint lints \(--ignore-unknown/);
    // A shard may hold no file of a small tree: not an error.
    assert.equal((await cli(['emptydir', '--shard', '2/2'], dir)).code, 0);
  });

  test('prodlint help is --help', async () => {
    const dir = plainRepo({});
    const r = await cli(['help'], dir);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, (await cli(['--help'], dir)).stdout);
  });

  test('flag values: negative numbers, words, values that look like options', async () => {
    const dir = plainRepo({ 'start.sh': RELOAD });
    await oneLine(['--file-timeout', '-5'], dir, /^prodlint: --file-timeout needs a positive whole number of milliseconds, got "-5"$/m);
    await oneLine(['--file-timeout', '0'], dir, /--file-timeout needs a positive whole number/);
    await oneLine(['--workers', 'many'], dir, /^prodlint: --workers needs a positive whole number or auto, got "many"$/m);
    await oneLine(['-c', '-q'], dir, /--config needs a value, but "-q" looks like an option/);
    await oneLine(['--file-timeout'], dir, /--file-timeout needs a value/);
    await oneLine(['--quiet=yes'], dir, /--quiet takes no value/);
  });

  test('unknown options: balanced quotes, a suggestion when one is close', async () => {
    const dir = plainRepo({ 'start.sh': RELOAD });
    const r = await cli(['--bogus'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'prodlint: unknown option --bogus (see prodlint --help; a path starting with "-" goes after --, as in: prodlint -- --bogus)\n');
    for (const q of ['"', "'"]) assert.equal(r.stderr.split(q).length % 2, 1, `balanced ${q}`);
    await oneLine(['--fail-on-x'], dir, /^prodlint: unknown option --fail-on-x \(did you mean --fail-on\?\)$/m);
  });

  test('two formats to standard output are refused; one per --output is fine', async () => {
    const dir = plainRepo({ 'start.sh': RELOAD });
    await oneLine(['-f', 'json', '-f', 'text'], dir, /json and text would both go to standard output/);
    const ok = await cli(['-f', 'json', '-o', 'out.json', '-f', 'text'], dir);
    assert.equal(ok.code, 1, ok.stderr);
    assert.match(ok.stdout, /SH001/);
  });

  test('both .prodlint.yml and .prodlint.yaml: an error naming both', async () => {
    const dir = plainRepo({ 'start.sh': RELOAD, '.prodlint.yaml': 'rules: {}\n', '.prodlint.yml': 'rules: {}\n' });
    await oneLine([], dir, /both .*\.prodlint\.yaml and .*\.prodlint\.yml exist/);
  });

  test('-q with --fail-on none still leaves out notes and warnings', async () => {
    const dir = plainRepo({ 'start.sh': RELOAD, Dockerfile: 'FROM python:3.12-slim\nUSER app\nCMD gunicorn app:app\n' });
    const all = await cli(['--fail-on', 'none', '-f', 'json'], dir);
    const rules = (out: string) => (JSON.parse(out).findings as { ruleId: string; severity: string }[]).map((f) => f.severity);
    assert.ok(rules(all.stdout).includes('warning'));
    const quiet = await cli(['-q', '--fail-on', 'none', '-f', 'json'], dir);
    assert.equal(quiet.code, 0);
    assert.deepEqual([...new Set(rules(quiet.stdout))], ['error']);
  });

  test('prodlint rules -f sarif gives the rules as a SARIF driver; github is refused', async () => {
    const dir = plainRepo({});
    const r = await cli(['rules', '-f', 'sarif'], dir);
    assert.equal(r.code, 0);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    const ids = sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id);
    assert.ok(ids.includes('SH001') && ids.includes('SD011'));
    assert.deepEqual(sarif.runs[0].results, []);
    await oneLine(['rules', '-f', 'github'], dir, /prodlint rules lists rules as text, json or sarif/);
  });

  test('SD011 says the watchdog period with its unit', async () => {
    const dir = plainRepo({ 'app.service': '[Service]\nExecStart=/usr/bin/app\nWatchdogSec=30\n' });
    const r = await cli(['-f', 'json'], dir);
    const sd011 = (JSON.parse(r.stdout).findings as { ruleId: string; message: string }[]).find((f) => f.ruleId === 'SD011');
    assert.ok(sd011, r.stdout);
    assert.match(sd011.message, /kills it every 30 seconds$/);
  });
});

