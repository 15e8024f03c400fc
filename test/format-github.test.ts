import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  STEP_SUMMARY_MAX_BYTES,
  escapeData,
  escapeProperty,
  formatGithub,
  formatStepSummary,
  summaryLinksFromEnv,
} from '../src/format/github.js';
import { RULES_DOC_URL } from '../src/docs.js';
import type { Finding } from '../src/types.js';
import { makeFinding, makeResult, makeRule, source } from './format-helpers.js';

const sh = makeRule('SH001', 'dev-server-in-production');
const df = makeRule('DF002', 'shell-form-entrypoint', { severity: 'warning' });
const py = makeRule('PY005', 'dangling-task', { severity: 'note' });

test('escaping follows actions/toolkit: data escapes % CR LF, properties also : and ,', () => {
  assert.equal(escapeData('50% done\r\nnext: a,b'), '50%25 done%0D%0Anext: a,b');
  assert.equal(escapeProperty('50% done\r\nnext: a,b'), '50%25 done%0D%0Anext%3A a%2Cb');
  assert.equal(escapeData('%0A'), '%250A', 'an already-escaped sequence is escaped again, not passed through');
});

test('one annotation per finding with file, lines, columns and title', () => {
  const a = source('scripts/start.sh', '#!/bin/sh\nexec uvicorn app --reload\n');
  const result = makeResult({ files: [a], rules: [sh], findings: [makeFinding(a, sh, { at: '--reload', message: 'uvicorn runs with --reload' })] });
  assert.equal(
    formatGithub(result),
    '::error file=scripts/start.sh,line=2,endLine=2,col=18,endColumn=26,title=SH001 dev-server-in-production::uvicorn runs with --reload\n',
  );
});

test('multi-line findings leave out columns (GitHub ignores them across lines)', () => {
  const d = source('Dockerfile', 'RUN a \\\n  && b\n');
  const result = makeResult({ files: [d], rules: [df], findings: [makeFinding(d, df, { at: 'RUN a \\\n  && b', message: 'm' })] });
  assert.equal(formatGithub(result), '::warning file=Dockerfile,line=1,endLine=2,title=DF002 shell-form-entrypoint::m\n');
});

test('notes become ::notice; paths and titles are escaped as properties, messages as data', () => {
  const a = source('deploy/a,b:c%.py', 'asyncio.create_task(x)\n');
  const f = makeFinding(a, py, { at: 'asyncio', message: 'line one\nline two: 100%' });
  const out = formatGithub(makeResult({ files: [a], rules: [py], findings: [f] }));
  assert.equal(
    out,
    '::notice file=deploy/a%2Cb%3Ac%25.py,line=1,endLine=1,col=1,endColumn=8,title=PY005 dangling-task::line one%0Aline two: 100%25\n',
  );
});

test('related locations are appended to the message on their own lines', () => {
  const a = source('start.sh', 'uvicorn --reload\n');
  const d = source('Dockerfile', 'FROM x\nCMD ./start.sh\n');
  const f = makeFinding(a, sh, { at: '--reload', message: 'reload', related: [{ source: d, at: 'CMD', message: 'started here' }] });
  assert.match(formatGithub(makeResult({ files: [a, d], rules: [sh], findings: [f] })), /::reload%0A↳ Dockerfile:2:1 started here\n$/);
});

test('control characters in messages are made visible, never emitted raw', () => {
  const a = source('a.sh', 'x\n');
  const f = makeFinding(a, sh, { at: 'x', message: 'evil \u001b[31mred\u0007' });
  const out = formatGithub(makeResult({ files: [a], rules: [sh], findings: [f] }));
  assert.ok(!/[\u0000-\u0009\u000b-\u001f]/.test(out));
  assert.ok(out.includes('evil ␛[31mred␇'));
});

function many(count: number, rule: typeof sh, path: string): Finding[] {
  const s = source(path, 'x\n'.repeat(count));
  return Array.from({ length: count }, (_, i) => makeFinding(s, rule, { at: { start: i * 2, end: i * 2 + 1 }, message: `${rule.id} #${i + 1}` }));
}

test('most severe first, whatever the input order', () => {
  const findings = [...many(1, py, 'a.py'), ...many(1, df, 'b/Dockerfile'), ...many(1, sh, 'c.sh')];
  const levels = formatGithub(makeResult({ rules: [sh, df, py], findings }))
    .trimEnd()
    .split('\n')
    .map((l) => l.slice(0, l.indexOf(' ')));
  assert.deepEqual(levels, ['::error', '::warning', '::notice']);
});

test('at most 10 per level; notes give up one slot to the notice that counts the rest', () => {
  const findings = [...many(12, sh, 'a.sh'), ...many(11, df, 'Dockerfile'), ...many(10, py, 'b.py')];
  const lines = formatGithub(makeResult({ rules: [sh, df, py], findings })).trimEnd().split('\n');
  const count = (prefix: string) => lines.filter((l) => l.startsWith(prefix)).length;
  assert.equal(count('::error '), 10);
  assert.equal(count('::warning '), 10);
  assert.equal(count('::notice '), 9);
  assert.equal(count('::notice::'), 1);
  assert.equal(count('::notice'), 10, 'GitHub shows 10 notices per step: the count must be one of them');
  assert.ok(lines.some((l) => l.endsWith('::SH001 #10')) && !lines.some((l) => l.endsWith('::SH001 #11')), 'the first ten in path order');
  assert.match(lines.at(-1)!, /^::notice::prodlint: 2 errors, 1 warning, 1 note not annotated \(GitHub shows 10 annotations per level per step\)/);
});

test('exactly 10 of each level fit without an overflow notice', () => {
  const findings = [...many(10, sh, 'a.sh'), ...many(10, py, 'b.py')];
  const lines = formatGithub(makeResult({ rules: [sh, py], findings })).trimEnd().split('\n');
  assert.equal(lines.length, 20);
  assert.ok(!lines.some((l) => l.startsWith('::notice::')));
});

test('no findings, no output', () => {
  assert.equal(formatGithub(makeResult()), '');
});

test('step summary: headline, findings by rule (most severe, then most frequent) and by file', () => {
  const findings = [...many(1, py, 'b.py'), ...many(2, df, 'Dockerfile'), ...many(3, df, 'deploy/Dockerfile'), ...many(1, sh, 'a.sh')];
  const md = formatStepSummary(
    makeResult({
      rules: [sh, df, py],
      findings,
      stats: { filesDiscovered: 9, filesLinted: 8, filesParsed: 4, durationMs: 1, suppressed: 2, baselined: 0 },
    }),
  );
  assert.ok(md.startsWith('## prodlint\n\n**✖ 7 problems** (1 error, 5 warnings, 1 note) in 4 files · 8 files checked\n'), md);
  assert.ok(md.includes('\n2 suppressed (not shown).\n'));
  const ruleRows = md.split('\n').filter((l) => /^\| \[?[A-Z]{2}\d{3}/.test(l));
  assert.deepEqual(ruleRows, [
    `| [SH001](${RULES_DOC_URL}#sh001-dev-server-in-production) | dev-server-in-production | error | 1 |`,
    `| [DF002](${RULES_DOC_URL}#df002-shell-form-entrypoint) | shell-form-entrypoint | warning | 5 |`,
    `| [PY005](${RULES_DOC_URL}#py005-dangling-task) | dangling-task | note | 1 |`,
  ]);
  const fileRows = md.split('\n').filter((l) => l.startsWith('| `'));
  assert.deepEqual(fileRows, [
    '| `a.sh` | 1 | 0 | 0 |',
    '| `deploy/Dockerfile` | 0 | 3 | 0 |',
    '| `Dockerfile` | 0 | 2 | 0 |',
    '| `b.py` | 0 | 0 | 1 |',
  ]);
});

test('step summary of a clean run has no tables', () => {
  const md = formatStepSummary(makeResult());
  assert.equal(md, '## prodlint\n\n**✔ No problems found** (3 files checked)\n');
});

test('step summary escapes Markdown in paths and notices', () => {
  const findings = many(1, sh, 'we|rd`name.sh');
  const md = formatStepSummary(
    makeResult({
      rules: [sh],
      findings,
      notices: [{ level: 'warning', id: 'x', message: '<img src=x onerror=alert(1)> *bold* [link](y)' }],
    }),
  );
  assert.ok(md.includes('| ``we\\|rd`name.sh`` | 1 | 0 | 0 |'), md);
  assert.ok(md.includes('- warning: &lt;img src=x onerror=alert(1)&gt; \\*bold\\* \\[link\\](y)'));
});

test('step summary stays under its byte limit and says what it left out', () => {
  const findings = Array.from({ length: 1200 }, (_, i) => many(1, df, `${'deep/'.repeat(180)}file-${i}.sh`)[0]!);
  const md = formatStepSummary(makeResult({ rules: [df], findings }));
  assert.ok(Buffer.byteLength(md) < STEP_SUMMARY_MAX_BYTES, `${Buffer.byteLength(md)} bytes`);
  assert.ok(Buffer.byteLength(md) > STEP_SUMMARY_MAX_BYTES - 2 * 1024, 'the budget is used, not wasted');
  assert.match(md, /_… \d+ more files not shown\._/);

  const small = formatStepSummary(makeResult({ rules: [df], findings: findings.slice(0, 100) }), { maxBytes: 4096 });
  assert.ok(Buffer.byteLength(small) <= 4096);
  // The (bounded) list of findings comes first, so a small budget cuts it and the tables after it.
  assert.match(small, /more findings not shown|findings not shown/);
});

test('step summary caps each table at 1000 rows', () => {
  const findings = Array.from({ length: 1005 }, (_, i) => many(1, sh, `f${i}.sh`)[0]!);
  const md = formatStepSummary(makeResult({ rules: [sh], findings }));
  assert.equal(md.split('\n').filter((l) => l.startsWith('| `')).length, 1000);
  assert.ok(md.includes('_… 5 more files not shown._'));
});

test('step summary lists the first findings, most severe first, linked when links are given', () => {
  const findings = [...many(3, sh, 'a b/start.sh'), ...many(2, df, 'Dockerfile')];
  const links = { server: 'https://github.com', repository: 'acme/app', sha: 'abc1234' };
  const md = formatStepSummary(makeResult({ rules: [sh, df], findings }), { links, listed: 4 });
  assert.match(md, /### First 4 findings \(of 5; all are in the SARIF report\)/);
  const items = md.split('\n').filter((l) => l.startsWith('- ['));
  assert.equal(items.length, 4);
  assert.ok(items[0]!.includes('(https://github.com/acme/app/blob/abc1234/a%20b/start.sh#L'), items[0]);
  const plain = formatStepSummary(makeResult({ rules: [sh], findings: many(1, sh, 'x.sh') }));
  assert.match(plain, /### Findings\n\n- `x\.sh:\d+` \*\*/);
});

test('summary links come from the runner environment only when it is complete', () => {
  assert.deepEqual(summaryLinksFromEnv({ GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: 'abc1234', GITHUB_SERVER_URL: 'https://ghe.example/' }), { server: 'https://ghe.example', repository: 'acme/app', sha: 'abc1234' });
  assert.equal(summaryLinksFromEnv({ GITHUB_REPOSITORY: 'acme/app' }), undefined);
  assert.equal(summaryLinksFromEnv({ GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: 'not-a-sha' }), undefined);
});
