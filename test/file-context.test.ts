/**
 * Files judged in their context (issue 16): vendored trees skipped, development set-ups in
 * non-standard places, classification made visible, repository-level summary.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cli } from './helpers/cli.js';

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'prodlint-context-'));
  mkdirSync(join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const RELOAD = '#!/bin/sh\nexec uvicorn app:app --reload\n';

async function pathsFound(args: string[], dir: string): Promise<string[]> {
  const r = await cli([...args, '--format', 'json', '--no-cache'], dir);
  const json = JSON.parse(r.stdout) as { findings: { path: string }[] };
  return [...new Set(json.findings.map((f) => f.path))].sort();
}

describe('vendored code', () => {
  const files = {
    'start.sh': RELOAD,
    'vendor/github.com/redis/go-redis/v9/start.sh': RELOAD,
    'third_party/lib/start.sh': RELOAD,
    'third-party/lib/start.sh': RELOAD,
    'external/sub/start.sh': RELOAD,
    'src/pip/_vendor/x/start.sh': RELOAD,
    'vendors/start.sh': RELOAD,
  };

  test('vendor/, _vendor/, third_party/, third-party/ and external/ trees are skipped by default', async () => {
    assert.deepEqual(await pathsFound(['.'], repo(files)), ['start.sh', 'vendors/start.sh']);
  });

  test('named on the command line, a vendored tree or file is linted', async () => {
    const dir = repo(files);
    assert.deepEqual(await pathsFound(['vendor'], dir), ['vendor/github.com/redis/go-redis/v9/start.sh']);
    assert.deepEqual(await pathsFound(['third_party/lib/start.sh'], dir), ['third_party/lib/start.sh']);
  });

  test('vendor-dirs: replaces the default list; [] lints every tree', async () => {
    assert.deepEqual(await pathsFound(['.'], repo({ ...files, '.prodlint.yaml': 'vendor-dirs: []\n' })), Object.keys(files).sort());
    assert.deepEqual(await pathsFound(['.'], repo({ ...files, '.prodlint.yaml': 'vendor-dirs: [vendors, external]\n' })), [
      'src/pip/_vendor/x/start.sh',
      'start.sh',
      'third-party/lib/start.sh',
      'third_party/lib/start.sh',
      'vendor/github.com/redis/go-redis/v9/start.sh',
    ]);
  });

  test('vendor-dirs: takes names, not paths or globs', async () => {
    const r = await cli(['.'], repo({ ...files, '.prodlint.yaml': 'vendor-dirs: [lib/vendor]\n' }));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /vendor-dirs\[0\]: expected a directory name/);
  });
});

describe('Dockerfiles named by compose files', () => {
  const SHELL_CMD = 'FROM python:3.12-slim\nUSER app\nCMD gunicorn app:app\n';
  const compose = (df: string) => `services:\n  web:\n    build:\n      context: .\n      dockerfile: ${df}\n`;

  test('a file a compose build.dockerfile names is a Dockerfile, and stops being one (cache too) when no longer named', async () => {
    const dir = repo({ 'deploy/web.docker': SHELL_CMD, 'compose.yaml': compose('deploy/web.docker') });
    const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'prodlint-context-cache-')) };
    const ids = async () => {
      const r = await cli(['.', '--format', 'json'], dir, env);
      return (JSON.parse(r.stdout) as { findings: { path: string; ruleId: string }[] }).findings.filter((f) => f.path === 'deploy/web.docker').map((f) => f.ruleId);
    };
    assert.ok((await ids()).includes('DF002'));
    assert.ok((await ids()).includes('DF002'), 'from the cache');
    writeFileSync(join(dir, 'compose.yaml'), compose('Dockerfile'));
    assert.deepEqual(await ids(), []);
  });

  test('an explicit file named by a compose file of the run gets no unknown-kind notice', async () => {
    const dir = repo({ 'deploy/web.docker': SHELL_CMD, 'compose.yaml': compose('deploy/web.docker') });
    const r = await cli(['deploy/web.docker', 'compose.yaml', '--format', 'json', '--no-cache'], dir);
    const json = JSON.parse(r.stdout) as { notices: { id: string }[]; findings: { ruleId: string }[] };
    assert.deepEqual(json.notices.filter((n) => n.id === 'unknown-kind'), []);
    assert.ok(json.findings.some((f) => f.ruleId === 'DF002'));
  });
});

describe('classification made visible', () => {
  test('--explain-file prints kind, environment and what decided them', async () => {
    const dir = repo({
      'deploy/web.docker': 'FROM python:3.12\nCMD gunicorn app:app\n',
      'compose.yaml': 'services:\n  web:\n    build:\n      context: .\n      dockerfile: deploy/web.docker\n',
      'devcontainer-example/docker-compose.yml': 'services:\n  app:\n    image: x\n',
      'bin/serve': '#!/usr/bin/env bash\nexec node server.js\n',
      'ops/run.sh': RELOAD,
      'vendor/lib/start.sh': RELOAD,
      '.prodlint.yaml': 'dev-paths: [ops/]\n',
    });
    const r = await cli(['--explain-file', 'deploy/web.docker', '--explain-file', 'devcontainer-example/docker-compose.yml', '--explain-file', 'bin/serve', '--explain-file', 'ops/run.sh', '--explain-file', 'vendor/lib/start.sh'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /deploy\/web\.docker\n {2}kind: {8}dockerfile — named as build\.dockerfile by compose\.yaml:5 \(service "web"\)\n {2}environment: production — no development pattern matches/);
    assert.match(r.stdout, /devcontainer-example\/docker-compose\.yml\n {2}kind: {8}compose — file name "docker-compose\.yml"\n {2}environment: development — built-in development path "\*\*\/\*devcontainer\*\/\*\*"/);
    assert.match(r.stdout, /bin\/serve\n {2}kind: {8}shell — shebang #!…bash/);
    assert.match(r.stdout, /ops\/run\.sh\n.*\n {2}environment: development — dev-paths glob "ops\/" in \.prodlint\.yaml/);
    assert.match(r.stdout, /vendor\/lib\/start\.sh\n(.*\n){2}.*\n? {2}note: {8}inside vendor\/: skipped/);
  });

  test('--format json gives each file with findings its kind, environment and reasons', async () => {
    const r = await cli(['.', '--format', 'json', '--no-cache'], repo({ 'start.sh': RELOAD, 'tests/run.sh': RELOAD }));
    const json = JSON.parse(r.stdout) as { files: unknown[] };
    assert.deepEqual(json.files, [{ path: 'start.sh', kind: 'shell', kindReason: 'file name "start.sh"', environment: 'production', environmentReason: 'no development pattern matches (production is the default)' }]);
  });
});

describe('repository-level signal', () => {
  const many: Record<string, string> = { 'start.sh': RELOAD };
  for (let i = 0; i < 12; i++) many[`stacks/kafka/s${i}.sh`] = RELOAD;
  for (let i = 0; i < 10; i++) many[`stacks/redis/s${i}.sh`] = RELOAD;
  for (let i = 0; i < 9; i++) many[`ops/s${i}.sh`] = RELOAD;

  test('the text summary names the directories that produced most findings', async () => {
    const r = await cli(['.', '--no-cache', '--no-color'], repo(many));
    assert.match(r.stdout, /^ {2}most findings come from stacks\/kafka\/ \(12\), stacks\/redis\/ \(10\), ops\/ \(9\)$/m);
    assert.match(r.stdout, /dev-paths: in \.prodlint\.yaml/);
    const few = await cli(['.', '--no-cache', '--no-color'], repo({ 'start.sh': RELOAD, 'ops/a.sh': RELOAD }));
    assert.doesNotMatch(few.stdout, /most findings come from/);
  });

  test('prodlint init proposes them as dev-paths, in the one dev-paths list', async () => {
    const dir = repo({ ...many, 'sandbox/try.sh': '#!/bin/sh\necho hi\n' });
    assert.equal((await cli(['init'], dir)).code, 0);
    const text = readFileSync(join(dir, '.prodlint.yaml'), 'utf8');
    assert.match(text, /^# dev-paths:\n# {3}- sandbox\/ {2}# 1 file\n# {3}- stacks\/kafka\/ {2}# 12 findings\n# {3}- stacks\/redis\/ {2}# 10 findings\n# {3}- ops\/ {2}# 9 findings$/m);
  });
});
