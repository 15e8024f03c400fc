/**
 * Delivery: the npm package and the pre-commit hook, installed the way their users install them,
 * into temporary prefixes (no network: the package has no runtime dependencies).
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const ROOT = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const npmEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_loglevel: 'error' };

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'prodlint-deliv-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('npm package', () => {
  test('package.json: bin, engines, files allow-list, prepack build, no prepare, no runtime dependencies', () => {
    assert.equal(pkg.bin.prodlint, 'dist/cli.js');
    assert.equal(pkg.engines.node, '>=20.19');
    assert.ok(pkg.files.includes('dist/'));
    assert.equal(pkg.scripts.prepack, 'npm run build');
    assert.equal(pkg.scripts.prepare, undefined, 'a prepare script breaks git installs (pre-commit)');
    assert.deepEqual(pkg.dependencies ?? {}, {}, 'dist/ is self-contained');
    assert.match(readFileSync(join(ROOT, 'dist/cli.js'), 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  test('npm pack, install the tarball, run --version and a scan', () => {
    const out = mkdtempSync(join(tmpdir(), 'prodlint-pack-'));
    // --ignore-scripts: pack the committed dist/ (the dist test proves it is the current build).
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', out], { cwd: ROOT, env: npmEnv, stdio: 'pipe' });
    const tgz = readdirSync(out).find((f) => f.endsWith('.tgz'))!;
    const prefix = join(out, 'prefix');
    execFileSync('npm', ['install', '-g', '--offline', '--prefix', prefix, join(out, tgz)], { env: npmEnv, stdio: 'pipe' });
    const bin = join(prefix, 'bin', 'prodlint');
    assert.equal(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim(), pkg.version);
    const files = execFileSync('tar', ['-tzf', join(out, tgz)], { encoding: 'utf8' }).split('\n');
    assert.ok(files.includes('package/dist/wasm/tree-sitter-bash.wasm'));
    assert.ok(!files.some((f) => f.startsWith('package/src/') || f.startsWith('package/test/') || f.startsWith('package/fixtures/')), 'only the allow-listed files ship');
    const dir = tree({ 'start.sh': 'exec uvicorn app:app --reload\n', '.git/HEAD': '' });
    const r = spawnSync(bin, ['.', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.equal(JSON.parse(r.stdout).findings[0].ruleId, 'SH001');
  });
});

// The pre-commit hook: test/precommit.test.ts (installed and run by a real pre-commit).

describe('licences', () => {
  test('LICENSE: MIT, prodlint contributors, shipped in the package', () => {
    const text = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    assert.match(text, /^MIT License\n\nCopyright \(c\) 2026 prodlint contributors\n/);
    assert.match(text, /THE SOFTWARE IS PROVIDED "AS IS"/);
    assert.equal(pkg.license, 'MIT');
    assert.ok(pkg.files.includes('LICENSE'));
    assert.ok(pkg.files.includes('dist/'), 'dist/THIRD_PARTY_LICENSES ships with dist/');
  });

  test('the build writes THIRD_PARTY_LICENSES covering every package whose code is in the bundle', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'prodlint-build-'));
    const out = join(tmp, 'dist');
    const shipped = join(tmp, 'shipped');
    execFileSync('node', ['scripts/build.mjs', out, '--readable'], { cwd: ROOT, stdio: 'pipe' });
    execFileSync('node', ['scripts/build.mjs', shipped], { cwd: ROOT, stdio: 'pipe' });
    const notices = readFileSync(join(out, 'THIRD_PARTY_LICENSES'), 'utf8');
    // The shipped build is minified, which drops the comments read below; it bundles the same
    // modules, so its notices are the readable build's.
    assert.equal(readFileSync(join(shipped, 'THIRD_PARTY_LICENSES'), 'utf8'), notices);
    // Independent of the build's own list: esbuild marks each bundled module of a readable build
    // with a `// <path>/node_modules/<package>/<file>` comment; the WASM grammars come from their packages.
    const bundled = new Set(['web-tree-sitter', 'tree-sitter-bash', 'tree-sitter-python']);
    const jsFiles = [join(out, 'cli.js'), join(out, 'worker.js'), ...readdirSync(join(out, 'chunks')).map((f) => join(out, 'chunks', f))];
    for (const file of jsFiles) {
      for (const m of readFileSync(file, 'utf8').matchAll(/^\/\/ \S*node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//gm)) bundled.add(m[1]!);
    }
    assert.ok(bundled.has('typescript') && bundled.has('yaml'), [...bundled].join());
    const listed = new Set([...notices.matchAll(/^={78}\n(.+)@[^@\n]+\nLicense: /gm)].map((m) => m[1]!));
    for (const name of bundled) assert.ok(listed.has(name), `${name} is bundled but has no notice`);
    assert.match(notices, /typescript@[\d.]+\nLicense: Apache-2\.0\n/);
    assert.match(notices, /--- ThirdPartyNoticeText\.txt ---/, "TypeScript's NOTICE-type file is included");
  });

  test('npm pack on a fresh clone without npm ci fails with one line saying to run npm ci', () => {
    const clone = join(mkdtempSync(join(tmpdir(), 'prodlint-fresh-')), 'repo');
    execFileSync('git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone], { stdio: 'pipe' });
    const r = spawnSync('npm', ['pack', '--dry-run'], { cwd: clone, env: npmEnv, encoding: 'utf8' });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /prodlint build: esbuild is not installed; run `npm ci` first/);
  });
});
