/**
 * TS004 (axios, judged per package) and TS006 have asynchronous project hooks: TS/JS files are not
 * parsed in the project model, so these hooks parse what they need themselves. The tests here call
 * the hooks directly on a project model and add the per-file findings of a normal run, so they
 * check the rules whether or not the engine awaits project hooks: the fixture annotations, a run
 * given only some files (as pre-commit does), and settings in sibling packages, which must not count.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import TS004 from '../rules/TS004-http-call-without-timeout.js';
import TS006 from '../rules/TS006-no-graceful-shutdown.js';
import { classify } from '../src/classify.js';
import { defaultConfig, environmentOf } from '../src/config.js';
import { parseFile } from '../src/parse/index.js';
import { extractFacts } from '../src/carriers/index.js';
import { buildProject, type ProjectFile } from '../src/project.js';
import type { AnyRule } from '../src/rule.js';
import { SourceFile } from '../src/source.js';
import { readAnnotations } from './helpers/annotations.js';
import { lintDir } from './helpers/lint.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (!name.endsWith('.expect')) out.push(p);
  }
  return out;
}

/** A project model of `root` holding the files `keep` accepts, as the engine would build it. */
async function modelOf(root: string, keep: (rel: string) => boolean = () => true) {
  const files: ProjectFile[] = [];
  for (const abs of walk(root)) {
    const rel = relative(root, abs);
    if (!keep(rel)) continue;
    const text = readFileSync(abs, 'utf8');
    const kind = classify(rel, text.slice(0, 4096));
    const environment = environmentOf(rel, defaultConfig());
    const file: ProjectFile = { rel, abs, ...(kind ? { kind } : {}), environment };
    // Deployment files carry the start commands that name entry points (process scope).
    if (kind && CARRIERS.has(kind)) {
      file.source = new SourceFile(rel, abs, text);
      file.doc = await parseFile(kind, file.source, environment);
      file.facts = await extractFacts(file.doc);
    }
    files.push(file);
  }
  return buildProject(root, files);
}

const CARRIERS = new Set(['dockerfile', 'compose', 'systemd', 'procfile', 'packagejson']);

/** The rule's findings on `root` as `path:line:col`: its project hook awaited, plus a normal run's per-file findings. */
async function findings(rule: AnyRule, root: string, keep?: (rel: string) => boolean): Promise<string[]> {
  const model = await modelOf(root, keep);
  const found = new Set<string>();
  const ctx = {
    options: {},
    project: model,
    report(r: { span: { start: number }; source: SourceFile }) {
      const p = r.source.positionAt(r.span.start);
      // The engine drops project findings in development files; mirror that.
      if (model.byPath.get(r.source.path)?.environment !== 'development') found.add(`${r.source.path}:${p.line}:${p.column}`);
    },
  };
  await rule.project!(model, ctx as never);
  if (rule.document) {
    const paths = model.files.map((f) => f.abs);
    const result = await lintDir(root, { only: [rule.id], paths });
    for (const f of result.findings) if (f.ruleId === rule.id) found.add(`${f.path}:${f.start.line}:${f.start.column}`);
  }
  return [...found].sort();
}

/** Compare findings with a fixture directory's annotations; returns the problems. */
async function checkFixture(rule: AnyRule): Promise<string[]> {
  const root = join(FIXTURES, rule.id);
  const actual = await findings(rule, root);
  const claimed = new Set<string>();
  const problems: string[] = [];
  let ruleids = 0;
  for (const abs of walk(root)) {
    const rel = relative(root, abs);
    if (classify(rel, '') !== 'typescript') continue;
    const doc = await parseFile('typescript', new SourceFile(rel, abs, readFileSync(abs, 'utf8')), 'production');
    for (const a of readAnnotations(doc)) {
      if (a.ruleId !== rule.id) continue;
      const inRange = actual.filter((f) => {
        const [path, line, col] = f.split(':');
        return path === rel && Number(line) >= a.first && Number(line) <= a.last && (a.column === undefined || Number(col) === a.column) && !claimed.has(f);
      });
      if (a.kind === 'ruleid') {
        ruleids++;
        if (inRange[0]) claimed.add(inRange[0]);
        else problems.push(`missing ${rel}:${a.first}${a.column ? ':' + a.column : ''}`);
      } else if (a.kind === 'ok') {
        for (const f of inRange) problems.push(`unexpected (ok) ${f}`);
      }
    }
  }
  for (const f of actual) if (!claimed.has(f)) problems.push(`unexpected ${f}`);
  assert.ok(ruleids >= 4, `${rule.id} fixtures have ruleid annotations`);
  return problems;
}

test('TS006 reports exactly the fixture annotations', async () => {
  assert.deepEqual(await checkFixture(TS006), []);
});

test('TS004 (per-file and per-package parts) reports exactly the fixture annotations', async () => {
  assert.deepEqual(await checkFixture(TS004), []);
});

test('TS006 looks on disk for a handler the run was not given (pre-commit passes only changed files)', async () => {
  const root = join(FIXTURES, 'TS006');
  // Only the Koa server is in the run; its SIGTERM handler is in lib/shutdown.js.
  assert.deepEqual(await findings(TS006, root, (rel) => rel === 'koa/server.js' || rel === 'koa/package.json'), []);
  // The Express API has no handler anywhere: still reported.
  assert.deepEqual(await findings(TS006, root, (rel) => rel.startsWith('api/')), ['api/src/server.ts:9:20']);
});

test('TS004 sees axios.defaults.timeout in a file the run was not given', async () => {
  const root = join(FIXTURES, 'TS004');
  assert.deepEqual(await findings(TS004, root, (rel) => rel === 'bootstrap/health.mjs'), []);
});

function tempTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'prodlint-ts-project-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

test('TS006: a handler in a sibling or nested package does not count; one in the same package does', async () => {
  const root = tempTree({
    'package.json': '{ "name": "monorepo", "private": true }\n',
    'services/web/package.json': '{ "name": "web", "dependencies": { "express": "4" } }\n',
    'services/web/index.js': "const app = require('express')();\napp.listen(3000);\n",
    'services/worker/package.json': '{ "name": "worker" }\n',
    'services/worker/index.js': "process.on('SIGTERM', () => process.exit(0));\n",
    'scripts/serve.mjs': "import http from 'node:http';\nhttp.createServer().listen(8080);\n",
    'scripts/tools/package.json': '{ "name": "tools" }\n',
    'scripts/tools/stop.js': "process.on('SIGTERM', () => {});\n",
  });
  assert.deepEqual(await findings(TS006, root), ['scripts/serve.mjs:2:21', 'services/web/index.js:2:5']);

  writeFileSync(join(root, 'services/web/shutdown.js'), "module.exports = (server) => process.once('SIGTERM', () => server.close());\n");
  writeFileSync(join(root, 'scripts/graceful.mjs'), "import closeWithGrace from 'close-with-grace';\ncloseWithGrace(async () => {});\n");
  assert.deepEqual(await findings(TS006, root), []);
});

test('TS004: axios defaults count only in their own package', async () => {
  const root = tempTree({
    'a/package.json': '{ "name": "a" }\n',
    'a/setup.ts': "import axios from 'axios';\nObject.assign(axios.defaults, { timeout: 5000 });\n",
    'a/call.ts': "import axios from 'axios';\nexport const get = (u: string) => axios.get(u);\n",
    'b/package.json': '{ "name": "b" }\n',
    'b/call.ts': "import axios from 'axios';\nexport const get = (u: string) => axios.get(u);\n",
  });
  assert.deepEqual(await findings(TS004, root), ['b/call.ts:2:35']);
});

test('TS006: files that cannot be read or parsed are data, not errors', async () => {
  const root = tempTree({ 'server.ts': "import http from 'http';\nhttp.createServer().listen(80);\nconst x = (;\n" });
  writeFileSync(join(root, 'broken.js'), 'const graceful = (( \u0000\u0001 {{');
  assert.deepEqual(await findings(TS006, root), ['server.ts:2:21']);
  // A handler in a file with a syntax error elsewhere is still seen in the partial tree.
  writeFileSync(join(root, 'broken.js'), 'process.on("SIGTERM", stop);\nconst y = (;\n');
  assert.deepEqual(await findings(TS006, root), []);
});

test('an async project hook that fails rejects for an engine that awaits it, and never as an unhandled rejection', async () => {
  const broken = { root: '/nonexistent', files: null, byPath: new Map(), startedBy: new Map(), exists: () => false, *commands() {} };
  let unhandled = 0;
  const onUnhandled = () => unhandled++;
  process.on('unhandledRejection', onUnhandled);
  try {
    for (const rule of [TS004, TS006]) {
      const pending = rule.project!(broken as never, { options: {}, project: broken, report() {} } as never) as unknown as Promise<void>;
      await new Promise((r) => setImmediate(r));
      await new Promise((r) => setTimeout(r, 10));
      assert.equal(unhandled, 0, `${rule.id}: no unhandled rejection while nobody awaits`);
      await assert.rejects(pending, TypeError);
    }
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
});
