import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createBaseline, matchBaseline, parseBaseline, pruneBaseline, rewriteBaseline, serializeBaseline, type Baseline } from '../src/baseline.js';
import type { Finding } from '../src/types.js';
import { gitRepo, write } from './helpers/adoption.js';
import { cli } from './helpers/cli.js';

function finding(ruleId: string, fingerprint: string, path = 'a.sh'): Finding {
  const pos = { line: 1, column: 1 };
  return { ruleId, ruleName: 'x', severity: 'error', message: 'm', path, span: { start: 0, end: 1 }, start: pos, end: pos, related: [], fingerprint };
}

const v2 = (files: Record<string, Record<string, number>>, unattributed: Record<string, number> = {}): Baseline => ({ version: 2, files, unattributed });

describe('baseline file', () => {
  test('counts per file and fingerprint, sorted keys, trailing newline, PL000/PL001 left out', () => {
    const b = createBaseline([finding('SH001', 'ff', 'b.sh'), finding('SH001', 'aa'), finding('SH001', 'ff', 'b.sh'), finding('PL000', 'bb'), finding('PL001', 'cc'), finding('PL002', 'dd')]);
    assert.equal(serializeBaseline(b), '{\n  "version": 2,\n  "files": {\n    "a.sh": {\n      "aa": 1,\n      "dd": 1\n    },\n    "b.sh": {\n      "ff": 2\n    }\n  }\n}\n');
  });

  test('a count admits that many findings; the next one with the same fingerprint is kept', () => {
    const m = matchBaseline([finding('SH001', 'ff'), finding('SH001', 'ff'), finding('SH001', 'ff'), finding('SH001', 'new')], v2({ 'a.sh': { ff: 2, gone: 1 } }));
    assert.equal(m.baselined, 2);
    assert.deepEqual(m.kept.map((f) => f.fingerprint), ['ff', 'new']);
    assert.equal(m.staleCount, 1);
  });

  test('an entry only matches findings of its own file', () => {
    const m = matchBaseline([finding('SH001', 'ff', 'b.sh')], v2({ 'a.sh': { ff: 1 } }));
    assert.equal(m.baselined, 0);
  });

  test('tool findings are never baselined, even when listed', () => {
    const m = matchBaseline([finding('PL000', 'p')], v2({ 'a.sh': { p: 1 } }));
    assert.equal(m.kept.length, 1);
    assert.equal(m.staleCount, 1);
  });

  test('prune keeps what still matches, lowers counts, never adds', () => {
    const { baseline, removed } = pruneBaseline(v2({ 'a.sh': { a: 3, b: 1, c: 1 } }), [finding('SH001', 'a'), finding('SH001', 'c'), finding('SH001', 'new')]);
    assert.deepEqual(baseline.files, { 'a.sh': { a: 1, c: 1 } });
    assert.equal(removed, 3);
  });

  test('a partial scope: entries of other files are kept by prune and rewrite and never stale', () => {
    const old = v2({ 'a.sh': { a: 1, gone: 1 }, 'other.sh': { o: 2 } });
    const scope = new Set(['a.sh']);
    assert.equal(matchBaseline([finding('SH001', 'a')], old, scope).staleCount, 1);
    assert.equal(matchBaseline([finding('SH001', 'a')], old).staleCount, 3);
    const pruned = pruneBaseline(old, [finding('SH001', 'a')], scope);
    assert.deepEqual(pruned.baseline.files, { 'a.sh': { a: 1 }, 'other.sh': { o: 2 } });
    assert.equal(pruned.removed, 1);
    const rewritten = rewriteBaseline(old, [finding('SH001', 'n')], scope);
    assert.deepEqual(rewritten.baseline.files, { 'a.sh': { n: 1 }, 'other.sh': { o: 2 } });
    assert.equal(rewritten.kept, 2);
    assert.deepEqual(rewriteBaseline(old, [finding('SH001', 'n')], undefined).baseline.files, { 'a.sh': { n: 1 } });
  });

  test('format 1 is read; its entries match any file, are kept by partial runs and only stale on whole-tree runs', () => {
    const r = parseBaseline('{"version":1,"fingerprints":{"a":1,"x":1}}', 'b.json');
    assert.ok('baseline' in r);
    const old = r.baseline;
    const m = matchBaseline([finding('SH001', 'a')], old, new Set(['a.sh']));
    assert.equal(m.baselined, 1);
    assert.equal(m.staleCount, 0);
    assert.equal(matchBaseline([finding('SH001', 'a')], old).staleCount, 1);
    const partial = rewriteBaseline(old, [finding('SH001', 'a')], new Set(['a.sh'])).baseline;
    assert.deepEqual(partial, v2({ 'a.sh': { a: 1 } }, { x: 1 }));
    assert.deepEqual(pruneBaseline(old, [finding('SH001', 'a')], new Set(['a.sh'])).baseline, v2({ 'a.sh': { a: 1 } }, { x: 1 }));
    assert.deepEqual(pruneBaseline(old, [finding('SH001', 'a')]).baseline, v2({ 'a.sh': { a: 1 } }));
  });

  test('invalid files are errors naming the file', () => {
    const cases: [string, RegExp][] = [
      ['{', /^b\.json: not valid JSON/],
      ['[]', /^b\.json: expected an object/],
      ['{"version":3,"files":{}}', /unsupported baseline version 3/],
      ['{"version":1}', /"fingerprints" must be an object/],
      ['{"version":2}', /"files" must be an object/],
      ['{"version":2,"files":{"a.sh":{"a":0}}}', /"a" must map to a positive whole count, got 0/],
      ['{"version":1,"fingerprints":{"a":"1"}}', /got "1"/],
    ];
    for (const [text, re] of cases) {
      const r = parseBaseline(text, 'b.json');
      assert.ok('error' in r, text);
      assert.match(r.error, re);
    }
    assert.deepEqual(parseBaseline('\uFEFF{"version":2,"files":{"a.sh":{"a":2}}}', 'b.json'), { baseline: v2({ 'a.sh': { a: 2 } }) });
  });
});

const RELOAD = 'exec uvicorn app:app --reload';
/** Every accepted entry of the repository's baseline as `path fingerprint`, once per count. */
function entries(dir: string, name = '.prodlint-baseline.json'): string[] {
  const files = JSON.parse(readFileSync(join(dir, name), 'utf8')).files as Record<string, Record<string, number>>;
  return Object.entries(files).flatMap(([path, fps]) => Object.entries(fps).flatMap(([fp, n]) => Array.from({ length: n }, () => `${path} ${fp}`)));
}
const ids = (stdout: string): string[] => (JSON.parse(stdout).findings as Finding[]).map((f) => `${f.path}:${f.start.line} ${f.ruleId}`);

describe('prodlint baseline on a git repository', () => {
  test('round trip: accepted findings leave the output and the exit code; the file is stable', async () => {
    const dir = gitRepo({ 'start.sh': `#!/bin/sh\n${RELOAD}\n`, 'deploy/run.sh': `#!/bin/sh\n${RELOAD}\n` });
    const before = await cli(['--format', 'json'], dir);
    assert.equal(before.code, 1);
    assert.ok(ids(before.stdout).length >= 2);

    const w = await cli(['baseline'], dir);
    assert.equal(w.code, 0, w.stderr);
    assert.match(w.stdout, /wrote \.prodlint-baseline\.json accepting \d+ findings/);
    const file = readFileSync(join(dir, '.prodlint-baseline.json'), 'utf8');
    const keys = Object.keys(JSON.parse(file).files);
    assert.deepEqual(keys, [...keys].sort());
    assert.equal(entries(dir).length, ids(before.stdout).length);

    const after = await cli(['--baseline', '.prodlint-baseline.json', '--format', 'json', '--fail-on', 'note'], dir);
    assert.equal(after.code, 0, after.stdout);
    assert.deepEqual(ids(after.stdout), []);
    assert.equal(JSON.parse(after.stdout).summary.baselined, ids(before.stdout).length);
    const text = await cli(['--baseline', '.prodlint-baseline.json', '--no-color'], dir);
    assert.match(text.stdout, /\d+ baselined \(not shown\)/);

    // Lines moving (a header added above) change nothing; rewriting gives the same bytes.
    write(dir, { 'start.sh': `#!/bin/sh\n# started by the unit\nset -e\n\n${RELOAD}\n` });
    assert.equal((await cli(['--baseline', '.prodlint-baseline.json', '--fail-on', 'note'], dir)).code, 0);
    assert.equal((await cli(['baseline'], dir)).code, 0);
    assert.equal(readFileSync(join(dir, '.prodlint-baseline.json'), 'utf8'), file);
  });

  test('a new duplicate of an accepted finding is reported', async () => {
    const dir = gitRepo({ 'start.sh': `#!/bin/sh\n${RELOAD}\n` });
    await cli(['baseline'], dir);
    write(dir, { 'start.sh': `#!/bin/sh\n${RELOAD}\n${RELOAD}\n` });
    const r = await cli(['--baseline', '.prodlint-baseline.json', '--format', 'json'], dir);
    assert.equal(r.code, 1);
    const sh001 = ids(r.stdout).filter((x) => x.endsWith('SH001'));
    assert.equal(sh001.length, 1, 'exactly one of the two identical findings is new');
  });

  test('stale entries are reported and pruned', async () => {
    const dir = gitRepo({ 'start.sh': `#!/bin/sh\n${RELOAD}\n`, 'worker.sh': `#!/bin/sh\n${RELOAD}\n` });
    await cli(['baseline'], dir);
    const full = entries(dir).length;
    write(dir, { 'worker.sh': '#!/bin/sh\nexec uvicorn app:app\n' });
    const r = await cli(['--baseline', '.prodlint-baseline.json', '--format', 'json', '--fail-on', 'note'], dir);
    assert.equal(r.code, 0, 'stale entries do not fail the run');
    const notice = JSON.parse(r.stdout).notices.find((n: { id: string }) => n.id === 'baseline-stale');
    assert.ok(notice, r.stdout);
    assert.match(notice.message, /^\.prodlint-baseline\.json: \d+ baselined findings? no longer occurs?.*prodlint baseline --prune/);

    const p = await cli(['baseline', '--prune'], dir);
    assert.equal(p.code, 0, p.stderr);
    assert.match(p.stdout, /pruned \d+ stale entr(y|ies)/);
    const pruned = entries(dir);
    assert.ok(pruned.length > 0 && pruned.length < full);
    const again = await cli(['--baseline', '.prodlint-baseline.json', '--format', 'json', '--fail-on', 'note'], dir);
    assert.equal(JSON.parse(again.stdout).notices.some((n: { id: string }) => n.id === 'baseline-stale'), false);
    assert.equal(again.code, 0);
  });

  test('--baseline FILE names where to write; errors exit 2 with one line', async () => {
    const dir = gitRepo({ 'start.sh': `#!/bin/sh\n${RELOAD}\n` });
    assert.equal((await cli(['baseline', '--baseline', 'ci/accepted.json'], dir)).code, 0);
    assert.ok(existsSync(join(dir, 'ci/accepted.json')));
    assert.ok(!existsSync(join(dir, '.prodlint-baseline.json')));
    assert.equal((await cli(['--baseline', 'ci/accepted.json'], dir)).code, 0);

    const missing = await cli(['--baseline', 'nope.json'], dir);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'prodlint: baseline file not found: nope.json (create it with prodlint baseline)\n');
    writeFileSync(join(dir, 'bad.json'), '{"version": 2, "files": []}');
    const bad = await cli(['--baseline', 'bad.json'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^prodlint: bad\.json: "files" must be an object/);
    assert.equal((await cli(['baseline', '--prune', '--baseline', 'nope.json'], dir)).code, 2);
    assert.equal((await cli(['--prune'], dir)).code, 2);
    assert.equal((await cli(['baseline', '--changed-since', 'main'], dir)).code, 2);
  });

  test('from a subdirectory, baseline keeps the entries of every other file (merge, never replace)', async () => {
    const dir = gitRepo({ 'start.sh': `#!/bin/sh\n${RELOAD}\n`, 'bot/run.sh': `#!/bin/sh\n${RELOAD}\n`, 'worker/run.sh': `#!/bin/sh\n${RELOAD}\n` });
    assert.equal((await cli(['baseline'], dir)).code, 0);
    const all = entries(dir);
    const outside = all.filter((e) => !e.startsWith('bot/'));
    assert.ok(outside.length >= 2 && outside.length < all.length);
    // bot/run.sh changes: its entries are rewritten, the others stay.
    write(dir, { 'bot/run.sh': `#!/bin/sh\nexec uvicorn other:app --reload\n` });
    const w = await cli(['baseline'], join(dir, 'bot'));
    assert.equal(w.code, 0, w.stderr);
    assert.match(w.stdout, /keeping \d+ of files outside this run/);
    const after = entries(dir);
    for (const e of outside) assert.ok(after.includes(e), `${e} kept`);
    assert.ok(after.some((e) => e.startsWith('bot/')));
    assert.equal((await cli(['--baseline', '.prodlint-baseline.json', '--fail-on', 'note'], dir)).code, 0, 'the whole tree is still accepted');
    // A run over the whole tree replaces the file: entries of deleted files go.
    write(dir, { 'worker/run.sh': null });
    assert.equal((await cli(['baseline'], dir)).code, 0);
    assert.ok(!entries(dir).some((e) => e.startsWith('worker/')));
  });

  test('prune from a subdirectory or over a file list only prunes the files it linted', async () => {
    const dir = gitRepo({ 'start.sh': `#!/bin/sh\n${RELOAD}\n`, 'bot/run.sh': `#!/bin/sh\n${RELOAD}\n` });
    assert.equal((await cli(['baseline'], dir)).code, 0);
    const all = entries(dir);
    // start.sh is fixed, but the pruning run does not lint it.
    write(dir, { 'start.sh': '#!/bin/sh\nexec uvicorn app:app\n' });
    const p = await cli(['baseline', '--prune'], join(dir, 'bot'));
    assert.equal(p.code, 0, p.stderr);
    assert.match(p.stdout, /pruned 0 stale entries/);
    assert.deepEqual(entries(dir), all);
    const q = await cli(['baseline', '--prune', 'bot/run.sh'], dir);
    assert.match(q.stdout, /pruned 0 stale entries/);
    assert.deepEqual(entries(dir), all);
    const r = await cli(['baseline', '--prune', 'start.sh'], dir);
    assert.match(r.stdout, /pruned [1-9]\d* stale entr/);
    assert.deepEqual(entries(dir), all.filter((e) => !e.startsWith('start.sh ')));
  });

  test('a partial run (pre-commit file list) reports stale entries only of the files it linted', async () => {
    const dir = gitRepo({ 'start.sh': `#!/bin/sh\n${RELOAD}\n`, 'redeploy.sh': `#!/bin/sh\n${RELOAD}\n`, 'README.md': '# hi\n' });
    assert.equal((await cli(['baseline'], dir)).code, 0);
    write(dir, { 'start.sh': '#!/bin/sh\nexec uvicorn app:app\n' });
    const stale = (stdout: string) => JSON.parse(stdout).notices.find((n: { id: string }) => n.id === 'baseline-stale');
    const partial = await cli(['--baseline', '.prodlint-baseline.json', '--ignore-unknown', '-f', 'json', 'redeploy.sh', 'README.md'], dir);
    assert.equal(partial.code, 0, partial.stdout);
    assert.equal(stale(partial.stdout), undefined, 'start.sh was not linted: its entries are not stale');
    const own = await cli(['--baseline', '.prodlint-baseline.json', '-f', 'json', 'start.sh'], dir);
    assert.match(stale(own.stdout)?.message ?? '', /baselined findings? in the files linted no longer occur/);
    const whole = await cli(['--baseline', '.prodlint-baseline.json', '-f', 'json'], dir);
    assert.ok(stale(whole.stdout));
  });

  test('format-1 baselines keep working and are upgraded without loss', async () => {
    const dir = gitRepo({ 'start.sh': `#!/bin/sh\n${RELOAD}\n`, 'bot/run.sh': `#!/bin/sh\n${RELOAD}\n` });
    assert.equal((await cli(['baseline'], dir)).code, 0);
    const all = entries(dir);
    const fps = Object.fromEntries(all.map((e) => [e.split(' ')[1]!, 1]));
    writeFileSync(join(dir, '.prodlint-baseline.json'), JSON.stringify({ version: 1, fingerprints: fps }));
    assert.equal((await cli(['--baseline', '.prodlint-baseline.json', '--fail-on', 'note'], dir)).code, 0);
    assert.equal((await cli(['baseline'], join(dir, 'bot'))).code, 0);
    const upgraded = JSON.parse(readFileSync(join(dir, '.prodlint-baseline.json'), 'utf8'));
    assert.equal(upgraded.version, 2);
    assert.ok(Object.keys(upgraded.files).every((p) => p.startsWith('bot/')));
    assert.equal(Object.keys(upgraded.unattributed).length, all.filter((e) => !e.startsWith('bot/')).length);
    assert.equal((await cli(['--baseline', '.prodlint-baseline.json', '--fail-on', 'note'], dir)).code, 0);
  });

  test('a partial run does not overwrite a baseline it cannot read', async () => {
    const dir = gitRepo({ 'bot/run.sh': `#!/bin/sh\n${RELOAD}\n` });
    writeFileSync(join(dir, '.prodlint-baseline.json'), '{ broken');
    const r = await cli(['baseline'], join(dir, 'bot'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not overwritten by a run over part of the tree/);
    assert.equal(readFileSync(join(dir, '.prodlint-baseline.json'), 'utf8'), '{ broken');
  });
});
