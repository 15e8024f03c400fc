/**
 * The speed machinery never changes the answer: output is byte-identical with and without the
 * cache (cold and warm), with 1 or 2 worker threads, and sharded then merged. A corrupted cache is
 * discarded. (Speed itself is measured by `npm run bench`, never asserted here.)
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cli } from './helpers/cli.js';

const ROOT = new URL('..', import.meta.url).pathname;

/** A small tree with findings in every kind, cross-file links and suppressions. */
function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'prodlint-perf-'));
  mkdirSync(join(dir, '.git'));
  const files: Record<string, string> = {};
  for (let i = 0; i < 12; i++) {
    files[`svc${i}/app.py`] = i % 3 === 0 ? 'from flask import Flask\napp = Flask(__name__)\napp.run(debug=True)\n' : `def f${i}(x):\n    return x + ${i}\n`;
    files[`svc${i}/worker.ts`] = i % 4 === 0 ? "setInterval(async () => { await fetch('http://x'); }, 1000);\n" : `export const v${i} = ${i};\n`;
  }
  files['start_all_services.sh'] = '#!/bin/sh\n# prodlint-disable-next-line SH001 -- staging\nuvicorn a:app --reload &\nuvicorn b:app --reload &\nwait\n';
  files['deploy/app.service'] = '[Service]\nType=forking\nExecStart=/opt/app/start_all_services.sh\nMemoryLimit=2G\n';
  files['Dockerfile'] = 'FROM python:3.12\nCOPY . .\nCMD uvicorn app:app --reload\n';
  files['compose.yaml'] = 'services:\n  api:\n    build: .\n    command: uvicorn app:app --reload\n    ports: ["5432:5432"]\n';
  files['bin.sh'] = '\u0000\u0001binary';
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const FORMATS = ['--format', 'sarif'];

describe('performance features keep output identical', () => {
  test('cache cold, warm, corrupted, and no cache', async () => {
    const dir = tree();
    const cacheHome = mkdtempSync(join(tmpdir(), 'prodlint-cache-'));
    const env = { XDG_CACHE_HOME: cacheHome };
    const none = await cli(['.', '--no-cache', ...FORMATS], dir, env);
    const cold = await cli(['.', ...FORMATS], dir, env);
    const warm = await cli(['.', ...FORMATS], dir, env);
    assert.equal(cold.stdout, none.stdout);
    assert.equal(warm.stdout, none.stdout);
    // An edit invalidates only what it touches, and the answer follows the edit.
    writeFileSync(join(dir, 'svc1/app.py'), 'from flask import Flask\nFlask(__name__).run(debug=True)\n');
    const edited = await cli(['.', ...FORMATS], dir, env);
    const editedNone = await cli(['.', '--no-cache', ...FORMATS], dir, env);
    assert.equal(edited.stdout, editedNone.stdout);
    // A corrupted cache is discarded, never trusted.
    const cacheFile = join(cacheHome, 'prodlint', (await import('node:fs')).readdirSync(join(cacheHome, 'prodlint'))[0]!);
    writeFileSync(cacheFile, '{"format":1,"version":"0.1.0","entries":{"svc1/app.py":{"size":1,"mtimeMs":"x"}}}');
    assert.equal((await cli(['.', ...FORMATS], dir, env)).stdout, editedNone.stdout);
    writeFileSync(cacheFile, 'not json at all');
    assert.equal((await cli(['.', ...FORMATS], dir, env)).stdout, editedNone.stdout);
  });

  test('1 and 2 worker threads give the same output', async () => {
    const dir = tree();
    const { loadSettings } = await import('../src/settings.js');
    const { run } = await import('../src/engine.js');
    const { formatSarif } = await import('../src/format/sarif.js');
    const { allRules } = await import('../rules/index.js');
    const out = async (workers: number) => {
      const { settings } = loadSettings({ paths: [dir], cwd: dir, root: dir, rules: allRules, workers, workerThreshold: 0 });
      const result = await run(settings);
      assert.equal(result.stats.workerThreads, workers === 1 ? 0 : workers, 'the worker pool was really used');
      assert.ok(result.findings.some((f) => f.ruleId.startsWith('PY') || f.ruleId.startsWith('TS')), 'Python/TypeScript findings come from the workers');
      assert.ok(!result.findings.some((f) => f.ruleId === 'PL000'), result.findings.filter((f) => f.ruleId === 'PL000').map((f) => f.message).join('; '));
      return formatSarif(result);
    };
    assert.equal(await out(2), await out(1));
  });

  test('workers started early for a run that then needs none are stopped, and the main thread answers', async () => {
    // 24 Python files (over the threshold of 20 given here) make the engine start the pool before
    // it reads them; only one has a trigger word, so after the prefilter the pool is not used.
    const dir = mkdtempSync(join(tmpdir(), 'prodlint-early-'));
    mkdirSync(join(dir, '.git'));
    for (let i = 0; i < 24; i++) writeFileSync(join(dir, `m${i}.py`), i === 5 ? 'from flask import Flask\nFlask(__name__).run(debug=True)\n' : `X${i} = ${i}\n`);
    const { loadSettings } = await import('../src/settings.js');
    const { run } = await import('../src/engine.js');
    const { formatSarif } = await import('../src/format/sarif.js');
    const { allRules } = await import('../rules/index.js');
    const out = async (workers: number) => {
      const { settings } = loadSettings({ paths: [dir], cwd: dir, root: dir, rules: allRules, workers, workerThreshold: 20 });
      const result = await run(settings);
      assert.equal(result.stats.workersStartedEarly === true, workers > 1, 'the pool was started early only when workers were allowed');
      assert.equal(result.stats.workerThreads, 0, 'one file to analyse: the main thread did it');
      assert.deepEqual(result.findings.map((f) => `${f.path} ${f.ruleId}`), ['m5.py PY001']);
      return formatSarif(result);
    };
    assert.equal(await out(2), await out(1));
    rmSync(dir, { recursive: true, force: true });
  });

  test('shards merged give the unsharded SARIF', async () => {
    const dir = tree();
    const whole = (await cli(['.', '--no-cache', ...FORMATS], dir)).stdout;
    for (const n of [2, 3]) {
      const parts: string[] = [];
      for (let i = 1; i <= n; i++) {
        const out = join(dir, `shard-${n}-${i}.sarif`);
        const r = await cli(['.', '--no-cache', '--shard', `${i}/${n}`, '--format', 'sarif', '--output', out], dir);
        assert.ok(r.code === 0 || r.code === 1, r.stderr);
        parts.push(out);
      }
      const merged = await cli(['merge', ...parts], dir);
      assert.equal(merged.code, 0, merged.stderr);
      assert.equal(merged.stdout, whole, `${n} shards merged`);
      // Every shard reported something different: the partition is real.
      const counts = parts.map((p) => JSON.parse(readFileSync(p, 'utf8')).runs[0].results.length);
      assert.ok(counts.filter((c) => c > 0).length >= 2, `shards ${counts.join(', ')}`);
    }
  });

  test('bad --shard, --workers and merge inputs exit 2', async () => {
    const dir = tree();
    for (const args of [['--shard', '3/2'], ['--shard', 'x'], ['--workers', '0'], ['--file-timeout', '-5'], ['merge'], ['merge', 'nope.sarif']]) {
      const r = await cli(args, dir);
      assert.equal(r.code, 2, args.join(' '));
    }
    writeFileSync(join(dir, 'x.sarif'), '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"other"}}}]}');
    assert.match((await cli(['merge', 'x.sarif'], dir)).stderr, /not prodlint/);
  });
});

void ROOT;

describe('the project snapshot of the cache', () => {
  const lint = async (dir: string, cacheHome: string, paths: string[] = [dir], workers = 1, configPath?: string) => {
    const { loadSettings } = await import('../src/settings.js');
    const { run } = await import('../src/engine.js');
    const { formatSarif } = await import('../src/format/sarif.js');
    const { allRules } = await import('../rules/index.js');
    const { settings } = loadSettings({ paths, cwd: dir, root: dir, rules: allRules, cacheDir: join(cacheHome, 'prodlint'), workers, workerThreshold: 0, ...(configPath ? { configPath } : {}) });
    const result = await run(settings);
    return { sarif: formatSarif(result), fromSnapshot: result.stats.fromSnapshot === true, parsed: result.stats.filesParsed };
  };
  const fresh = async (dir: string) => (await lint(dir, mkdtempSync(join(tmpdir(), 'prodlint-none-')))).sarif;

  test('an unchanged tree is answered from the snapshot; any edit, in any kind, re-runs and gives the uncached answer', async () => {
    const dir = tree();
    const cacheHome = mkdtempSync(join(tmpdir(), 'prodlint-cache-'));
    const cold = await lint(dir, cacheHome);
    assert.equal(cold.fromSnapshot, false);
    const warm = await lint(dir, cacheHome);
    assert.equal(warm.fromSnapshot, true, 'the second full scan used the snapshot');
    assert.equal(warm.sarif, cold.sarif);
    assert.equal(warm.parsed, cold.parsed, 'the same files count as parsed');
    const edits: [string, string][] = [
      ['svc2/app.py', 'from flask import Flask\nFlask(__name__).run(debug=True)\n'],
      // A deployment file: the unit no longer starts the script, so its findings lose that link.
      ['deploy/app.service', '[Service]\nExecStart=/usr/bin/true\n'],
      ['compose.yaml', 'services:\n  api:\n    build: .\n    command: gunicorn app:app\n'],
      // A new file of no known kind is part of the tree too.
      ['notes.txt', 'hello\n'],
      // Files of no kind are inputs of project rules (.dockerignore, alembic.ini): their content counts.
      ['notes.txt', 'changed\n'],
    ];
    for (const [rel, text] of edits) {
      writeFileSync(join(dir, rel), text);
      const edited = await lint(dir, cacheHome);
      assert.equal(edited.fromSnapshot, false, `${rel} edited: not from the snapshot`);
      assert.equal(edited.sarif, await fresh(dir), `${rel} edited: the uncached answer`);
      assert.equal((await lint(dir, cacheHome)).fromSnapshot, true, `${rel} edited, then unchanged: from the snapshot again`);
    }
    // The runs after an edit took the unchanged files from the cache and read some of them again
    // for the project rules: those reads saw what the tree signature pins, and are not inputs.
    const { readdirSync } = await import('node:fs');
    const { contentHash } = await import('../src/cache.js');
    const stored = JSON.parse(readFileSync(join(cacheHome, 'prodlint', readdirSync(join(cacheHome, 'prodlint'))[0]!), 'utf8')) as { projects: { inputs: [string, string, string][] }[] };
    for (const [op, target, digest] of stored.projects[0]!.inputs) {
      if (op !== 'read' || !target.startsWith(dir)) continue;
      assert.notEqual(contentHash(readFileSync(target.split('\0')[0]!, 'utf8')), digest, `${target}: a read of a tree file, pinned by the signature`);
    }
  });

  test('a script that only a replaced CMD starts is annotated once, cold, warm and after an unrelated edit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prodlint-overridden-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER app\nCMD ["./dev-start.sh"]\n');
    writeFileSync(join(dir, 'dev-start.sh'), '#!/bin/sh\nexec uvicorn app:app --host 0.0.0.0 --reload\n', { mode: 0o755 });
    writeFileSync(join(dir, 'compose.yaml'), 'services:\n  api:\n    build: .\n    command: ["gunicorn", "app:app"]\n    restart: unless-stopped\n');
    const cacheHome = mkdtempSync(join(tmpdir(), 'prodlint-cache-'));
    const notes = (sarif: string) => (sarif.match(/not what runs in production: only Dockerfile:5 CMD/g) ?? []).length;
    const cold = await lint(dir, cacheHome);
    assert.equal(notes(cold.sarif), 1, 'the script\'s --reload finding names the replaced CMD once');
    assert.equal((await lint(dir, cacheHome)).sarif, cold.sarif, 'warm: the same');
    // Not a deployment file: the script's stored output is reused and must not be annotated again.
    writeFileSync(join(dir, 'notes.sh'), '#!/bin/sh\necho hi\n');
    const edited = await lint(dir, cacheHome);
    assert.equal(edited.fromSnapshot, false);
    assert.equal(notes(edited.sarif), 1);
    assert.equal(edited.sarif, await fresh(dir), 'the uncached answer');
  });

  test('a configuration that changes environments or rules invalidates the snapshot, even from outside the tree', async () => {
    const dir = tree();
    const elsewhere = mkdtempSync(join(tmpdir(), 'prodlint-config-'));
    const config = join(elsewhere, 'prodlint.yaml');
    writeFileSync(config, 'rules: {}\n');
    const cacheHome = mkdtempSync(join(tmpdir(), 'prodlint-cache-'));
    const first = await lint(dir, cacheHome, [dir], 1, config);
    assert.equal((await lint(dir, cacheHome, [dir], 1, config)).fromSnapshot, true);
    // svc0's files become development files: production-only rules leave them.
    writeFileSync(config, `dev-paths: ["${dir}/svc0/**"]\nrules: {SH005: off}\n`.replace(`${dir}/`, ''));
    const changed = await lint(dir, cacheHome, [dir], 1, config);
    assert.equal(changed.fromSnapshot, false);
    assert.notEqual(changed.sarif, first.sarif, 'the configuration changed the answer');
    assert.equal(changed.sarif, (await lint(dir, mkdtempSync(join(tmpdir(), 'prodlint-none-')), [dir], 1, config)).sarif);
  });

  test('a partial run keeps a snapshot of its own beside the full scan\'s', async () => {
    const dir = tree();
    const cacheHome = mkdtempSync(join(tmpdir(), 'prodlint-cache-'));
    const part = [join(dir, 'svc1'), join(dir, 'Dockerfile')];
    assert.equal((await lint(dir, cacheHome)).fromSnapshot, false);
    assert.equal((await lint(dir, cacheHome, part)).fromSnapshot, false);
    assert.equal((await lint(dir, cacheHome)).fromSnapshot, true, 'the full scan after a partial one still has its snapshot');
    const again = await lint(dir, cacheHome, part);
    assert.equal(again.fromSnapshot, true, 'and so does the partial run');
    assert.equal(again.sarif, (await lint(dir, mkdtempSync(join(tmpdir(), 'prodlint-none-')), part)).sarif);
  });

  test('a file no run lints but a project rule reads invalidates the snapshot when it changes', async () => {
    const dir = tree();
    // DF007 asks the disk whether the build context has a .dockerignore; git ignores that file here.
    writeFileSync(join(dir, '.gitignore'), '.dockerignore\n');
    writeFileSync(join(dir, '.dockerignore'), '.git\n');
    const cacheHome = mkdtempSync(join(tmpdir(), 'prodlint-cache-'));
    const df007 = (sarif: string) => (JSON.parse(sarif).runs[0].results as { ruleId: string }[]).filter((r) => r.ruleId === 'DF007').length;
    const cold = await lint(dir, cacheHome);
    assert.equal(df007(cold.sarif), 0);
    assert.equal((await lint(dir, cacheHome)).fromSnapshot, true);
    rmSync(join(dir, '.dockerignore'));
    const after = await lint(dir, cacheHome);
    assert.equal(after.fromSnapshot, false, 'the disk answered differently');
    assert.equal(df007(after.sarif), 1);
    assert.equal(after.sarif, await fresh(dir));
  });

  test('a cached file analysis that looked at other files is redone when they change', async () => {
    // Django settings in a package are a base module (no PY001) when a production sibling exists.
    const dir = tree();
    const settingsInit = 'app/settings/__init__.py';
    writeFileSync(join(dir, '.gitignore'), 'app/settings/production.py\n');
    mkdirSync(join(dir, 'app/settings'), { recursive: true });
    writeFileSync(join(dir, settingsInit), 'INSTALLED_APPS = ["django.contrib.admin"]\nDEBUG = True\n');
    const py001 = (sarif: string) => (JSON.parse(sarif).runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]).filter((r) => r.ruleId === 'PY001' && r.locations[0]!.physicalLocation.artifactLocation.uri === settingsInit).length;
    // A partial run (no project snapshot involved): only the per-file cache decides. Analysed in
    // the main thread and in worker threads.
    const part = [join(dir, 'app')];
    for (const workers of [1, 2]) {
      const cacheHome = mkdtempSync(join(tmpdir(), 'prodlint-cache-'));
      assert.equal(py001((await lint(dir, cacheHome, part, workers)).sarif), 1);
      // The sibling appears (ignored by git, so not linted, but on disk).
      writeFileSync(join(dir, 'app/settings/production.py'), 'DEBUG = False\n');
      assert.equal(py001((await lint(dir, cacheHome, part, workers)).sarif), 0, `${workers} worker(s): the cached finding was not reused`);
      rmSync(join(dir, 'app/settings/production.py'));
      assert.equal(py001((await lint(dir, cacheHome, part, workers)).sarif), 1, `${workers} worker(s): and back`);
    }
  });

  test('recorded disk answers: each kind of change is seen', async () => {
    const { recordDisk, diskExists, diskList, diskRead, diskStat, diskInputsHold } = await import('../src/disk.js');
    const root = mkdtempSync(join(tmpdir(), 'prodlint-disk-'));
    writeFileSync(join(root, 'a.txt'), 'one');
    mkdirSync(join(root, 'd'));
    const record = () => {
      const stop = recordDisk();
      diskExists(join(root, 'missing'));
      diskList(join(root, 'd'));
      diskRead(join(root, 'a.txt'), 100);
      diskStat(join(root, 'a.txt'));
      return stop();
    };
    const changes: [string, () => void][] = [
      ['a path appears', () => writeFileSync(join(root, 'missing'), '')],
      ['a directory gains an entry', () => writeFileSync(join(root, 'd/new'), '')],
      ['a file\'s content changes, same size', () => writeFileSync(join(root, 'a.txt'), 'two')],
      ['a file grows', () => writeFileSync(join(root, 'a.txt'), 'three')],
    ];
    for (const [what, change] of changes) {
      const inputs = record();
      assert.equal(inputs.length, 4);
      assert.equal(diskInputsHold(inputs), true, `${what}: holds before`);
      change();
      assert.equal(diskInputsHold(inputs), false, what);
    }
    assert.equal(diskInputsHold([['exists', 'x']]), false, 'a malformed input never holds');
    assert.equal(diskInputsHold([['unlink', join(root, 'a.txt'), 'y']]), false, 'an unknown operation never holds');
  });

  test('a malformed snapshot is not used', async () => {
    const { ResultCache } = await import('../src/cache.js');
    const root = mkdtempSync(join(tmpdir(), 'prodlint-probe-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'prodlint-cache-'));
    const c = new ResultCache(cacheDir, root, 'v');
    c.keepSnapshot({ signature: 's', startedBy: [], inputs: [], findings: [] });
    c.save();
    assert.ok(new ResultCache(cacheDir, root, 'v').snapshot('s'));
    assert.equal(new ResultCache(cacheDir, root, 'v').snapshot('other'), undefined, 'another signature');
    // The file as saved, with its snapshots replaced (whatever the layout of the format).
    const saved = JSON.parse(readFileSync(c.path, 'utf8')) as Record<string, unknown>;
    const badKeys = [7, 'a.py', ['a.py'], [null, 'f'.repeat(40)]].map((k) => ({ signature: 's', startedBy: [], inputs: [], findings: [], storedKeys: [k] }));
    for (const projects of ['x', [null], [{ signature: 's', startedBy: [], inputs: 'x', findings: [] }], [{ signature: 's', startedBy: [], inputs: [['exists', '/nonexistent', 'y']], findings: [] }], ...badKeys.map((b) => [b])]) {
      writeFileSync(c.path, JSON.stringify({ ...saved, projects }));
      assert.equal(new ResultCache(cacheDir, root, 'v').snapshot('s'), undefined, JSON.stringify(projects));
    }
  });
});
