/** `-f concise`, `--statistics`, colour precedence, text width and progress. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { formatConcise } from '../src/format/concise.js';
import { formatStatistics } from '../src/statistics.js';
import { colorEnabled, textWidth } from '../src/color.js';
import { progressReporter } from '../src/progress.js';
import { makeFinding, makeResult, makeRule, source } from './format-helpers.js';

const sh = makeRule('SH001', 'dev-server-in-production');
const df = makeRule('DF002', 'shell-form-entrypoint', { severity: 'warning' });

test('concise: path:line:col: ID message, one line per finding, nothing else', () => {
  const a = source('deploy/start.sh', 'exec uvicorn app:app --reload\n');
  const d = source('Dockerfile', 'FROM x\nCMD ./start.sh\n');
  const result = makeResult({
    files: [a, d],
    rules: [sh, df],
    findings: [makeFinding(a, sh, { at: '--reload', message: 'uvicorn runs with\n--reload' }), makeFinding(d, df, { at: 'CMD ./start.sh', message: 'shell form' })],
  });
  assert.equal(formatConcise(result), 'deploy/start.sh:1:22: SH001 uvicorn runs with --reload\nDockerfile:2:1: DF002 shell form\n');
  assert.equal(formatConcise(makeResult({ rules: [sh] })), '');
  // The classic compiler format, as editors' problem matchers parse it.
  for (const line of formatConcise(result).trimEnd().split('\n')) assert.match(line, /^[^:]+:\d+:\d+: [A-Z]{2}\d{3} .+$/);
});

test('statistics: counts per rule, most first, aligned', () => {
  const a = source('start.sh', 'exec uvicorn app:app --reload\n');
  const findings = [makeFinding(a, df, { at: 'exec' }), makeFinding(a, sh, { at: '--reload' }), makeFinding(a, sh, { at: 'uvicorn' })];
  assert.equal(formatStatistics(makeResult({ files: [a], rules: [sh, df], findings })), '2  SH001  dev-server-in-production  error\n1  DF002  shell-form-entrypoint     warning\n');
  assert.equal(formatStatistics(makeResult({ rules: [sh] })), '');
});

test('colour: flags, then FORCE_COLOR (beats NO_COLOR, as in Node), then NO_COLOR, then the TTY', () => {
  assert.equal(colorEnabled(false, true, { FORCE_COLOR: '1' }), false);
  assert.equal(colorEnabled(true, false, { NO_COLOR: '1' }), true);
  assert.equal(colorEnabled(undefined, false, { FORCE_COLOR: '1' }), true, 'FORCE_COLOR colours a pipe');
  assert.equal(colorEnabled(undefined, false, { FORCE_COLOR: '' }), true);
  assert.equal(colorEnabled(undefined, true, { FORCE_COLOR: '1', NO_COLOR: '1' }), true, 'FORCE_COLOR wins over NO_COLOR');
  assert.equal(colorEnabled(undefined, true, { FORCE_COLOR: '0' }), false);
  assert.equal(colorEnabled(undefined, true, { FORCE_COLOR: 'false' }), false);
  assert.equal(colorEnabled(undefined, true, { NO_COLOR: '1' }), false);
  assert.equal(colorEnabled(undefined, true, { NO_COLOR: '' }), true, 'an empty NO_COLOR is unset (no-color.org)');
  assert.equal(colorEnabled(undefined, true, {}), true);
  assert.equal(colorEnabled(undefined, false, {}), false);
});

test('text width: the terminal on a TTY, else COLUMNS, else none', () => {
  assert.equal(textWidth({ isTTY: true, columns: 80 }, {}), 80);
  assert.equal(textWidth({ isTTY: true }, {}), 80);
  assert.equal(textWidth({ isTTY: false }, {}), undefined);
  assert.equal(textWidth({ isTTY: false }, { COLUMNS: '100' }), 100);
});

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

test('progress: nothing in the first second, then redrawn at most every 200 ms, erased at the end', () => {
  let t = 0;
  const out = new Capture();
  const p = progressReporter(out, { now: () => t });
  t = 500;
  p(1, 10);
  assert.equal(out.text, '', 'a run shorter than a second shows nothing');
  t = 1_100;
  p(2, 10);
  t = 1_200;
  p(3, 10);
  t = 1_400;
  p(4, 10);
  assert.equal(out.text, '\rprodlint: 2/10 files\rprodlint: 4/10 files');
  p(10, 10);
  assert.ok(String(out.text).endsWith('\r\u001b[K'), 'the line is erased before the findings');
  const quick = new Capture();
  const q = progressReporter(quick, { now: () => 0 });
  q(1, 1);
  assert.equal(quick.text, '', 'nothing to erase when nothing was shown');
});

test('CLI: -f concise, --statistics, FORCE_COLOR on a pipe; no progress on a non-TTY', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { cli } = await import('./helpers/cli.js');
  const dir = mkdtempSync(join(tmpdir(), 'prodlint-concise-'));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'a.sh'), 'exec uvicorn app:app --reload\n');
  writeFileSync(join(dir, 'b.sh'), 'exec uvicorn app:app --reload\n');
  const concise = await cli(['.', '-f', 'concise', '--no-cache'], dir);
  assert.equal(concise.code, 1);
  assert.match(concise.stdout, /^a\.sh:1:22: SH001 uvicorn runs with --reload[^\n]*\nb\.sh:1:22: SH001 /);
  const stats = await cli(['.', '--statistics', '--no-cache'], dir);
  assert.equal(stats.stdout, '2  SH001  dev-server-in-production  error\n');
  assert.equal(stats.code, 1, 'the exit code is unchanged');
  const forced = await cli(['.', '--no-cache'], dir, { FORCE_COLOR: '1', NO_COLOR: '1' });
  assert.match(forced.stdout, /\u001b\[/, 'FORCE_COLOR colours output to a pipe, over NO_COLOR');
  const plain = await cli(['.', '--no-cache'], dir, { NO_COLOR: '1' });
  assert.doesNotMatch(plain.stdout, /\u001b\[/);
  assert.doesNotMatch(concise.stderr + stats.stderr, /files\r|\r/, 'no progress on a non-TTY');
});
