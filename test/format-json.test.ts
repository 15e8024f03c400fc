import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSON_FORMAT_VERSION, formatJson, summarize } from '../src/format/json.js';
import { makeFinding, makeResult, makeRule, source } from './format-helpers.js';

const sh = makeRule('SH001', 'dev-server-in-production');
const df = makeRule('DF002', 'shell-form-entrypoint', { severity: 'warning' });

function sample() {
  const a = source('scripts/start.sh', '#!/bin/sh\nexec uvicorn app --reload\n');
  const d = source('Dockerfile', 'FROM x\nCMD ./scripts/start.sh\n');
  return makeResult({
    files: [a, d],
    rules: [sh, df],
    findings: [
      makeFinding(d, df, { at: 'CMD ./scripts/start.sh', message: 'shell form' }),
      makeFinding(a, sh, {
        at: '--reload',
        message: 'uvicorn runs with --reload',
        related: [{ source: d, at: 'CMD', message: 'started by this CMD' }],
      }),
    ],
    notices: [{ level: 'note', id: 'skipped-binary', path: 'logo.png', message: 'binary file skipped' }, { level: 'warning', id: 'cache-off', message: 'cache disabled' }],
    stats: { filesDiscovered: 9, filesLinted: 7, filesParsed: 2, durationMs: 123.4, suppressed: 2, baselined: 1 },
  });
}

test('has the documented shape with 1-based positions, related locations and fingerprints', () => {
  const out = JSON.parse(formatJson(sample()));
  assert.deepEqual(Object.keys(out), ['version', 'toolVersion', 'findings', 'notices', 'summary', 'files']);
  assert.equal(out.version, JSON_FORMAT_VERSION);
  assert.equal(out.toolVersion, '0.1.0');
  assert.deepEqual(out.findings[1], {
    ruleId: 'SH001',
    ruleName: 'dev-server-in-production',
    severity: 'error',
    message: 'uvicorn runs with --reload',
    path: 'scripts/start.sh',
    start: { line: 2, column: 18 },
    end: { line: 2, column: 26 },
    related: [{ path: 'Dockerfile', start: { line: 2, column: 1 }, end: { line: 2, column: 4 }, message: 'started by this CMD' }],
    fingerprint: 'SH001:scripts/start.sh:27',
  });
  assert.deepEqual(out.notices, [
    { level: 'note', id: 'skipped-binary', message: 'binary file skipped', path: 'logo.png' },
    { level: 'warning', id: 'cache-off', message: 'cache disabled' },
  ]);
  assert.deepEqual(out.summary, { errors: 1, warnings: 1, notes: 0, filesLinted: 7, suppressed: 2, baselined: 1 });
});

test('keeps the findings in the order given (the engine sorts them)', () => {
  const out = JSON.parse(formatJson(sample()));
  assert.deepEqual(
    out.findings.map((f: { ruleId: string }) => f.ruleId),
    ['DF002', 'SH001'],
  );
});

test('2-space indentation, trailing newline, no durations or absolute paths', () => {
  const text = formatJson(sample());
  assert.ok(text.endsWith('}\n'));
  assert.ok(text.startsWith('{\n  "version": '));
  assert.ok(!text.includes('123.4'), 'durationMs must not leak');
  assert.ok(!text.includes('/repo'), 'the absolute root must not leak');
  assert.equal(formatJson(sample()), text);
});

test('summary counts severities and distinct files', () => {
  const s = summarize(sample());
  assert.equal(s.errors, 1);
  assert.equal(s.warnings, 1);
  assert.equal(s.notes, 0);
  assert.equal(s.filesWithFindings, 2);
});

test('an empty run is valid JSON with zero counts', () => {
  const out = JSON.parse(formatJson(makeResult()));
  assert.deepEqual(out.findings, []);
  assert.deepEqual(out.notices, []);
  assert.deepEqual(out.summary, { errors: 0, warnings: 0, notes: 0, filesLinted: 3, suppressed: 0, baselined: 0 });
});
