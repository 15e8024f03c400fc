import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { allRules } from '../rules/index.js';
import { defaultConfig, type ProdlintConfig } from '../src/config.js';
import { run } from '../src/engine.js';
import type { RunResult } from '../src/report.js';
import { loadSettings } from '../src/settings.js';

const roots: string[] = [];
after(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

async function lintFiles(files: Record<string, string>, only: string[], rules: ProdlintConfig['rules'] = {}): Promise<RunResult> {
  const root = mkdtempSync(join(tmpdir(), 'prodlint-compose-'));
  roots.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  const { settings } = loadSettings({ paths: [root], cwd: root, root, rules: allRules, config: { ...defaultConfig(), rules }, only: [...only, 'PL000', 'PL001'] });
  return run(settings);
}

const at = (r: RunResult, id: string) => r.findings.filter((f) => f.ruleId === id).map((f) => `${f.start.line}:${f.start.column}`);

for (const rule of allRules.filter((r) => r.id.startsWith('DC'))) {
  test(`${rule.id}: docs example triggers it and the fix does not`, async () => {
    const ex = await lintFiles({ [rule.docs.example.path ?? 'compose.yaml']: rule.docs.example.code }, [rule.id]);
    assert.ok(ex.findings.some((f) => f.ruleId === rule.id), `${rule.id} example`);
    assert.deepEqual(ex.findings.filter((f) => f.ruleId.startsWith('PL')), []);
    const fix = await lintFiles({ [rule.docs.fix.path ?? 'compose.yaml']: rule.docs.fix.code }, [rule.id]);
    assert.deepEqual(fix.findings.map((f) => `${f.ruleId} ${f.message}`), []);
  });
}

test('DC006: includeDefaultDriver also reports services without logging', async () => {
  const files = { 'compose.yaml': 'services:\n  api:\n    image: example/api:1\n    restart: always\n  migrate:\n    image: example/api:1\n    command: alembic upgrade head\n' };
  assert.deepEqual(at(await lintFiles(files, ['DC006']), 'DC006'), []);
  const r = await lintFiles(files, ['DC006'], { DC006: { options: { includeDefaultDriver: true } } });
  assert.deepEqual(at(r, 'DC006'), ['2:3'], 'the one-shot job stays silent');
  assert.match(r.findings.find((f) => f.ruleId === 'DC006')!.message, /default json-file log driver/);
});

test('DC002: imagesWithHealthcheck names custom images that ship one', async () => {
  const files = { 'compose.yaml': 'services:\n  api:\n    image: registry.example.com/team/api:1.4\n    restart: always\n' };
  assert.deepEqual(at(await lintFiles(files, ['DC002']), 'DC002'), ['2:3']);
  const r = await lintFiles(files, ['DC002'], { DC002: { options: { imagesWithHealthcheck: ['registry.example.com/team/api'] } } });
  assert.deepEqual(at(r, 'DC002'), []);
});

test('DC004: a Dockerfile HEALTHCHECK in an inherited stage counts; NONE does not', async () => {
  const compose = 'services:\n  app:\n    image: example/app:1\n    depends_on:\n      api:\n        condition: service_healthy\n  api:\n    build:\n      context: .\n      target: runtime\n';
  const inherited = await lintFiles({ 'compose.yaml': compose, Dockerfile: 'FROM python:3.12 AS base\nHEALTHCHECK CMD ["true"]\nFROM base AS runtime\nCMD ["python", "-m", "api"]\nFROM base AS debug\n' }, ['DC004']);
  assert.deepEqual(at(inherited, 'DC004'), []);
  const none = await lintFiles({ 'compose.yaml': compose, Dockerfile: 'FROM python:3.12 AS runtime\nHEALTHCHECK NONE\nCMD ["python", "-m", "api"]\n' }, ['DC004']);
  assert.deepEqual(at(none, 'DC004'), ['6:20']);
  assert.match(none.findings.find((f) => f.ruleId === 'DC004')!.message, /disabled/);
  assert.deepEqual(none.findings.find((f) => f.ruleId === 'DC004')!.related.map((r) => r.start.line), [7]);
});

test('DC005 and DC003 see a datastore through the Dockerfile a service builds', async () => {
  const r = await lintFiles(
    {
      'compose.yaml': 'services:\n  app:\n    image: example/app:1\n    depends_on: [db]\n  db:\n    build: ./db\n    ports:\n      - "15432:15432"\n',
      'db/Dockerfile': 'FROM postgis/postgis:16-3.4\nCOPY init.sql /docker-entrypoint-initdb.d/\n',
    },
    ['DC003', 'DC005'],
  );
  assert.deepEqual(at(r, 'DC003'), ['4:18']);
  assert.match(r.findings.find((f) => f.ruleId === 'DC003')!.message, /db \(postgis\)/);
  assert.deepEqual(at(r, 'DC005'), ['8:9']);
});

test('DC008: the build context and the Dockerfile WORKDIR widen what counts as source and code', async () => {
  const r = await lintFiles(
    {
      'deploy/compose.yaml': 'services:\n  api:\n    build: ../services/api\n    volumes:\n      - ../services/api:/opt/service\n      - ../services/api/static:/opt/service/static\n      - ./:/app\n',
      'services/api/Dockerfile': 'FROM python:3.12\nWORKDIR /opt/service\nCOPY . .\n',
    },
    ['DC008'],
  );
  assert.deepEqual(at(r, 'DC008'), ['5:9', '7:9']);
});

test('malformed compose and Dockerfiles never make a rule fail', async () => {
  const mine = allRules.filter((r) => /^D[CF]0/.test(r.id)).map((r) => r.id);
  const r = await lintFiles(
    {
      'compose.yaml': 'services:\n  a:\n    image: ""\n    ports: [abc, "::", 99999999, {target: x}, null, "[::1", "1:2:3:4:5:6"]\n    volumes: [1, {}, ":", "::::", {type: bind}]\n    depends_on: 5\n    logging: oops\n    healthcheck: []\n    build: {context: 7, dockerfile: []}\n  b: null\n  c:\n    depends_on: {a: null, z: {condition: [1]}}\n    build: ../../outside\n    privileged: [true]\n',
      'other.compose.yml': 'services: []\n',
      'Dockerfile': 'FROM\nCOPY\nCOPY --from= a\nWORKDIR\nENV\nENV =x\nUSER\nCMD []\nHEALTHCHECK\nFROM $X AS\nCOPY . $Y\nENTRYPOINT ["unterminated\n',
      'empty/Dockerfile': '',
      'weird/Dockerfile': 'FROM scratch\nCOPY --from=0 / /\nCOPY ["a", "b"\nADD http://x/y.tgz /\nCMD ["./x.sh"]\n',
      'weird/x.sh': '#!/bin/sh\nexec "$@" <<<\n',
      'weird/.dockerignore': '[\n!\n\\\n**\n',
      'migrations/001.sql': 'x',
    },
    mine,
  );
  assert.deepEqual(r.findings.filter((f) => f.ruleId === 'PL001').map((f) => f.message), []);
});
