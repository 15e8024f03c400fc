/**
 * Compose file sets (src/compose/sets.ts, merged.ts, dotenv.ts): the `.env` syntax, compose's merge
 * semantics on the keys the rules read, and that broken sets (cycles, missing or unparsable
 * files, alias bombs) never crash and never invent findings.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { allRules } from '../rules/index.js';
import { defaultConfig } from '../src/config.js';
import { composeFileList, parseDotenv } from '../src/compose/dotenv.js';
import { mergeLayers, originOf } from '../src/compose/merged.js';
import { dependencies } from '../src/compose/depends-on.js';
import { run } from '../src/engine.js';
import { parseCompose } from '../src/parse/compose.js';
import { getPath, scalarString } from '../src/parse/yaml-nodes.js';
import type { RunResult } from '../src/report.js';
import { loadSettings } from '../src/settings.js';
import { SourceFile } from '../src/source.js';

const roots: string[] = [];
after(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

async function lint(files: Record<string, string>, only: string[], sub = ''): Promise<RunResult> {
  const root = mkdtempSync(join(tmpdir(), 'prodlint-sets-'));
  roots.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  const { settings } = loadSettings({ paths: [join(root, sub)], cwd: root, root, rules: allRules, config: defaultConfig(), only: [...only, 'PL000', 'PL001'] });
  return run(settings);
}

const where = (r: RunResult) => r.findings.map((f) => `${f.ruleId} ${f.path}:${f.start.line}:${f.start.column}`).sort();

/** The merged service `name` of the given files (in order). */
function merged(name: string, ...texts: string[]) {
  const layers = texts.map((t, i) => {
    const doc = parseCompose(new SourceFile(`f${i}.yaml`, '', t), 'production');
    const s = doc.tree.services.find((x) => x.name === name)!;
    return { yaml: doc.tree.yaml, node: s.node, source: doc.source };
  });
  return mergeLayers(layers);
}
const at = (m: ReturnType<typeof merged>, path: string) => scalarString(getPath(m.yaml, m.node, path));

test('.env: export, quotes, comments; COMPOSE_FILE split on COMPOSE_PATH_SEPARATOR', () => {
  const env = parseDotenv('# c\nexport A=1\nB="x y" # no\nC=\'$lit\'\nD=v # comment\nbad line\nCOMPOSE_FILE=a.yml;b/c.yml\nCOMPOSE_PATH_SEPARATOR=;\n');
  assert.equal(env.get('A'), '1');
  assert.equal(env.get('B'), 'x y');
  assert.equal(env.get('C'), '$lit');
  assert.equal(env.get('D'), 'v');
  assert.deepEqual(composeFileList(env), ['a.yml', 'b/c.yml']);
  assert.deepEqual(composeFileList(parseDotenv('COMPOSE_FILE=a.yml:b.yml')), ['a.yml', 'b.yml']);
  assert.deepEqual(composeFileList(parseDotenv('OTHER=1')), []);
});

test('merge: mappings key by key, scalars replaced, the later file wins', () => {
  const m = merged('api', 'services:\n  api:\n    image: a:1\n    restart: always\n    deploy:\n      resources:\n        limits:\n          memory: 1G\n', 'services:\n  api:\n    restart: "no"\n    deploy:\n      replicas: 2\n');
  assert.equal(at(m, 'image'), 'a:1');
  assert.equal(at(m, 'restart'), 'no');
  assert.equal(at(m, 'deploy.resources.limits.memory'), '1G');
  assert.equal(at(m, 'deploy.replicas'), '2');
  assert.equal(originOf(getPath(m.yaml, m.node, 'restart'))?.path, 'f1.yaml');
  assert.equal(originOf(getPath(m.yaml, m.node, 'image'))?.path, 'f0.yaml');
});

test('merge: healthcheck.test and command are replaced, disable: true is kept with the base test', () => {
  const m = merged('db', 'services:\n  db:\n    image: postgres:16\n    command: [a, b]\n    healthcheck:\n      test: [CMD, pg_isready]\n', 'services:\n  db:\n    command: [c]\n    healthcheck:\n      disable: true\n', 'services:\n  db:\n    healthcheck:\n      test: [CMD, other]\n');
  const test = getPath(m.yaml, m.node, 'healthcheck.test') as { items: unknown[] };
  assert.deepEqual(test.items.map((i) => scalarString(i)), ['CMD', 'other']);
  assert.equal(at(m, 'healthcheck.disable'), 'true');
  const command = getPath(m.yaml, m.node, 'command') as { items: unknown[] };
  assert.deepEqual(command.items.map((i) => scalarString(i)), ['c']);
});

test('merge: logging options merge for the same driver and are dropped for another one', () => {
  const base = 'services:\n  s:\n    image: x\n    logging:\n      driver: json-file\n      options:\n        max-size: 10m\n';
  const same = merged('s', base, 'services:\n  s:\n    logging:\n      options:\n        max-file: "3"\n');
  assert.equal(at(same, 'logging.options.max-size'), '10m');
  assert.equal(at(same, 'logging.options.max-file'), '3');
  const other = merged('s', base, 'services:\n  s:\n    logging:\n      driver: syslog\n');
  assert.equal(at(other, 'logging.driver'), 'syslog');
  assert.equal(at(other, 'logging.options.max-size'), undefined);
});

test('merge: !reset removes, !override replaces, merge keys of each file are followed', () => {
  const m = merged('s', 'x-d: &d\n  restart: always\n  mem_limit: 1g\nservices:\n  s:\n    <<: *d\n    image: x\n    deploy:\n      resources:\n        limits:\n          memory: 1G\n', 'services:\n  s:\n    restart: !reset null\n    deploy: !override\n      replicas: 1\n');
  assert.equal(at(m, 'restart'), undefined);
  assert.equal(at(m, 'mem_limit'), '1g');
  assert.equal(at(m, 'deploy.resources.limits.memory'), undefined);
  assert.equal(at(m, 'deploy.replicas'), '1');
});

test('merge: depends_on as a list in one file and a mapping in another is merged by name', () => {
  const m = merged('app', 'services:\n  app:\n    image: x\n    depends_on: [db, cache]\n', 'services:\n  app:\n    depends_on:\n      db:\n        condition: service_healthy\n');
  const deps = dependencies(m.yaml, { name: 'app', keySpan: { start: 0, end: 0 }, span: { start: 0, end: 0 }, node: m.node });
  assert.deepEqual(deps.map((d) => [d.name, d.condition]), [['db', 'service_healthy'], ['cache', undefined]]);
});

test('merge: an alias bomb is copied within a bounded budget', () => {
  let text = 'x0: &a0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n';
  for (let i = 1; i < 9; i++) text += `x${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
  text += 'services:\n  s:\n    image: x\n    labels: *a8\n';
  const m = merged('s', text, 'services:\n  s:\n    restart: always\n');
  assert.equal(at(m, 'restart'), 'always');
});

test('sets never crash: include and extends cycles, missing and unparsable files, a missing COMPOSE_FILE entry', async () => {
  const r = await lint(
    {
      'compose.yaml': 'include:\n  - other/compose.yaml\n  - missing.yaml\n  - broken.yaml\nservices:\n  app:\n    image: x\n    restart: always\n    depends_on:\n      db:\n        condition: service_healthy\n  a:\n    extends:\n      file: other/compose.yaml\n      service: b\n',
      'other/compose.yaml': 'include:\n  - ../compose.yaml\nservices:\n  b:\n    extends:\n      file: ../compose.yaml\n      service: a\n  db:\n    image: postgres:16\n    restart: always\n',
      'broken.yaml': 'services:\n  x: [\n',
      'stack/.env': 'COMPOSE_FILE=compose.yaml:nowhere.yaml\n',
      'stack/compose.yaml': 'services:\n  web:\n    image: x\n',
    },
    ['DC001', 'DC004'],
  );
  // The db the included file defines has no health check: found through the include cycle.
  assert.deepEqual(where(r), ['DC001 stack/compose.yaml:2:3', 'DC004 compose.yaml:11:20']);
});

test('a COMPOSE_FILE entry outside the linted paths is read from the disk', async () => {
  const files = {
    'deploy/.env': 'COMPOSE_FILE=base.yml:../shared/live.yml\n',
    'deploy/base.yml': 'services:\n  api:\n    image: example/api:1\n',
    'shared/live.yml': 'services:\n  api:\n    restart: always\n',
  };
  // Only deploy/ is linted; `../shared/live.yml` is inside the repository: read and followed.
  assert.deepEqual(where(await lint(files, ['DC001'], 'deploy')), []);
  const { 'shared/live.yml': _live, ...without } = files;
  void _live;
  assert.deepEqual(where(await lint(without, ['DC001'], 'deploy')), ['DC001 deploy/base.yml:2:3']);
});

test('the result cache notices a changed .env (COMPOSE_FILE) between runs', async () => {
  const root = mkdtempSync(join(tmpdir(), 'prodlint-sets-cache-'));
  roots.push(root);
  const write = (rel: string, text: string) => writeFileSync(join(root, rel), text);
  // Usually git-ignored: read from the disk, not discovered, and still part of the cache's inputs.
  write('.gitignore', '.env\n.cache/\n');
  write('base.yml', 'services:\n  api:\n    image: example/api:1\n');
  write('live.yml', 'services:\n  api:\n    restart: always\n');
  write('.env', 'COMPOSE_FILE=base.yml:live.yml\n');
  const once = async () => {
    const { settings } = loadSettings({ paths: [root], cwd: root, root, rules: allRules, config: defaultConfig(), only: ['DC001'], cacheDir: join(root, '.cache') });
    return where(await run(settings));
  };
  assert.deepEqual(await once(), []);
  write('.env', 'COMPOSE_FILE=base.yml\n');
  assert.deepEqual(await once(), ['DC001 base.yml:2:3']);
});
