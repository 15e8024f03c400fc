import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createBaseline, matchBaseline, parseBaseline, pruneBaseline, serializeBaseline } from '../src/baseline.js';
import type { Finding } from '../src/types.js';
import { gitRepo, write } from './helpers/adoption.js';
import { cli } from './helpers/cli.js';

function finding(ruleId: string, fingerprint: string): Finding {
  const pos = { line: 1, column: 1 };
  return { ruleId, ruleName: 'x', severity: 'error', message: 'm', path: 'a.sh', span: { start: 0, end: 1 }, start: pos, end: pos, related: [], fingerprint };
}

describe('baseline file', () => {
  test('counts per fingerprint, sorted keys, trailing newline, PL000/PL001 left out', () => {
    const b = createBaseline([finding('SH001', 'ff'), finding('SH001', 'aa'), finding('SH001', 'ff'), finding('PL000', 'bb'), finding('PL001', 'cc'), finding('PL002', 'dd')]);
    assert.equal(serializeBaseline(b), '{\n  "version": 1,\n  "fingerprints": {\n    "aa": 1,\n    "dd": 1,\n    "ff": 2\n  }\n}\n');
  });

  test('a count admits that many findings; the next one with the same fingerprint is kept', () => {
    const m = matchBaseline([finding('SH001', 'ff'), finding('SH001', 'ff'), finding('SH001', 'ff'), finding('SH001', 'new')], { version: 1, fingerprints: { ff: 2, gone: 1 } });
    assert.equal(m.baselined, 2);
    assert.deepEqual(m.kept.map((f) => f.fingerprint), ['ff', 'new']);
    assert.deepEqual(m.stale, ['gone']);
  });

  test('tool findings are never baselined, even when listed', () => {
    const m = matchBaseline([finding('PL000', 'p')], { version: 1, fingerprints: { p: 1 } });
    assert.equal(m.kept.length, 1);
    assert.deepEqual(m.stale, ['p']);
  });

  test('prune keeps what still matches, lowers counts, never adds', () => {
    const { baseline, removed } = pruneBaseline({ version: 1, fingerprints: { a: 3, b: 1, c: 1 } }, [finding('SH001', 'a'), finding('SH001', 'c'), finding('SH001', 'new')]);
    assert.deepEqual(baseline.fingerprints, { a: 1, c: 1 });
    assert.equal(removed, 3);
  });

  test('invalid files are errors naming the file', () => {
    const cases: [string, RegExp][] = [
      ['{', /^b\.json: not valid JSON/],
      ['[]', /^b\.json: expected an object/],
      ['{"version":2,"fingerprints":{}}', /unsupported baseline version 2/],
      ['{"version":1}', /"fingerprints" must be an object/],
      ['{"version":1,"fingerprints":{"a":0}}', /"a" must map to a positive whole count, got 0/],
      ['{"version":1,"fingerprints":{"a":"1"}}', /got "1"/],
    ];
    for (const [text, re] of cases) {
      const r = parseBaseline(text, 'b.json');
      assert.ok('error' in r, text);
      assert.match(r.error, re);
    }
    assert.deepEqual(parseBaseline('\uFEFF{"version":1,"fingerprints":{"a":2}}', 'b.json'), { baseline: { version: 1, fingerprints: { a: 2 } } });
  });
});

const RELOAD = 'exec uvicorn app:app --reload';
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
    const keys = Object.keys(JSON.parse(file).fingerprints);
    assert.deepEqual(keys, [...keys].sort());
    assert.equal(Object.keys(JSON.parse(file).fingerprints).length, ids(before.stdout).length);

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
    const full = Object.values(JSON.parse(readFileSync(join(dir, '.prodlint-baseline.json'), 'utf8')).fingerprints as Record<string, number>).reduce((a, b) => a + b, 0);
    write(dir, { 'worker.sh': '#!/bin/sh\nexec uvicorn app:app\n' });
    const r = await cli(['--baseline', '.prodlint-baseline.json', '--format', 'json', '--fail-on', 'note'], dir);
    assert.equal(r.code, 0, 'stale entries do not fail the run');
    const notice = JSON.parse(r.stdout).notices.find((n: { id: string }) => n.id === 'baseline-stale');
    assert.ok(notice, r.stdout);
    assert.match(notice.message, /^\.prodlint-baseline\.json: \d+ baselined findings? no longer occurs?.*prodlint baseline --prune/);

    const p = await cli(['baseline', '--prune'], dir);
    assert.equal(p.code, 0, p.stderr);
    assert.match(p.stdout, /pruned \d+ stale entr(y|ies)/);
    const pruned = JSON.parse(readFileSync(join(dir, '.prodlint-baseline.json'), 'utf8')).fingerprints as Record<string, number>;
    assert.ok(Object.keys(pruned).length > 0 && Object.keys(pruned).length < full);
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
    writeFileSync(join(dir, 'bad.json'), '{"version": 1, "fingerprints": []}');
    const bad = await cli(['--baseline', 'bad.json'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^prodlint: bad\.json: "fingerprints" must be an object/);
    assert.equal((await cli(['baseline', '--prune', '--baseline', 'nope.json'], dir)).code, 2);
    assert.equal((await cli(['--prune'], dir)).code, 2);
    assert.equal((await cli(['baseline', '--changed-since', 'main'], dir)).code, 2);
  });
});
