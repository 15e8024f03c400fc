/**
 * Parsers are loaded only when a file needs them (issue 10): a tree whose files trigger no rule
 * loads no grammar at all, and each grammar and the TypeScript compiler arrive with the first
 * file that needs them (a deployment file needs the shell grammar only when it holds a script).
 * Module state is per process, and node:test runs each file in its own.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { allRules } from '../rules/index.js';
import { run } from '../src/engine.js';
import { loadedGrammars, runtimeLoaded } from '../src/parse/tree-sitter.js';
import { typescriptLoaded } from '../src/parse/typescript.js';
import { loadSettings } from '../src/settings.js';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'prodlint-lazy-'));
  mkdirSync(join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function lint(dir: string): Promise<string[]> {
  const { settings } = loadSettings({ paths: [dir], cwd: dir, root: dir, rules: allRules, workers: 1 });
  return (await run(settings)).findings.map((f) => f.ruleId);
}

test('each parser is loaded by the first file that needs it, and not before', async () => {
  // Ordinary code: nothing triggers, nothing is loaded.
  assert.deepEqual(await lint(tree({ 'app.py': 'def add(a, b):\n    return a + b\n', 'util.ts': 'export const one = 1;\n', 'README.md': '# hi\n' })), []);
  assert.equal(runtimeLoaded(), false);
  assert.deepEqual(loadedGrammars(), []);
  assert.equal(typescriptLoaded(), false);

  // A unit whose commands are exec lines holds no shell script: its commands are read without the
  // shell grammar. One with `sh -c` brings it (the unit is read again with it), and the finding
  // inside the script is there.
  const unit = (exec: string) => `[Service]\nExecStart=${exec}\nRestart=always\nRestartSec=5\n`;
  assert.ok((await lint(tree({ 'api.service': unit('/usr/bin/uvicorn app:app --reload') }))).includes('SH001'));
  assert.deepEqual(loadedGrammars(), []);
  assert.ok((await lint(tree({ 'web.service': unit('/bin/sh -c "exec uvicorn app:app --reload"') }))).includes('SH001'));
  assert.deepEqual(loadedGrammars(), ['bash']);

  // A start script with a dev server: the shell grammar only.
  assert.deepEqual(await lint(tree({ 'start.sh': '#!/bin/sh\nexec uvicorn app:app --reload\n', 'app.py': 'x = 1\n' })), ['SH001']);
  assert.deepEqual(loadedGrammars(), ['bash']);
  assert.equal(typescriptLoaded(), false);

  // Python that triggers a rule brings the Python grammar; TypeScript is still not loaded.
  assert.ok((await lint(tree({ 'app.py': 'from flask import Flask\napp = Flask(__name__)\napp.run(debug=True)\n' }))).includes('PY001'));
  assert.deepEqual(loadedGrammars().sort(), ['bash', 'python']);
  assert.equal(typescriptLoaded(), false);
});
