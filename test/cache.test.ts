/** The result cache's stored file (src/cache.ts): what is saved comes back the same, and anything else is discarded. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { FileOutput } from '../src/analyze.js';
import { FORMAT, ResultCache, type CacheEntry } from '../src/cache.js';

const H = (c: string) => c.repeat(40);
const finding = { ruleId: 'SH001', ruleName: 'dev-server-in-production', severity: 'error', message: 'runs with --reload — “quoted” ✓ 😀', path: 'svc/run.sh', span: { start: 0, end: 3 }, start: { line: 1, column: 1 }, end: { line: 1, column: 4 }, related: [], fingerprint: 'ab', flagged: 'x' };
const full: FileOutput = { rel: 'svc/run.sh', findings: [finding as FileOutput['findings'][number]], directives: [], parsed: true };
const empty: FileOutput = { rel: 'svc/a.py', findings: [], directives: [], parsed: false };
const withInputs: FileOutput = { rel: 'svc/b.py', findings: [], directives: [], parsed: false, inputs: [['exists', '/nonexistent-prodlint-probe', 'n']] };
const entries: [string, CacheEntry][] = [
  ['svc/run.sh', { size: 10, mtimeMs: 1796636018875.81, ino: 7, hash: H('a'), kind: 'shell', key: H('1'), output: full }],
  ['svc/a.py', { size: 0, mtimeMs: 1.5, ino: 8, hash: H('b'), kind: 'python', key: H('2'), output: empty, others: [{ key: H('3'), output: { ...empty } }] }],
  ['svc/b.py', { size: 3, mtimeMs: 2, ino: 9, hash: H('c'), kind: 'python', key: H('4'), output: withInputs }],
  ['README.md', { size: 4, mtimeMs: 3, ino: 10, hash: H('d'), kind: null }],
  ['été/ünï.py', { size: 5, mtimeMs: 4, ino: 11, hash: H('e'), kind: 'python', key: H('5'), output: { rel: 'été/ünï.py', findings: [], directives: [], parsed: false } }],
];
const st = (e: CacheEntry) => ({ size: e.size, mtimeMs: e.mtimeMs, ino: e.ino });

function saved(partialRels?: string[]): { dir: string; root: string; cache: ResultCache } {
  const dir = mkdtempSync(join(tmpdir(), 'prodlint-cache-'));
  const root = '/repo';
  const c = new ResultCache(dir, root, 'v');
  for (const [rel, e] of entries) if (!partialRels || partialRels.includes(rel)) c.keep(rel, e);
  c.keepSnapshot({ signature: 's', startedBy: [['svc/run.sh', []]], inputs: [], findings: [], keys: [...entries.filter(([, e]) => e.key).map(([rel, e]): [string, string] => [rel, e.key!]), ['gone.py', H('9')]] });
  c.save();
  return { dir, root, cache: c };
}

describe('the result cache file', () => {
  test('entries, outputs (empty, with findings, with disk inputs), other outputs and snapshot keys come back as kept', () => {
    const { dir, root, cache } = saved();
    const bytes = readFileSync(cache.path);
    assert.ok(bytes.every((b) => b < 0x80), 'written in ASCII');
    const back = new ResultCache(dir, root, 'v');
    assert.equal(back.discarded, undefined);
    for (const [rel, e] of entries) {
      const got = back.lookup(rel, st(e));
      assert.ok(got, rel);
      assert.deepEqual({ ...got, others: got.others ?? [] }, { ...e, others: e.others ?? [] }, rel);
      if (e.key) assert.deepEqual(back.output(got, e.key), e.output, `${rel}: its output`);
    }
    assert.deepEqual(back.lookup('svc/a.py', st(entries[1]![1]))!.others, [{ key: H('3'), output: empty }]);
    const snap = back.snapshot('s');
    assert.ok(snap);
    assert.deepEqual(snap.keys, [...entries.filter(([, e]) => e.key).map(([rel, e]) => [rel, e.key]), ['gone.py', H('9')]]);
    assert.deepEqual(snap.startedBy, [['svc/run.sh', []]]);
  });

  test('a changed size, mtime or inode is a miss; a recorded disk answer that no longer holds is no output', () => {
    const { dir, root } = saved();
    const back = new ResultCache(dir, root, 'v');
    const e = entries[0]![1];
    assert.equal(back.lookup('svc/run.sh', { ...st(e), size: 11 }), undefined);
    assert.equal(back.lookup('svc/run.sh', { ...st(e), mtimeMs: e.mtimeMs + 0.001 }), undefined);
    assert.equal(back.lookup('svc/run.sh', { ...st(e), ino: 70 }), undefined);
    assert.equal(back.lookup('nope.sh', st(e)), undefined);
    const b = back.lookup('svc/b.py', st(entries[2]![1]));
    assert.ok(back.output(b, H('4')), 'holds: the probe path does not exist');
    assert.equal(back.output(b, H('7')), undefined, 'another key');
    const moved = { ...b!, output: { ...withInputs, inputs: [['exists', '/nonexistent-prodlint-probe', 'y']] as FileOutput['inputs'] } };
    assert.equal(back.output(moved, H('4')), undefined, 'the disk answers otherwise');
  });

  test('a partial run carries over the entries it did not see', () => {
    const { dir, root } = saved();
    const part = new ResultCache(dir, root, 'v');
    part.keep('svc/a.py', { ...entries[1]![1], key: H('6') });
    part.save({ partial: true });
    const back = new ResultCache(dir, root, 'v');
    for (const [rel, e] of entries) assert.ok(back.lookup(rel, st(e)), rel);
    const a = back.lookup('svc/a.py', st(entries[1]![1]))!;
    assert.equal(a.key, H('6'));
    assert.deepEqual(a.others?.map((o) => o.key), [H('2'), H('3')], 'the outputs under other keys are kept');
    const snap = back.snapshot('s');
    assert.ok(snap, 'and the snapshot of the full run');
    assert.deepEqual(new Map(snap.keys).get('svc/a.py'), H('2'), "with the keys that run used, not the file's latest");
    const whole = new ResultCache(dir, root, 'v');
    whole.keep('svc/run.sh', entries[0]![1]);
    whole.save();
    assert.equal(new ResultCache(dir, root, 'v').lookup('svc/a.py', st(entries[1]![1])), undefined, 'a full run keeps only what it saw');
  });

  test('a cache of another format or version, malformed or unreadable, is discarded', () => {
    const { dir, root, cache } = saved();
    const good = JSON.parse(readFileSync(cache.path, 'utf8')) as Record<string, unknown>;
    const e = entries[0]![1];
    const cases: [string, unknown, string][] = [
      ['older format', { format: 3, version: 'v', entries: { 'svc/run.sh': { ...e } } }, 'format or version changed'],
      ['other version', { ...good, version: 'w' }, 'format or version changed'],
      ['short hash column', { ...good, hash: (good.hash as string).slice(1) }, 'malformed cache'],
      ['short key column', { ...good, key: `${good.key as string}x` }, 'malformed cache'],
      ['short size column', { ...good, size: (good.size as number[]).slice(1) }, 'malformed cache'],
      ['no outputs', { ...good, outputs: null }, 'malformed cache'],
      ['not an object', [FORMAT], 'format or version changed'],
    ];
    for (const [what, content, why] of cases) {
      writeFileSync(cache.path, JSON.stringify(content));
      const back = new ResultCache(dir, root, 'v');
      assert.equal(back.discarded, why, what);
      assert.equal(back.lookup('svc/run.sh', st(e)), undefined, what);
      assert.equal(back.snapshot('s'), undefined, what);
    }
    writeFileSync(cache.path, '{"format":');
    assert.equal(new ResultCache(dir, root, 'v').discarded, 'unreadable cache');
    // A stored entry whose kind is not in the table is a miss, not an entry of no kind.
    writeFileSync(cache.path, JSON.stringify({ ...good, kind: (good.kind as number[]).map(() => 99) }));
    assert.equal(new ResultCache(dir, root, 'v').lookup('svc/run.sh', st(e)), undefined);
  });
});
