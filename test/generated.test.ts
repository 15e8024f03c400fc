/** Generated files (rules/index.ts, rules/README.md, the README rule tables) and dist/ are current. */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { runGen } from '../scripts/gen.js';

const ROOT = new URL('..', import.meta.url).pathname;

test('generated docs and index are current (npm run gen)', async () => {
  const r = await runGen({ root: ROOT, check: true });
  assert.deepEqual(r.stale, [], `stale: ${r.stale.join(', ')} — run npm run gen`);
  assert.equal(r.exitCode, 0);
});

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out;
}

test('dist/ is the build of the current sources (npm run build)', () => {
  const out = mkdtempSync(join(tmpdir(), 'prodlint-dist-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), out], { cwd: ROOT, stdio: 'pipe' });
  const built = files(out).map((f) => relative(out, f)).sort();
  const committed = files(join(ROOT, 'dist')).map((f) => relative(join(ROOT, 'dist'), f)).sort();
  assert.deepEqual(committed, built, 'dist/ has the same files as a fresh build — run npm run build');
  for (const f of built) assert.ok(readFileSync(join(out, f)).equals(readFileSync(join(ROOT, 'dist', f))), `dist/${f} differs from a fresh build — run npm run build`);
});
