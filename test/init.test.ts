import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadConfig, parseConfigText } from '../src/config.js';
import { renderInitConfig, surveyRepository } from '../src/init.js';
import { allRules } from '../rules/index.js';
import { gitRepo, plainRepo } from './helpers/adoption.js';
import { cli } from './helpers/cli.js';

const REPO = {
  'deploy/start.sh': '#!/bin/sh\nexec uvicorn app:app\n',
  'bin/serve': '#!/usr/bin/env bash\nexec node server.js\n',
  Dockerfile: 'FROM python:3.12\nUSER app\nCMD ["python", "app.py"]\n',
  'docker-compose.yml': 'services:\n  api:\n    build: .\n',
  'docker-compose.override.yml': 'services:\n  api:\n    command: uvicorn app:app --reload\n',
  'tests/test_api.py': 'def test_ok():\n    assert True\n',
  'sandbox/try.sh': '#!/bin/sh\necho hi\n',
  'vendor/lib/run.sh': '#!/bin/sh\necho vendored\n',
  'README.md': '# app\n',
  'ignored/start.sh': '#!/bin/sh\nexec flask run\n',
  '.gitignore': 'ignored/\n',
};

/** The generated text with every suggestion uncommented (what a user accepting them all gets). */
function acceptAll(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/^( {2})# ([A-Z]{2}\d{3}: )/, '$1$2').replace(/^# ((dev-paths|production-paths|ignore|kinds|require-reason|max-file-size):.*)$/, '$1').replace(/^#( {3}(- |"))/, '$1'))
    .join('\n');
}

describe('prodlint init', () => {
  test('survey: kinds found, dev files, dev-looking and vendored directories; .gitignore honoured', async () => {
    const dir = gitRepo(REPO);
    const s = await surveyRepository(dir);
    assert.deepEqual(Object.fromEntries(s.kinds), {
      shell: ['bin/serve', 'deploy/start.sh', 'sandbox/try.sh', 'vendor/lib/run.sh'],
      dockerfile: ['Dockerfile'],
      compose: ['docker-compose.override.yml', 'docker-compose.yml'],
      python: ['tests/test_api.py'],
    });
    assert.deepEqual(s.devFiles, ['docker-compose.override.yml', 'tests/test_api.py']);
    assert.deepEqual(s.devCandidates, [{ dir: 'sandbox/', files: 1 }]);
    assert.deepEqual(s.vendorDirs, [{ dir: 'vendor/', files: 1 }]);
  });

  test('writes a commented config that loads, lists rules at their severities, and stays valid with every suggestion accepted', async () => {
    const dir = gitRepo(REPO);
    const r = await cli(['init'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'prodlint: wrote .prodlint.yaml\n');
    const path = join(dir, '.prodlint.yaml');
    const text = readFileSync(path, 'utf8');
    assert.match(text, /^# {3}shell +4 {2}e\.g\. bin\/serve, deploy\/start\.sh, sandbox\/try\.sh$/m);
    assert.match(text, /^# Not found: systemd, Procfile, package\.json, TypeScript\/JavaScript, Railway, Fly\.io, Render, Heroku\.$/m);
    assert.match(text, /^# {3}docker-compose\.override\.yml$/m);
    assert.match(text, /^# {3}- sandbox\/ {2}# 1 file$/m);
    assert.match(text, /^# {3}- vendor\/ {2}# 1 file$/m);
    for (const rule of allRules) {
      const applies = rule.kinds.some((k) => ['shell', 'dockerfile', 'compose', 'python'].includes(k));
      const line = new RegExp(`^ {2}${applies ? '' : '# '}${rule.id}: ${rule.severity} +# ${rule.name}: `, 'm');
      assert.match(text, line, rule.id);
    }
    // It loads as a configuration and changes no defaults.
    const cfg = loadConfig(path, allRules);
    for (const rule of allRules) if (rule.kinds.some((k) => k === 'shell')) assert.equal(cfg.rules[rule.id]?.severity, rule.severity, rule.id);
    assert.deepEqual(cfg.devPaths, []);
    assert.equal(cfg.requireReason, false);
    // Every suggestion uncommented is still a valid configuration.
    const accepted = parseConfigText(acceptAll(text), 'accepted.yaml', join(dir, 'accepted.yaml'), allRules);
    assert.deepEqual(accepted.devPaths, ['sandbox/']);
    assert.deepEqual(accepted.ignore, ['vendor/']);
    assert.equal(accepted.requireReason, true);
    assert.equal(Object.keys(accepted.rules).length, allRules.length);
    // And the repository lints with it.
    assert.notEqual((await cli(['.'], dir)).code, 2);
  });

  test('refuses to overwrite an existing config unless --force; takes no paths', async () => {
    const dir = gitRepo({ 'start.sh': '#!/bin/sh\nexec uvicorn app:app\n' });
    writeFileSync(join(dir, '.prodlint.yml'), 'rules: {}\n');
    const again = await cli(['init'], dir);
    assert.equal(again.code, 2);
    assert.equal(again.stderr, 'prodlint: .prodlint.yml already exists; edit it, or use prodlint init --force to replace it\n');
    assert.equal(readFileSync(join(dir, '.prodlint.yml'), 'utf8'), 'rules: {}\n');
    assert.equal((await cli(['init', '--force'], dir)).code, 0);
    assert.match(readFileSync(join(dir, '.prodlint.yml'), 'utf8'), /^# prodlint configuration/);
    assert.equal((await cli(['init', 'src'], dir)).code, 2);
    assert.equal((await cli(['.', '--force'], dir)).code, 2);
  });

  test('from a subdirectory it writes at the repository root; same tree, same bytes', async () => {
    const dir = plainRepo({ 'svc/start.sh': '#!/bin/sh\nexec uvicorn app:app\n' });
    const r = await cli(['init'], join(dir, 'svc'));
    assert.equal(r.stdout, 'prodlint: wrote ../.prodlint.yaml\n');
    const first = readFileSync(join(dir, '.prodlint.yaml'), 'utf8');
    assert.equal((await cli(['init', '--force'], dir)).code, 0);
    assert.equal(readFileSync(join(dir, '.prodlint.yaml'), 'utf8'), first);
  });

  test('an empty repository still gets a valid config with every rule commented out', () => {
    const text = renderInitConfig({ kinds: new Map(), devFiles: [], devCandidates: [], vendorDirs: [] }, allRules);
    assert.match(text, /^# No files prodlint lints were found\.$/m);
    assert.doesNotMatch(text, /^ {2}[A-Z]{2}\d{3}:/m, 'no active rule entries');
    const cfg = parseConfigText(text, '.prodlint.yaml', '/x/.prodlint.yaml', allRules);
    assert.deepEqual(cfg.rules, {});
  });
});
