/**
 * The demo service (fixtures/demo) is what the README's quick start shows. Its findings are pinned
 * in fixtures/demo.expected (path:line:col ID, one per line), and its SARIF must validate.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { formatSarif } from '../src/format/sarif.js';
import { cli } from './helpers/cli.js';
import { lintDir } from './helpers/lint.js';

const ROOT = new URL('..', import.meta.url).pathname;
const DEMO = join(ROOT, 'fixtures/demo');

test('the demo reports exactly the pinned findings', async () => {
  const result = await lintDir(DEMO);
  const actual = result.findings.map((f) => `${f.path}:${f.start.line}:${f.start.column} ${f.ruleId}`);
  const expected = readFileSync(join(ROOT, 'fixtures/demo.expected'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  assert.deepEqual(actual, expected);
});

test('the quick-start command prints SH001, DF002 and DC001 with line:column', async () => {
  const r = await cli(['fixtures/demo'], ROOT);
  assert.equal(r.code, 1);
  for (const id of ['SH001', 'DF002', 'DC001']) assert.match(r.stdout, new RegExp(`\\d+:\\d+ +\\w+ +.*${id}`));
});

test('SARIF of the demo validates and carries what code scanning needs', async () => {
  const r = await cli(['fixtures/demo', '--format', 'sarif'], ROOT);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const log: any = JSON.parse(r.stdout);
  const schema = JSON.parse(readFileSync(join(ROOT, 'test/sarif-2.1.0.json'), 'utf8'));
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const valid = ajv.validate(schema, JSON.parse(r.stdout));
  assert.ok(valid, JSON.stringify(ajv.errors?.slice(0, 3)));
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.columnKind, 'utf16CodeUnits');
  const rules = run.tool.driver.rules as { id: string; help?: { markdown: string }; helpUri: string }[];
  const reported = new Set(run.results.map((res: { ruleId: string }) => res.ruleId));
  for (const rule of rules) {
    // Full help for every rule with results; the rest (ran, found nothing) carry the link only.
    if (reported.has(rule.id)) assert.ok(rule.help!.markdown.length > 50, rule.id);
    else assert.equal(rule.help, undefined, rule.id);
    assert.match(rule.helpUri, /\/blob\/v\d+\.\d+\.\d+\/rules\/README\.md#/);
  }
  for (const res of run.results) {
    assert.equal(rules[res.ruleIndex]!.id, res.ruleId);
    const loc = res.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.match(loc.artifactLocation.uri, /^fixtures\/demo\//);
    assert.ok(loc.region.startColumn >= 1 && loc.region.endColumn > loc.region.startColumn || loc.region.endLine > loc.region.startLine);
    assert.match(res.partialFingerprints['prodlint/v1'], /^[0-9a-f]{16}$/);
    assert.equal(res.partialFingerprints.primaryLocationLineHash, undefined);
  }
  const reload = run.results.find((x: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.ruleId === 'SH001' && x.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('.sh'));
  const region = reload.locations[0].physicalLocation.region;
  assert.equal(region.endColumn - region.startColumn, '--reload'.length, 'exclusive end column');
});

test('fingerprints do not change when lines are inserted above', async () => {
  const { mkdtempSync, writeFileSync, mkdirSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'prodlint-fp-'));
  mkdirSync(join(dir, '.git'));
  const script = 'uvicorn a:app --reload &\nuvicorn a:app --reload &\nwait\n';
  writeFileSync(join(dir, 'start.sh'), script);
  const before = (await lintDir(dir, { only: ['SH001'] })).findings.map((f) => f.fingerprint);
  writeFileSync(join(dir, 'start.sh'), '#!/bin/sh\n# comment\n\n' + script);
  const after = (await lintDir(dir, { only: ['SH001'] })).findings.map((f) => f.fingerprint);
  assert.equal(before.length, 2);
  assert.notEqual(before[0], before[1], 'identical findings get distinct fingerprints');
  assert.deepEqual(after, before);
  const sarif = JSON.parse(formatSarif(await lintDir(dir, { only: ['SH001'] })));
  assert.deepEqual(sarif.runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['prodlint/v1']), before);
});
