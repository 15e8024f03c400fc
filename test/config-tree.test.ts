/** Hierarchical configuration (issue 15, "Configuration like Ruff"): the nearest config above each file applies. */
import { strict as assert } from 'node:assert';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { plainRepo } from './helpers/adoption.js';
import { cli } from './helpers/cli.js';

const RELOAD = '#!/bin/sh\nexec uvicorn app:app --reload\n';

async function found(args: string[], cwd: string): Promise<{ code: number; stderr: string; hits: string[] }> {
  const r = await cli(['-f', 'json', '--fail-on', 'none', '--no-cache', ...args], cwd);
  const hits = r.code === 0 ? (JSON.parse(r.stdout).findings as { ruleId: string; path: string; severity: string }[]).map((f) => `${f.path} ${f.ruleId} ${f.severity}`).sort() : [];
  return { code: r.code, stderr: r.stderr, hits };
}

describe('nested configs', () => {
  test('a subdirectory config applies when run from the root, and from the subdirectory', async () => {
    const dir = plainRepo({
      'start.sh': RELOAD,
      'services/bot/start.sh': RELOAD,
      'services/bot/.prodlint.yaml': 'rules:\n  SH001: warning\n',
      '.prodlint.yaml': 'rules:\n  SH001: note\n',
    });
    const fromRoot = await found([], dir);
    assert.deepEqual(fromRoot.hits, ['services/bot/start.sh SH001 warning', 'start.sh SH001 note']);
    const fromBot = await found([], join(dir, 'services/bot'));
    assert.deepEqual(fromBot.hits, ['services/bot/start.sh SH001 warning']);
    // pre-commit passes file names from the root.
    assert.deepEqual((await found(['services/bot/start.sh', 'start.sh'], dir)).hits, fromRoot.hits);
  });

  test('the nearest config is used whole: globs relative to it, no inheritance of rules', async () => {
    const dir = plainRepo({
      '.prodlint.yaml': 'rules:\n  SH001: note\n',
      'bot/.prodlint.yaml': 'dev-paths: [local/]\nkinds:\n  serve: shell\n',
      'bot/local/start.sh': RELOAD,
      'bot/serve': 'exec uvicorn app:app --reload\n',
      'local/start.sh': RELOAD,
    });
    const { hits } = await found([], dir);
    // bot/local/ is development by bot's dev-paths; the root's local/ is not. bot/serve is shell by
    // bot's kinds. bot's files do not inherit the root's `SH001: note`.
    assert.deepEqual(hits, ['bot/serve SH001 error', 'local/start.sh SH001 note']);
  });

  test('ignore: of every config above a file applies', async () => {
    const dir = plainRepo({
      '.prodlint.yaml': 'ignore: [bot/generated/]\n',
      'bot/.prodlint.yaml': 'rules: {}\n',
      'bot/generated/start.sh': RELOAD,
      'bot/start.sh': RELOAD,
    });
    assert.deepEqual((await found([], dir)).hits, ['bot/start.sh SH001 error']);
  });

  test('run-wide settings in a nested config get a warning', async () => {
    const dir = plainRepo({ 'bot/.prodlint.yaml': 'max-file-size: 10\nrequire-reason: true\n', 'bot/start.sh': RELOAD });
    const r = await found([], dir);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /bot\/\.prodlint\.yaml: max-file-size applies to a whole run, so it is ignored in a nested config/);
    assert.match(r.stderr, /require-reason applies to a whole run/);
    assert.deepEqual(r.hits, ['bot/start.sh SH001 error'], 'the 10-byte limit did not apply');
    // From its own directory it is the run's config, and applies.
    const own = await cli(['-f', 'json', '--no-cache'], join(dir, 'bot'));
    assert.equal(own.stderr, '');
    assert.equal(JSON.parse(own.stdout).notices[0]?.id, 'skipped-size');
  });

  test('configs are found from the walk listings and from the disk alike (a link to a config counts, a directory of that name does not)', async () => {
    const dir = plainRepo({
      'shared/prodlint.yaml': 'rules:\n  SH001: note\n',
      'linked/start.sh': RELOAD,
      'odd/.prodlint.yml/readme.txt': 'a directory, not a config\n',
      'odd/start.sh': RELOAD,
      'above/.prodlint.yaml': 'rules:\n  SH001: warning\n',
      'above/sub/start.sh': RELOAD,
    });
    symlinkSync(join(dir, 'shared/prodlint.yaml'), join(dir, 'linked/.prodlint.yaml'));
    const expected = ['above/sub/start.sh SH001 warning', 'linked/start.sh SH001 note', 'odd/start.sh SH001 error'];
    assert.deepEqual((await found([], dir)).hits, expected);
    // Walking only above/sub never lists above/: its config comes from the disk.
    assert.deepEqual((await found(['above/sub'], dir)).hits, ['above/sub/start.sh SH001 warning']);
    assert.deepEqual((await found(['linked', 'odd'], dir)).hits, expected.slice(1));
  });

  test('--config uses one file for everything', async () => {
    const dir = plainRepo({ 'ci.yaml': 'rules:\n  SH001: note\n', 'bot/.prodlint.yaml': 'rules:\n  SH001: off\n', 'bot/start.sh': RELOAD });
    assert.deepEqual((await found([], dir)).hits, []);
    assert.deepEqual((await found(['--config', 'ci.yaml'], dir)).hits, ['bot/start.sh SH001 note']);
  });

  test('a broken nested config is an error naming it', async () => {
    const dir = plainRepo({ 'bot/.prodlint.yaml': 'rules:\n  SH001: eror\n', 'bot/start.sh': RELOAD, 'start.sh': RELOAD });
    const r = await cli([], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bot\/\.prodlint\.yaml:2:\d+: rules\.SH001: unknown severity "eror"/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    const both = plainRepo({ 'bot/.prodlint.yaml': '', 'bot/.prodlint.yml': '', 'bot/start.sh': RELOAD });
    assert.match((await cli([], both)).stderr, /both .*bot\/\.prodlint\.yaml and .*bot\/\.prodlint\.yml exist/);
  });
});
