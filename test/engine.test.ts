import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { lintDir } from './helpers/lint.js';

function repo(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'prodlint-engine-'));
  mkdirSync(join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const at = (r: Awaited<ReturnType<typeof lintDir>>) => r.findings.map((f) => `${f.path}:${f.start.line}:${f.start.column}-${f.end.line}:${f.end.column} ${f.ruleId}`);

describe('positions', () => {
  const script = '#!/bin/sh\n# start\nexec uvicorn app:app --reload\n';
  const compose = 'services:\n  api:\n    image: x\n    restart: always\n    command: uvicorn app:app --reload\n';
  const dockerfile = 'FROM python:3\nUSER app\nCMD ["uvicorn", "app:app", \\\n  "--reload"]\n';
  const expected = ['Dockerfile:4:3-4:13 SH001', 'compose.yaml:5:30-5:38 SH001', 'start.sh:3:22-3:30 SH001'];

  test('LF', async () => {
    assert.deepEqual(at(await lintDir(repo({ 'start.sh': script, 'compose.yaml': compose, Dockerfile: dockerfile }), { only: ['SH001'] })), expected);
  });
  test('CRLF gives the same lines and columns', async () => {
    const crlf = (s: string) => s.replace(/\n/g, '\r\n');
    assert.deepEqual(at(await lintDir(repo({ 'start.sh': crlf(script), 'compose.yaml': crlf(compose), Dockerfile: crlf(dockerfile) }), { only: ['SH001'] })), expected);
  });
  test('a UTF-8 BOM does not shift columns', async () => {
    const bom = (s: string) => '\ufeff' + s;
    assert.deepEqual(at(await lintDir(repo({ 'start.sh': bom(script), 'compose.yaml': bom(compose), Dockerfile: bom(dockerfile) }), { only: ['SH001'] })), expected);
  });
  test('columns count UTF-16 code units (non-ASCII before the span)', async () => {
    const r = await lintDir(repo({ 'start.sh': 'echo "déjà 😀"; uvicorn a:app --reload\n' }), { only: ['SH001'] });
    assert.deepEqual(at(r), ['start.sh:1:31-1:39 SH001']); // the emoji counts 2
  });
  test('a span inside sh -c maps through quote removal', async () => {
    const r = await lintDir(repo({ 'start.sh': `sh -c "cd /app && exec \\"uvicorn\\" a:app --reload"\n` }), { only: ['SH001'] });
    assert.deepEqual(at(r), ['start.sh:1:42-1:50 SH001']);
  });
});

describe('robustness', () => {
  test('binary and unparsable files become notices or PL000; other files are still linted', async () => {
    const dir = repo({
      'bin.sh': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]),
      'broken.yaml': 'services:\n  api:\n    image: x\n    command: [unclosed\n',
      'start.sh': 'uvicorn a:app --reload\n',
    });
    const r = await lintDir(dir);
    assert.ok(r.notices.some((n) => n.id === 'skipped-binary' && n.path === 'bin.sh'));
    assert.ok(r.findings.some((f) => f.ruleId === 'SH001' && f.path === 'start.sh'));
  });
  test('a compose file that is not YAML-valid gives PL000 and no crash', async () => {
    const r = await lintDir(repo({ 'compose.yaml': 'services:\n  api:\n    image: x\n   bad: [\n' }));
    assert.ok(r.findings.some((f) => f.ruleId === 'PL000' && f.path === 'compose.yaml'));
  });
});

describe('inline suppressions', () => {
  test('next-line, line, file and ranges; unused and unknown directives reported', async () => {
    const dir = repo({
      'a.sh': [
        '# prodlint-disable-next-line SH001 -- reviewed: staging box',
        'uvicorn a:app --reload',
        'uvicorn b:app --reload # prodlint-disable-line dev-server-in-production',
        '# prodlint-disable SH001',
        'uvicorn c:app --reload',
        '# prodlint-enable SH001',
        'uvicorn d:app --reload',
        '# prodlint-disable-next-line SH001',
        'echo fine',
        '# prodlint-disable-next-line SH01',
        'uvicorn e:app --reload',
      ].join('\n') + '\n',
      'b.sh': '# prodlint-disable-file\nuvicorn a:app --reload\n',
      Dockerfile: 'FROM python:3\nUSER app\n# prodlint-disable-next-line DF002\nCMD uvicorn a:app \\\n  --reload\n',
    });
    const r = await lintDir(dir, { only: ['SH001', 'DF002', 'PL002', 'PL003'] });
    assert.deepEqual(at(r), [
      // The Dockerfile directive covers the whole logical line (the CMD continuation), for DF002 only.
      'Dockerfile:5:3-5:11 SH001',
      'a.sh:7:15-7:23 SH001',
      'a.sh:8:1-8:35 PL002',
      'a.sh:10:1-10:34 PL002',
      'a.sh:10:30-10:34 PL003',
      'a.sh:11:15-11:23 SH001',
    ]);
    assert.equal(r.stats.suppressed, 5); // a.sh lines 2, 3 and 5; b.sh; the Dockerfile DF002
  });
  test('until= expires a suppression', async () => {
    const dir = repo({ 'a.sh': '# prodlint-disable-next-line SH001 until=2020-01-01 -- temporary\nuvicorn a:app --reload\n' });
    assert.equal((await lintDir(dir, { only: ['SH001'], today: '2026-01-01' })).findings.length, 1);
    assert.equal((await lintDir(dir, { only: ['SH001'], today: '2019-12-31' })).findings.length, 0);
  });
});

describe('development files', () => {
  test('production-only rules skip dev paths', async () => {
    const dir = repo({ 'docker-compose.override.yml': 'services:\n  api:\n    image: x\n    command: uvicorn a:app --reload\n', 'tests/run.sh': 'uvicorn a:app --reload\n', 'deploy/run.sh': 'uvicorn a:app --reload\n' });
    assert.deepEqual((await lintDir(dir, { only: ['SH001'] })).findings.map((f) => f.path), ['deploy/run.sh']);
  });
});

describe('project model', () => {
  test('a script run by a start carrier is a start script with a related location', async () => {
    const dir = repo({
      'deploy/app.service': '[Service]\nExecStart=/opt/app/start_all_services.sh\n',
      'start_all_services.sh': '#!/bin/sh\nuvicorn a:app --reload &\nwait\n',
    });
    const r = await lintDir(dir, { only: ['SH001'] });
    assert.equal(r.findings.length, 1);
    assert.deepEqual(r.findings[0]!.related.map((x) => `${x.path}:${x.start.line}`), ['deploy/app.service:2']);
  });
});
