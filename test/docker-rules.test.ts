import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { allRules } from '../rules/index.js';
import { defaultConfig, type ProdlintConfig } from '../src/config.js';
import { buildContexts, ignoreFileFor } from '../src/docker/contexts.js';
import { migrationCommand } from '../src/docker/migrations.js';
import { run } from '../src/engine.js';
import { buildProject, type ProjectFile } from '../src/project.js';
import { classify } from '../src/classify.js';
import { extractFacts } from '../src/carriers/index.js';
import { parseFile } from '../src/parse/index.js';
import { SourceFile } from '../src/source.js';
import type { RunResult } from '../src/report.js';
import { loadSettings } from '../src/settings.js';
import type { Command, Word } from '../src/types.js';

const roots: string[] = [];
after(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** Write a throwaway project and lint it as production with the given rules. */
async function lintFiles(files: Record<string, string>, only: string[], rules: ProdlintConfig['rules'] = {}): Promise<RunResult> {
  const root = mkdtempSync(join(tmpdir(), 'prodlint-docker-'));
  roots.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  const config: ProdlintConfig = { ...defaultConfig(), rules };
  const { settings } = loadSettings({ paths: [root], cwd: root, root, rules: allRules, config, only: [...only, 'PL000', 'PL001'] });
  return run(settings);
}

const ids = (r: RunResult, id: string) => r.findings.filter((f) => f.ruleId === id).map((f) => `${f.path}:${f.start.line}:${f.start.column}`);

const DOCKER_RULES = allRules.filter((r) => r.id.startsWith('DF'));

for (const rule of DOCKER_RULES) {
  test(`${rule.id}: docs example triggers it and the fix does not`, async () => {
    const ex = await lintFiles({ [rule.docs.example.path ?? 'Dockerfile']: rule.docs.example.code }, [rule.id]);
    assert.ok(ex.findings.some((f) => f.ruleId === rule.id), `${rule.id} example: ${JSON.stringify(ex.findings.map((f) => f.message))}`);
    assert.deepEqual(ex.findings.filter((f) => f.ruleId.startsWith('PL')), [], 'no tool findings');
    const fix = await lintFiles({ [rule.docs.fix.path ?? 'Dockerfile']: rule.docs.fix.code }, [rule.id]);
    assert.deepEqual(fix.findings.map((f) => `${f.ruleId} ${f.message}`), []);
  });
}

test('DF001: the seed 001 layout reports the Dockerfile with the migrations as related location', async () => {
  const r = await lintFiles(
    {
      'Dockerfile': 'FROM python:3.12-slim\nWORKDIR /app\nCOPY main.py .\nCOPY bot/ ./bot/\nCMD ["python", "main.py"]\n',
      'main.py': 'from pathlib import Path\nMIGRATIONS = Path(__file__).parent / "migrations"\n',
      'bot/__init__.py': '',
      'migrations/001_init.sql': 'CREATE TABLE t (id INT);\n',
      'migrations/002_more.sql': 'ALTER TABLE t ADD COLUMN x INT;\n',
    },
    ['DF001'],
  );
  assert.deepEqual(ids(r, 'DF001'), ['Dockerfile:5:5']);
  const [f] = r.findings.filter((x) => x.ruleId === 'DF001');
  assert.match(f!.message, /never copies migrations\//);
  assert.deepEqual(f!.related.map((x) => [x.path, x.start.line]), [['migrations/001_init.sql', 1]]);
});

test('DF001: without a migration command, code that never reads the directory is left alone', async () => {
  const files = {
    'Dockerfile': 'FROM python:3.12-slim\nWORKDIR /app\nCOPY main.py .\nCMD ["python", "main.py"]\n',
    'main.py': 'print("migrations are applied from CI")  # a comment mentioning migrations is not a path\n',
    'migrations/001_init.sql': 'CREATE TABLE t (id INT);\n',
  };
  assert.deepEqual(ids(await lintFiles(files, ['DF001']), 'DF001'), [], 'a sentence that mentions the word is no evidence');
  for (const literal of ['"migrations"', "'./migrations/'", '"file://migrations"', '`${base}/migrations/*.sql`']) {
    const reads = { ...files, 'main.py': `load(${literal})\n` };
    assert.deepEqual(ids(await lintFiles(reads, ['DF001']), 'DF001'), ['Dockerfile:4:5'], literal);
  }
});

test('DF001: adding COPY migrations/ fixes it; a dev Dockerfile is never reported', async () => {
  const files = {
    'Dockerfile': 'FROM python:3.12-slim\nWORKDIR /app\nCOPY main.py .\nCOPY migrations/ ./migrations/\nCMD ["python", "main.py"]\n',
    'Dockerfile.dev': 'FROM python:3.12-slim\nWORKDIR /app\nCOPY main.py .\nCMD ["python", "main.py"]\n',
    'main.py': 'print("bot")\n',
    'migrations/001_init.sql': 'CREATE TABLE t (id INT);\n',
  };
  const r = await lintFiles(files, ['DF001']);
  assert.deepEqual(ids(r, 'DF001'), []);
});

test('DF001: a compose build with context and dockerfile, migration command in compose', async () => {
  const r = await lintFiles(
    {
      'deploy/compose.yaml': 'services:\n  migrate:\n    build:\n      context: ../backend\n      dockerfile: docker/Dockerfile\n    command: ["alembic", "upgrade", "head"]\n',
      'backend/docker/Dockerfile': 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY app/ ./app/\nCMD ["python", "-m", "app"]\n',
      'backend/alembic.ini': '[alembic]\nscript_location = migrations\n',
      'backend/migrations/env.py': 'import alembic\n',
      'backend/app/__main__.py': 'print(1)\n',
    },
    ['DF001'],
  );
  assert.deepEqual(ids(r, 'DF001'), ['backend/docker/Dockerfile:4:5']);
  const f = r.findings.find((x) => x.ruleId === 'DF001')!;
  assert.match(f.message, /alembic upgrade .* alembic\.ini/);
  assert.deepEqual(f.related.map((x) => x.path), ['deploy/compose.yaml', 'backend/alembic.ini']);
});

test('DF001: compose working_dir and a cd in the start script decide where the tool looks', async () => {
  const base = {
    'Dockerfile': 'FROM python:3.12-slim\nWORKDIR /app\nCOPY db/ /opt/db/\nCOPY start.sh ./\nCMD ["./start.sh"]\n',
    'db/alembic.ini': '[alembic]\nscript_location = versions\n',
  };
  const withCd = await lintFiles({ ...base, 'start.sh': '#!/bin/sh\ncd /opt/db\nalembic upgrade head\ncd /app\nexec python -m app\n' }, ['DF001']);
  assert.deepEqual(ids(withCd, 'DF001'), []);
  const withoutCd = await lintFiles({ ...base, 'start.sh': '#!/bin/sh\nalembic upgrade head\nexec python -m app\n' }, ['DF001']);
  assert.deepEqual(ids(withoutCd, 'DF001'), ['Dockerfile:5:1']);
  const workingDir = await lintFiles(
    { ...base, 'start.sh': '#!/bin/sh\nexec python -m app\n', 'compose.yaml': 'services:\n  migrate:\n    build: .\n    working_dir: /opt/db\n    command: alembic upgrade head\n' },
    ['DF001'],
  );
  assert.deepEqual(ids(workingDir, 'DF001'), []);
});

test('DF001: COPY . . with a .dockerignore that excludes the migrations points at the pattern', async () => {
  const r = await lintFiles(
    {
      'Dockerfile': 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nCMD ["sh", "-c", "npx knex migrate:latest && exec node server.js"]\n',
      '.dockerignore': '.git\n.env\nmigrations\n',
      'knexfile.js': 'module.exports = {};\n',
      'server.js': 'console.log(1);\n',
      'migrations/20240101_init.js': 'exports.up = () => {};\n',
    },
    ['DF001'],
  );
  const f = r.findings.filter((x) => x.ruleId === 'DF001');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /\.dockerignore keeps migrations\/ out/);
  assert.deepEqual(f[0]!.related.map((x) => [x.path, x.start.line]), [['migrations/20240101_init.js', 1], ['.dockerignore', 3]]);
});

function words(...values: string[]): Word[] {
  let at = 0;
  return values.map((v) => {
    const w = { value: v, text: v, span: { start: at, end: at + v.length } };
    at += v.length + 1;
    return w;
  });
}
function cmd(...values: string[]): Command {
  const argv = words(...values);
  return { argv, raw: argv, wrappers: [], assigns: [], role: 'start', carrier: {} as Command['carrier'], shellForm: false, span: { start: 0, end: 1 }, background: false, depth: 0, nesting: 0, index: 0, via: [] };
}

test('migration commands and the paths they read', () => {
  const m = (...v: string[]) => migrationCommand(cmd(...v));
  assert.deepEqual(m('alembic', 'upgrade', 'head')?.needsAny, ['alembic.ini']);
  assert.deepEqual(m('alembic', '-c', 'db/alembic.ini', 'upgrade', 'head')?.needsAny, ['db/alembic.ini']);
  assert.equal(m('alembic', 'revision', '--autogenerate'), undefined);
  assert.deepEqual(m('flask', '--app', 'app', 'db', 'upgrade')?.needsAny, ['migrations']);
  assert.deepEqual(m('flask', 'db', 'upgrade', '-d', 'db/migrations')?.needsAny, ['db/migrations']);
  assert.deepEqual(m('prisma', 'migrate', 'deploy')?.needsAny, ['prisma']);
  assert.deepEqual(m('prisma', 'migrate', 'deploy', '--schema', 'db/schema.prisma')?.needsAny, ['db/migrations']);
  assert.equal(m('prisma', 'migrate', 'dev'), undefined);
  assert.deepEqual(m('python', 'manage.py', 'migrate', '--noinput'), { tool: 'manage.py migrate', span: { start: 7, end: 24 } });
  assert.deepEqual(m('bundle', 'exec', 'rails', 'db:migrate')?.needsAny, ['db/migrate']);
  assert.deepEqual(m('bin/rails', 'db:prepare')?.tool, 'rails db:prepare');
  assert.deepEqual(m('yoyo', 'apply', '--batch', '--database', 'postgresql://x', './sql')?.needsAny, ['./sql']);
  assert.deepEqual(m('goose', '-dir', 'db/sql', 'postgres', 'dsn', 'up')?.needsAny, ['db/sql']);
  assert.deepEqual(m('node-pg-migrate', 'up', '-m', 'db/migrations')?.needsAny, ['db/migrations']);
  assert.deepEqual(m('sequelize', 'db:migrate')?.configuredBy, ['.sequelizerc']);
  assert.equal(m('typeorm', 'migration:run', '-d', 'dist/data-source.js')?.needsAny?.[0], 'dist/data-source.js');
  assert.equal(m('uvicorn', 'app:app'), undefined);
});

/** A project model with every file classified, parsed and its facts extracted, as the engine builds it. */
async function modelOf(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'prodlint-model-'));
  roots.push(root);
  const list: ProjectFile[] = [];
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
    const file: ProjectFile = { rel, abs: join(root, rel), environment: 'production' };
    const kind = classify(rel, text);
    if (kind) {
      file.kind = kind;
      file.source = new SourceFile(rel, file.abs, text);
      file.doc = await parseFile(kind, file.source, 'production');
      file.facts = await extractFacts(file.doc);
    }
    list.push(file);
  }
  return buildProject(root, list);
}

test('build contexts: compose string and map forms, inference from COPY sources, ignore files', async () => {
  const model = await modelOf({
    'compose.yaml': 'services:\n  api:\n    build: ./api\n  web:\n    build:\n      context: .\n      dockerfile: web/Dockerfile.prod\n      target: runtime\n  remote:\n    build: https://github.com/example/repo.git\n  vars:\n    build: ${CONTEXT}\n',
    'api/Dockerfile': 'FROM python:3.12\nCOPY . .\n',
    'web/Dockerfile.prod': 'FROM node:20 AS runtime\nCOPY web/ ./\n',
    'web/Dockerfile.prod.dockerignore': '.git\n',
    '.dockerignore': 'node_modules\n',
    'tools/Dockerfile': 'FROM python:3.12\nCOPY scripts/run.py .\n',
    'scripts/run.py': 'print(1)\n',
    'svc/Dockerfile': 'FROM python:3.12\nCOPY . .\n',
  });
  const contexts = buildContexts(model);
  const api = contexts.get('api/Dockerfile')!;
  assert.deepEqual(api.map((c) => [c.dir, c.certain, c.uses.map((u) => u.service.name)]), [['api', true, ['api']]]);
  const web = contexts.get('web/Dockerfile.prod')!;
  assert.deepEqual(web.map((c) => [c.dir, c.certain, c.uses.map((u) => u.target)]), [['', true, ['runtime']]]);
  assert.deepEqual(contexts.get('tools/Dockerfile')!.map((c) => [c.dir, c.certain]), [['', false]], 'COPY scripts/run.py only exists relative to the root');
  assert.deepEqual(contexts.get('svc/Dockerfile')!.map((c) => [c.dir, c.certain]), [['svc', false]]);
  assert.equal(contexts.size, 4, 'remote and variable contexts are left out');
  assert.equal(ignoreFileFor(model, web[0]!)?.path, 'web/Dockerfile.prod.dockerignore', '<Dockerfile>.dockerignore wins');
  assert.equal(ignoreFileFor(model, { dockerfile: 'tools/Dockerfile', dir: '' })?.path, '.dockerignore');
  assert.equal(ignoreFileFor(model, api[0]!), undefined);
});

test('DF004: the orchestratorProbes option silences it', async () => {
  const dockerfile = 'FROM python:3.12-slim\nUSER nobody\nCMD ["python", "-m", "app"]\n';
  assert.deepEqual(ids(await lintFiles({ Dockerfile: dockerfile }, ['DF004']), 'DF004'), ['Dockerfile:1:1']);
  const probed = await lintFiles({ Dockerfile: dockerfile }, ['DF004'], { DF004: { options: { orchestratorProbes: true } } });
  assert.deepEqual(ids(probed, 'DF004'), []);
});

test('DF007: an uncertain context with a .dockerignore in a parent is left alone', async () => {
  const dockerfile = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "-m", "app"]\n';
  assert.deepEqual(ids(await lintFiles({ 'docker/Dockerfile': dockerfile, '.dockerignore': '.git\n.env\n' }, ['DF007']), 'DF007'), []);
  assert.deepEqual(ids(await lintFiles({ 'docker/Dockerfile': dockerfile }, ['DF007']), 'DF007'), ['docker/Dockerfile:3:6']);
  // A compose build states the context: the parent's ignore file does not apply.
  const stated = await lintFiles({ 'docker/Dockerfile': dockerfile, '.dockerignore': '.git\n', 'compose.yaml': 'services:\n  app:\n    build: ./docker\n' }, ['DF007']);
  assert.deepEqual(ids(stated, 'DF007'), ['docker/Dockerfile:3:6']);
});
