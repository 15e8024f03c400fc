/**
 * Docs are part of a rule (DESIGN.md §6): every rule's `docs.example` must trigger it and its
 * `docs.fix` must not, each linted as a real file of its kind; ids, names and files must agree.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { allRules } from '../rules/index.js';
import type { DocExample } from '../src/rule.js';
import { lintDir } from './helpers/lint.js';

const DEFAULT_PATHS: Record<string, string> = {
  shell: 'start.sh',
  dockerfile: 'Dockerfile',
  compose: 'compose.yaml',
  systemd: 'app.service',
  procfile: 'Procfile',
  packagejson: 'package.json',
  python: 'app.py',
  typescript: 'server.ts',
  railway: 'railway.toml',
  fly: 'fly.toml',
  render: 'render.yaml',
  heroku: 'app.json',
};

async function findingsOf(ex: DocExample, id: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'prodlint-doc-'));
  mkdirSync(join(dir, '.git'));
  const path = ex.path ?? DEFAULT_PATHS[ex.kind]!;
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), ex.code);
  const r = await lintDir(dir, { only: [id, 'PL000'] });
  return r.findings.map((f) => `${f.ruleId} ${f.path}:${f.start.line}:${f.start.column} ${f.message}`);
}

describe('rule metadata and docs', () => {
  const files = readdirSync(new URL('../rules/', import.meta.url)).filter((f) => /^[A-Z]{2}\d{3}-.*\.ts$/.test(f));
  test('ids are unique, match the family pattern and their file names', () => {
    assert.equal(new Set(allRules.map((r) => r.id)).size, allRules.length);
    assert.equal(files.length, allRules.length, 'every rule file is in the generated index');
    for (const r of allRules) {
      assert.match(r.id, /^(SH|DF|DC|SD|PF|PY|TS|PL)\d{3}$/);
      assert.match(r.name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(files.includes(`${r.id}-${r.name}.ts`), `rules/${r.id}-${r.name}.ts`);
      assert.ok(r.docs.summary && !r.docs.summary.endsWith('.'), `${r.id} summary`);
      assert.ok(r.docs.what.length > 40 && r.docs.why.length > 40, `${r.id} what/why`);
      for (const m of Object.values(r.messages) as string[]) assert.ok(!m.endsWith('.'), `${r.id} message ends without a period`);
    }
  });
  for (const rule of allRules.filter((r) => !r.id.startsWith('PL'))) {
    test(`${rule.id}: docs.example triggers it and docs.fix does not`, async () => {
      assert.ok(rule.kinds.includes(rule.docs.example.kind) && rule.kinds.includes(rule.docs.fix.kind), 'example kinds are among the rule kinds');
      const bad = await findingsOf(rule.docs.example, rule.id);
      assert.ok(bad.some((f) => f.startsWith(rule.id + ' ')), `${rule.id} example produced: ${bad.join('; ') || 'nothing'}`);
      assert.ok(!bad.some((f) => f.startsWith('PL000')), bad.join('; '));
      const good = await findingsOf(rule.docs.fix, rule.id);
      assert.deepEqual(good, [], `${rule.id} fix should be clean`);
    });
  }
});
