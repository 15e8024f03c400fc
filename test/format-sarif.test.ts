/**
 * SARIF output, validated against the OASIS SARIF 2.1.0 schema (test/sarif-2.1.0.json, vendored
 * unchanged from /work/shared/schemas; that copy is the one @microsoft/sarif-multitool ships and
 * declares JSON Schema draft 2020-12, hence Ajv2020) plus GitHub's own expectations.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { FINGERPRINT_KEY, artifactUri, formatSarif } from '../src/format/sarif.js';
import { RULES_DOC_URL } from '../src/docs.js';
import { RELEASE_TAG } from '../src/version.js';
import type { RunResult } from '../src/report.js';
import { makeFinding, makeResult, makeRule, source } from './format-helpers.js';

// ajv-formats is CommonJS; under NodeNext its default import is the plugin function itself.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const schema = JSON.parse(readFileSync(new URL('./sarif-2.1.0.json', import.meta.url), 'utf8'));
assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/* eslint-disable @typescript-eslint/no-explicit-any */
function sarifOf(result: RunResult, opts?: Parameters<typeof formatSarif>[1]): any {
  const text = formatSarif(result, opts);
  const log = JSON.parse(text);
  assert.ok(validate(log), `schema errors: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  return log;
}

const sh = makeRule('SH001', 'dev-server-in-production');
const df = makeRule('DF002', 'shell-form-entrypoint', { severity: 'warning', precision: 'high' });
const py = makeRule('PY005', 'dangling-task', { severity: 'note' });
const dc = makeRule('DC005', 'datastore-port-published', { category: 'security', securitySeverity: 8.1, kinds: ['compose'] });
const pl = makeRule('PL000', 'parse-error', { severity: 'warning', category: 'tool', kinds: [] });

test('empty run: valid, one run, utf16 columns, %SRCROOT% with a trailing slash, no automationDetails', () => {
  const log = sarifOf(makeResult({ rules: [sh] }));
  assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.columnKind, 'utf16CodeUnits');
  assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///repo/' } });
  assert.deepEqual(run.results, []);
  assert.deepEqual(run.invocations, [{ executionSuccessful: true }]);
  assert.equal(run.automationDetails, undefined);
  assert.equal(run.tool.driver.name, 'prodlint');
  assert.equal(run.tool.driver.semanticVersion, '0.1.0');
  assert.equal(run.tool.driver.rules.length, 1);
});

test('results: ruleIndex, level, message, region with exclusive end, related locations, own fingerprint key', () => {
  const a = source('scripts/start.sh', '#!/bin/sh\nexec uvicorn app --reload\n');
  const d = source('Dockerfile', 'FROM x\nCMD ./scripts/start.sh\n');
  const result = makeResult({
    files: [a, d],
    rules: [df, sh, py],
    findings: [
      makeFinding(d, df, { at: 'CMD ./scripts/start.sh', message: 'shell form' }),
      makeFinding(a, sh, {
        at: '--reload',
        message: 'uvicorn runs with --reload',
        related: [
          { source: d, at: 'CMD', message: 'started by this CMD' },
          { source: d, at: 'FROM', message: '' },
        ],
      }),
    ],
  });
  const run = sarifOf(result).runs[0];
  const rules = run.tool.driver.rules;
  assert.deepEqual(rules.map((r: any) => r.id), ['DF002', 'SH001', 'PY005'], 'every enabled rule, in the given order');
  for (const r of run.results) assert.equal(rules[r.ruleIndex].id, r.ruleId);
  const res = run.results[1];
  assert.equal(res.ruleId, 'SH001');
  assert.equal(res.ruleIndex, 1);
  assert.equal(res.level, 'error');
  // Each related location is linked from the message (SARIF §3.11.6), or GitHub does not show it.
  assert.deepEqual(res.message, { text: 'uvicorn runs with --reload ([started by this CMD](1); [related location](2))' });
  assert.deepEqual(run.results[0].message, { text: 'shell form' }, 'no links, no change');
  assert.deepEqual(res.locations, [
    {
      physicalLocation: {
        artifactLocation: { uri: 'scripts/start.sh', uriBaseId: '%SRCROOT%' },
        region: { startLine: 2, startColumn: 18, endLine: 2, endColumn: 26 },
      },
    },
  ]);
  assert.deepEqual(res.relatedLocations[0], {
    id: 1,
    physicalLocation: {
      artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 4 },
    },
    message: { text: 'started by this CMD' },
  });
  assert.equal(res.relatedLocations[1].id, 2);
  assert.equal(res.relatedLocations[1].message, undefined, 'GitHub rejects empty strings');
  assert.deepEqual(res.partialFingerprints, { [FINGERPRINT_KEY]: 'SH001:scripts/start.sh:27' });
  assert.equal(run.results[0].level, 'warning');
  assert.ok(!JSON.stringify(run).includes('primaryLocationLineHash'));
});

test('rule descriptors: descriptions, help, helpUri, level, tags, precision, problem.severity', () => {
  const f = source('start.sh', 'exec uvicorn app --reload\n');
  const run = sarifOf(makeResult({ files: [f], rules: [sh, df, py], findings: [makeFinding(f, sh, { at: '--reload' })] })).runs[0];
  const [r0, r1, r2] = run.tool.driver.rules;
  assert.equal(r0.name, 'dev-server-in-production');
  assert.deepEqual(r0.shortDescription, { text: 'Summary of SH001' });
  assert.equal(
    r0.fullDescription.text,
    'Detects dev-server-in-production in start commands. See the docs (https://example.com/SH001).',
    'plain text: no Markdown emphasis or link syntax',
  );
  assert.match(r0.help.markdown, /^## SH001 dev-server-in-production\n/);
  assert.match(r0.help.markdown, /```dockerfile\nCMD uvicorn app:app --reload\n```/);
  assert.match(r0.help.text, /^SH001 dev-server-in-production\n/);
  assert.equal(r0.helpUri, `${RULES_DOC_URL}#sh001-dev-server-in-production`);
  assert.equal(r0.helpUri, 'https://github.com/prodlint/prodlint/blob/v0.1.0/rules/README.md#sh001-dev-server-in-production', 'the released version, not main');
  assert.equal(r1.help, undefined, 'full help only for rules with results');
  assert.equal(r1.helpUri, `${RULES_DOC_URL}#df002-shell-form-entrypoint`);
  assert.deepEqual(r0.defaultConfiguration, { level: 'error' });
  assert.deepEqual(r0.properties.tags, ['reliability', 'commands', 'shell', 'dockerfile']);
  assert.equal(r0.properties['problem.severity'], 'error');
  assert.equal(r0.properties.precision, undefined);
  assert.equal(r0.properties['security-severity'], undefined);
  assert.equal(r1.properties.precision, 'high');
  assert.equal(r1.properties['problem.severity'], 'warning');
  assert.deepEqual(r2.defaultConfiguration, { level: 'note' });
  assert.equal(r2.properties['problem.severity'], 'recommendation');
});

test('security-severity: a numeric string, only on security rules', () => {
  const notSecurity = makeRule('SH010', 'x', { securitySeverity: 9 });
  const run = sarifOf(makeResult({ rules: [dc, notSecurity] })).runs[0];
  const [sec, other] = run.tool.driver.rules;
  assert.equal(sec.properties['security-severity'], '8.1');
  assert.ok(!Number.isNaN(Number(sec.properties['security-severity'])));
  assert.ok(sec.properties.tags.includes('security'));
  assert.equal(other.properties['security-severity'], undefined);
});

test('tags are capped at 10 and names/descriptions at GitHub limits', () => {
  const everywhere = makeRule('SH002', 'n'.repeat(300), {
    kinds: ['shell', 'dockerfile', 'compose', 'systemd', 'procfile', 'packagejson', 'python', 'typescript', 'railway', 'fly', 'render', 'heroku'],
    docs: { ...sh.docs, summary: 's'.repeat(2000), what: 'w'.repeat(5000) },
  });
  const f = source('start.sh', 'exec uvicorn app --reload\n');
  const r = sarifOf(makeResult({ files: [f], rules: [everywhere], findings: [makeFinding(f, everywhere, { at: '--reload' })] })).runs[0].tool.driver.rules[0];
  assert.ok(r.properties.tags.length <= 10);
  assert.equal(r.name.length, 255);
  assert.equal(r.shortDescription.text.length, 1024);
  assert.equal(r.fullDescription.text.length, 1024);
  assert.ok(r.fullDescription.text.endsWith('…'));
});

test('URIs: relative, each segment percent-encoded; the root is a file URI too', () => {
  assert.equal(artifactUri('a b/ü%#.sh'), 'a%20b/%C3%BC%25%23.sh');
  assert.equal(artifactUri('deploy/app?.service'), 'deploy/app%3F.service');
  const weird = source('a b/ü%#.sh', 'uvicorn --reload\n');
  const result = makeResult({ root: '/home/me/my repo#1', files: [weird], rules: [sh], findings: [makeFinding(weird, sh, { at: '--reload' })] });
  const run = sarifOf(result).runs[0];
  assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uri, 'a%20b/%C3%BC%25%23.sh');
  assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///home/me/my%20repo%231/');
});

test('a lone surrogate in a path does not throw', () => {
  const bad = source('bad\uD800name.sh', 'uvicorn --reload\n');
  const run = sarifOf(makeResult({ files: [bad], rules: [sh], findings: [makeFinding(bad, sh, { at: '--reload' })] })).runs[0];
  assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uri, 'bad%EF%BF%BDname.sh');
});

test('PL000 parse errors: a result and a tool execution notification; notices become notifications', () => {
  const y = source('compose.yaml', 'services:\n  web: [\n');
  const parse = makeFinding(y, pl, { at: '[', message: 'YAML: unexpected end of flow sequence' });
  const result = makeResult({
    files: [y],
    rules: [sh, pl],
    findings: [parse],
    notices: [{ level: 'note', id: 'skipped-binary', path: 'img/logo.png', message: 'binary file skipped' }],
  });
  const run = sarifOf(result).runs[0];
  assert.equal(run.results.length, 1);
  assert.equal(run.results[0].ruleId, 'PL000');
  const inv = run.invocations[0];
  assert.equal(inv.executionSuccessful, true, 'a parse error is not a failed run');
  assert.deepEqual(inv.toolExecutionNotifications, [
    {
      level: 'note',
      message: { text: 'binary file skipped' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'img/logo.png', uriBaseId: '%SRCROOT%' } } }],
      descriptor: { id: 'skipped-binary' },
    },
    {
      level: 'warning',
      message: { text: 'YAML: unexpected end of flow sequence' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'compose.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 2, startColumn: 8, endLine: 2, endColumn: 9 },
          },
        },
      ],
      descriptor: { id: 'parse-error' },
      associatedRule: { id: 'PL000', index: 1 },
    },
  ]);
});

test('cap: keeps the most severe results, then path order, and says how many were left out', () => {
  const files = ['a.sh', 'b.sh', 'c.sh'].map((p) => source(p, 'one two three\n'));
  const [a, b, c] = files as [ReturnType<typeof source>, ReturnType<typeof source>, ReturnType<typeof source>];
  const findings = [
    makeFinding(a, py, { at: 'one' }),
    makeFinding(a, df, { at: 'two' }),
    makeFinding(a, sh, { at: 'three' }),
    makeFinding(b, df, { at: 'one' }),
    makeFinding(b, py, { at: 'two' }),
    makeFinding(c, df, { at: 'one' }),
    makeFinding(c, sh, { at: 'two' }),
  ];
  const run = sarifOf(makeResult({ files, rules: [sh, df, py], findings }), { resultLimit: 4 }).runs[0];
  assert.deepEqual(
    run.results.map((r: any) => `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.ruleId}`),
    ['a.sh:DF002', 'a.sh:SH001', 'b.sh:DF002', 'c.sh:SH001'],
    'both errors and the first two warnings, emitted in path order',
  );
  const capped = run.invocations[0].toolExecutionNotifications.find((n: any) => n.descriptor.id === 'sarif-capped');
  assert.ok(capped);
  assert.equal(capped.level, 'warning');
  assert.match(capped.message.text, /^3 of 7 results were left out: a SARIF run may hold at most 4/);
  const uncapped = sarifOf(makeResult({ files, rules: [sh, df, py], findings })).runs[0];
  assert.equal(uncapped.results.length, 7);
  assert.equal(uncapped.invocations[0].toolExecutionNotifications, undefined);
});

test('a finding whose rule is not in the run gets a minimal descriptor', () => {
  const a = source('a.sh', 'x\n');
  const orphan = makeFinding(a, makeRule('XX999', 'mystery', { severity: 'warning' }), { at: 'x' });
  const run = sarifOf(makeResult({ files: [a], rules: [sh], findings: [orphan] })).runs[0];
  const rules = run.tool.driver.rules;
  assert.deepEqual(rules.map((r: any) => r.id), ['SH001', 'XX999']);
  assert.equal(run.results[0].ruleIndex, 1);
  assert.equal(rules[1].name, 'mystery');
  assert.deepEqual(rules[1].defaultConfiguration, { level: 'warning' });
  assert.ok(rules[1].help.text.length > 0);
});

test('regions are always valid: startLine >= 1, end never before start', () => {
  const a = source('a.sh', 'x\n');
  const f = makeFinding(a, sh, { at: 'x' });
  const broken = [
    { ...f, start: { line: 0, column: 0 }, end: { line: 0, column: 0 } },
    { ...f, start: { line: 5, column: 9 }, end: { line: 3, column: 1 } },
    { ...f, start: { line: Number.NaN, column: 2 }, end: { line: 1, column: 4 } },
  ];
  const regions = sarifOf(makeResult({ files: [a], rules: [sh], findings: broken })).runs[0].results.map(
    (r: any) => r.locations[0].physicalLocation.region,
  );
  assert.deepEqual(regions, [
    { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    { startLine: 5, startColumn: 9, endLine: 5, endColumn: 9 },
    { startLine: 1, startColumn: 2, endLine: 1, endColumn: 4 },
  ]);
});

test('category sets automationDetails.id with a trailing slash', () => {
  assert.deepEqual(sarifOf(makeResult(), { category: 'prodlint' }).runs[0].automationDetails, { id: 'prodlint/' });
  assert.deepEqual(sarifOf(makeResult(), { category: 'lint/prodlint/' }).runs[0].automationDetails, { id: 'lint/prodlint/' });
  assert.equal(sarifOf(makeResult(), { category: '' }).runs[0].automationDetails, undefined);
});

test('deterministic and free of durations and absolute paths except the base URI', () => {
  const a = source('a.sh', 'uvicorn --reload\n');
  const make = () =>
    makeResult({ root: '/srv/checkout', files: [a], rules: [sh, df], findings: [makeFinding(a, sh, { at: '--reload' })] });
  const text = formatSarif(make());
  assert.equal(formatSarif(make()), text);
  assert.ok(!text.includes('12.5'));
  assert.equal(text.split('/srv/checkout').length - 1, 1, 'the root appears once, in originalUriBaseIds');
  assert.ok(text.endsWith('\n'));
});

test('the schema validator is real: it rejects what GitHub would reject', () => {
  const good = JSON.parse(formatSarif(makeResult({ rules: [sh] })));
  assert.ok(validate(good));
  const noSuccess: any = structuredClone(good);
  delete noSuccess.runs[0].invocations[0].executionSuccessful;
  assert.ok(!validate(noSuccess), 'invocation.executionSuccessful is required');
  const zeroLine: any = structuredClone(good);
  zeroLine.runs[0].results = [
    { ruleId: 'SH001', message: { text: 'x' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a' }, region: { startLine: 0 } } }] },
  ];
  assert.ok(!validate(zeroLine), 'regions are 1-based');
});

test('message text: literal square brackets are escaped when links are embedded', () => {
  const a = source('a.sh', 'exec x --reload\n');
  const result = makeResult({ files: [a], rules: [sh], findings: [makeFinding(a, sh, { at: '--reload', message: 'runs [x] \\ here', related: [{ source: a, at: 'exec', message: 'from [here]' }] })] });
  const res = sarifOf(result).runs[0].results[0];
  assert.equal(res.message.text, 'runs \\[x\\] \\\\ here ([from \\[here\\]](1))');
});

test('the version in links is package.json\'s', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  assert.equal(RELEASE_TAG, `v${pkg.version}`);
  assert.ok(RULES_DOC_URL.includes(`/blob/v${pkg.version}/`));
});

test('size: a 3-finding run with every rule enabled stays small (rules without results carry no help)', async () => {
  // Through the real CLI, so the rule table is the real one (all rules enabled by default).
  const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { cli } = await import('./helpers/cli.js');
  const dir = mkdtempSync(join(tmpdir(), 'prodlint-sarif-size-'));
  mkdirSync(join(dir, '.git'));
  for (const n of [1, 2, 3]) writeFileSync(join(dir, `s${n}.sh`), 'exec uvicorn app:app --reload\n');
  const r = await cli(['.', '--format', 'sarif', '--no-cache'], dir);
  const log = JSON.parse(r.stdout);
  const run = log.runs[0];
  assert.equal(run.results.length, 3);
  const rules = run.tool.driver.rules;
  assert.equal(rules.filter((d: any) => d.help).map((d: any) => d.id).join(), 'SH001', 'full help only for the rule with results');
  for (const d of rules) assert.ok(d.helpUri && d.shortDescription.text, `${d.id} keeps its summary and link`);
  // Measured 52,491 bytes with 59 rules (2026-12, was 407,139 with full help on every rule): about
  // 0.8 KB per rule without results plus the results and one full help. The bound grows with the
  // catalogue so adding rules does not break it, but full help on every rule (~6 KB each) would.
  const bytes = Buffer.byteLength(r.stdout);
  const bound = 1024 * rules.length + 16 * 1024;
  assert.ok(bytes < bound, `${bytes} bytes for ${rules.length} rules (bound ${bound})`);
});

test('merge keeps the descriptor with full help when one shard has results for the rule and another not', async () => {
  const { mergeSarif } = await import('../src/merge.js');
  const f = source('start.sh', 'exec uvicorn app --reload\n');
  const without = formatSarif(makeResult({ rules: [sh] }));
  const withResults = formatSarif(makeResult({ files: [f], rules: [sh], findings: [makeFinding(f, sh, { at: '--reload' })] }));
  const merged = JSON.parse(mergeSarif([{ name: 'a', text: without }, { name: 'b', text: withResults }]));
  assert.ok(merged.runs[0].tool.driver.rules[0].help, 'full help survives the merge');
});
