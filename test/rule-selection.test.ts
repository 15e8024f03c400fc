/**
 * Naming and choosing rules on every surface (issue 15, "Names and selection"): shared names
 * select every rule that has them, ids are case-insensitive, and prefixes select like Ruff.
 */
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { allRules } from '../rules/index.js';
import { selectedIds, selectorProblem } from '../src/select.js';
import { rulesNamed } from '../src/rule-names.js';
import { plainRepo } from './helpers/adoption.js';
import { cli } from './helpers/cli.js';

// DF004 and DC002 are both `no-healthcheck`; DF003 is `runs-as-root`, DC007 `no-memory-limit`.
const TREE = {
  Dockerfile: 'FROM python:3.12-slim\nCMD ["python", "app.py"]\n',
  'compose.yaml': 'services:\n  web:\n    image: nginx:1.25\n',
};

async function ruleIds(args: string[], files: Record<string, string> = TREE): Promise<string[]> {
  const r = await cli(['-f', 'json', '--fail-on', 'none', '--no-cache', ...args], plainRepo(files));
  assert.equal(r.code, 0, r.stderr);
  return [...new Set((JSON.parse(r.stdout).findings as { ruleId: string }[]).map((f) => f.ruleId))].sort();
}

describe('a name shared by two rules names both', () => {
  test('every shared name in the catalogue resolves to all its rules', () => {
    const byName = new Map<string, string[]>();
    for (const r of allRules) byName.set(r.name, [...(byName.get(r.name) ?? []), r.id]);
    const shared = [...byName].filter(([, ids]) => ids.length > 1);
    assert.ok(shared.length >= 6, JSON.stringify(shared));
    for (const [name, ids] of shared) assert.deepEqual(rulesNamed(name, allRules).map((r) => r.id), ids);
  });

  test('the starting tree has both no-healthcheck findings', async () => {
    const ids = await ruleIds([]);
    assert.ok(ids.includes('DF004') && ids.includes('DC002'), ids.join());
  });

  test('--rule', async () => {
    const ids = await ruleIds(['--rule', 'no-healthcheck=off']);
    assert.ok(!ids.includes('DF004') && !ids.includes('DC002'), ids.join());
  });

  test('config rules:', async () => {
    const ids = await ruleIds([], { ...TREE, '.prodlint.yaml': 'rules:\n  no-healthcheck: off\n' });
    assert.ok(!ids.includes('DF004') && !ids.includes('DC002'), ids.join());
  });

  test('config overrides:', async () => {
    const ids = await ruleIds([], { ...TREE, '.prodlint.yaml': 'overrides:\n  - files: ["*"]\n    rules:\n      no-healthcheck: off\n' });
    assert.ok(!ids.includes('DF004') && !ids.includes('DC002'), ids.join());
  });

  test('suppression comments', async () => {
    const ids = await ruleIds([], {
      Dockerfile: `# prodlint-disable-file no-healthcheck -- a sidecar checks it\n${TREE.Dockerfile}`,
      'compose.yaml': `# prodlint-disable-file no-healthcheck -- a sidecar checks it\n${TREE['compose.yaml']}`,
    });
    assert.ok(!ids.includes('DF004') && !ids.includes('DC002') && !ids.includes('PL002'), ids.join());
  });

  test('explain', async () => {
    const r = await cli(['explain', 'runs-as-root'], plainRepo({}));
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^DF003 runs-as-root/m);
    assert.match(r.stdout, /^SD004 runs-as-root/m);
  });
});

describe('ids are case-insensitive everywhere', () => {
  test('explain sh001', async () => {
    const r = await cli(['explain', 'sh001'], plainRepo({}));
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^SH001 dev-server-in-production/m);
  });

  test('--rule df004=off', async () => {
    assert.ok(!(await ruleIds(['--rule', 'df004=off'])).includes('DF004'));
  });

  test('config rules: with a lower-case id', async () => {
    assert.ok(!(await ruleIds([], { ...TREE, '.prodlint.yaml': 'rules:\n  df004: off\n' })).includes('DF004'));
  });

  test('suppressions with a lower-case id are used, not unknown', async () => {
    const ids = await ruleIds([], { ...TREE, Dockerfile: `# prodlint-disable-file df004 -- checked by the orchestrator\n${TREE.Dockerfile}` });
    assert.ok(!ids.includes('DF004') && !ids.includes('PL002') && !ids.includes('PL003'), ids.join());
  });

  test('disable and enable match across case', async () => {
    const ids = await ruleIds([], {
      'start.sh': '#!/bin/sh\n# prodlint-disable SH001 -- local only\nexec uvicorn app:app --reload\n# prodlint-enable sh001\nexec uvicorn app:app --reload\n',
    });
    assert.deepEqual(ids.filter((id) => id === 'SH001'), ['SH001'], 'the second line is reported again');
  });
});

describe('selection by prefix', () => {
  const ids = (sources: Parameters<typeof selectedIds>[1]) => [...selectedIds(allRules, sources)].sort();
  const all = allRules.map((r) => r.id);
  const pl = all.filter((id) => id.startsWith('PL'));

  test('select by prefix, id and name; PL rules stay on unless named', () => {
    assert.deepEqual(ids([{ select: ['SH'] }]), [...all.filter((id) => id.startsWith('SH')), ...pl].sort());
    assert.deepEqual(ids([{ select: ['SH', 'DC001'] }]), [...all.filter((id) => id.startsWith('SH')), 'DC001', ...pl].sort());
    assert.deepEqual(ids([{ select: ['runs-as-root'] }]), ['DF003', 'SD004', ...pl].sort());
    assert.deepEqual(ids([{ select: ['sh001'] }]), ['SH001', ...pl].sort());
    assert.deepEqual(ids([{ select: ['ALL'], ignore: ['PL'] }]), all.filter((id) => !id.startsWith('PL')).sort());
  });

  test('the most specific selector wins; ignore wins a tie', () => {
    const sh = all.filter((id) => id.startsWith('SH'));
    assert.deepEqual(ids([{ select: ['SH'], ignore: ['SH001'] }]), [...sh.filter((id) => id !== 'SH001'), ...pl].sort());
    assert.deepEqual(ids([{ select: ['SH001'], ignore: ['SH'] }]), ['SH001', ...pl].sort());
    assert.deepEqual(ids([{ select: ['SH'], ignore: ['SH'] }]), pl);
  });

  test('ignore alone removes; a later select replaces the earlier selection', () => {
    assert.deepEqual(ids([{ ignore: ['PY0'] }]), all.filter((id) => !id.startsWith('PY0')).sort());
    assert.deepEqual(ids([{ select: ['SH'] }, { select: ['DF'] }]), [...all.filter((id) => id.startsWith('DF')), ...pl].sort());
    assert.deepEqual(ids([{ select: ['SH', 'DF'] }, { ignore: ['DF'] }]), [...all.filter((id) => id.startsWith('SH')), ...pl].sort());
  });

  test('a selector that matches nothing is an error with a suggestion', () => {
    assert.equal(selectorProblem('SH', allRules), undefined);
    assert.match(selectorProblem('XX', allRules) ?? '', /"XX" selects no rule/);
    assert.match(selectorProblem('runs-as-rot', allRules) ?? '', /did you mean 'runs-as-root'\?/);
  });

  test('--select and --ignore on the command line', async () => {
    assert.deepEqual(await ruleIds(['--select', 'DF']), ['DF003', 'DF004', 'DF005']);
    assert.deepEqual(await ruleIds(['--select', 'DF003,dc']), ['DC001', 'DC002', 'DC007', 'DF003']);
    assert.deepEqual(await ruleIds(['--select', 'DF', '--select', 'DC001']), ['DC001', 'DF003', 'DF004', 'DF005']);
    assert.deepEqual(await ruleIds(['--ignore', 'DC,DF00']), []);
    // --rule wins over the selection.
    assert.deepEqual(await ruleIds(['--select', 'DF003', '--rule', 'DC001=warning']), ['DC001', 'DF003']);
    assert.deepEqual(await ruleIds(['--ignore', 'DF', '--rule', 'DF004=note', '--select', 'DF']), ['DF004']);
    const bad = await cli(['--select', 'XX9'], plainRepo(TREE));
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^prodlint: --select "XX9" selects no rule/);
  });

  test('select and ignore-rules in the config; --select replaces the config select', async () => {
    const config = { ...TREE, '.prodlint.yaml': 'select: [DF, DC]\nignore-rules: DF004\n' };
    assert.deepEqual(await ruleIds([], config), ['DC001', 'DC002', 'DC007', 'DF003', 'DF005']);
    assert.deepEqual(await ruleIds(['--select', 'DC'], config), ['DC001', 'DC002', 'DC007']);
    assert.deepEqual(await ruleIds(['--ignore', 'DC'], config), ['DF003', 'DF005']);
    const bad = await cli([], plainRepo({ ...TREE, '.prodlint.yaml': 'select: [DF, QQ]\n' }));
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /\.prodlint\.yaml:1:14: select\[1\]: "QQ" selects no rule/);
  });
});
