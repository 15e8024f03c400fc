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
