import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { mappedRules, parsePeerPragma, PEER_MAPPINGS } from '../src/pragmas.js';
import { lintWith, patternRule, plainRepo, PL_RULES, where } from './helpers/adoption.js';
import { cli } from './helpers/cli.js';

// Stand-ins for the real rules, keyed by the ids the peer codes map to.
const PY007 = patternRule('PY007', 'python', /requests\.get\(/);
const PY001 = patternRule('PY001', 'python', /debug=True/);
const PY006 = patternRule('PY006', 'python', /time\.sleep\(/);
const DF002 = patternRule('DF002', 'dockerfile', /^CMD [^[].*$/m);
const DF006 = patternRule('DF006', 'dockerfile', /^FROM \S+:latest/m);
const RULES = [PY007, PY001, PY006, DF002, DF006, ...PL_RULES];

describe('parsePeerPragma', () => {
  test('noqa, nosec and hadolint forms with their scopes', () => {
    assert.deepEqual(parsePeerPragma('python', ' noqa: S113'), { tool: 'noqa', scope: 'line', codes: [{ code: 'S113', offset: 7 }] });
    assert.deepEqual(parsePeerPragma('python', ' type: ignore  # NOQA:S113,ASYNC210')?.codes.map((c) => c.code), ['S113', 'ASYNC210']);
    assert.deepEqual(parsePeerPragma('python', ' ruff: noqa: S113')?.scope, 'file');
    assert.deepEqual(parsePeerPragma('python', ' nosec B113'), { tool: 'bandit', scope: 'statement', codes: [{ code: 'B113', offset: 7 }] });
    assert.deepEqual(parsePeerPragma('python', ' nosec: B113, B201  # why')?.codes.map((c) => c.code), ['B113', 'B201']);
    assert.deepEqual(parsePeerPragma('dockerfile', ' hadolint ignore=DL3025,DL3007 # reason'), {
      tool: 'hadolint',
      scope: 'next-line',
      codes: [
        { code: 'DL3025', offset: 17 },
        { code: 'DL3007', offset: 24 },
      ],
    });
    assert.equal(parsePeerPragma('dockerfile', ' hadolint global ignore=DL3025')?.scope, 'file');
  });

  test('blanket pragmas, other kinds and look-alikes are not peer pragmas', () => {
    assert.equal(parsePeerPragma('python', ' noqa'), undefined);
    assert.equal(parsePeerPragma('python', ' nosec'), undefined);
    assert.equal(parsePeerPragma('python', ' nosecurity B113'), undefined);
    assert.equal(parsePeerPragma('shell', ' noqa: S113'), undefined);
    assert.equal(parsePeerPragma('dockerfile', ' noqa: S113'), undefined);
    assert.equal(parsePeerPragma('python', ' hadolint ignore=DL3025'), undefined);
    assert.equal(parsePeerPragma('dockerfile', ' see hadolint ignore=DL3025'), undefined);
    assert.equal(parsePeerPragma('dockerfile', ' hadolint ignore=DL3025 and more'), undefined, 'hadolint needs the whole comment');
  });

  test('mapping: codes, Bandit test names, case', () => {
    assert.deepEqual(mappedRules('noqa', 'S113'), ['PY007']);
    assert.deepEqual(mappedRules('bandit', 'B113'), ['PY007']);
    assert.deepEqual(mappedRules('bandit', 'request_without_timeout'), ['PY007']);
    assert.deepEqual(mappedRules('bandit', 'b201'), ['PY001']);
    assert.deepEqual(mappedRules('hadolint', 'DL3025'), ['DF002']);
    assert.deepEqual(mappedRules('hadolint', 'DL3002'), ['DF003']);
    assert.deepEqual(mappedRules('hadolint', 'DL3006'), ['DF006']);
    assert.deepEqual(mappedRules('hadolint', 'DL3007'), ['DF006']);
    assert.deepEqual(mappedRules('noqa', 'E501'), []);
    assert.deepEqual(mappedRules('noqa', 'B113'), [], 'Bandit codes belong to # nosec, not # noqa');
  });

  test('every mapping is listed in the README table', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const m of PEER_MAPPINGS) assert.match(readme, new RegExp(`\\| \`[^|]*${m.code}[^|]*\` \\|[^\\n]*${m.rules.join('.*')}`), `${m.tool} ${m.code}`);
  });
});

describe('peer pragmas in a run', () => {
  test('noqa covers its own line only; nosec its statement; unmapped codes and blanket pragmas nothing', async () => {
    const dir = plainRepo({
      'app.py': [
        'import requests, time',
        'requests.get(url)  # noqa: S113',
        'requests.get(url)  # noqa: E501',
        'requests.get(url)  # noqa',
        'requests.get(url)  # nosec',
        'requests.get(  # nosec B113',
        '    url,',
        ')',
        'x = requests.get(',
        '    url)  # nosec request_without_timeout',
        'requests.get(url)  # nosec B201',
        'app.run(debug=True)  # nosec B201',
        'app.run(debug=True)  # noqa: S201',
        'async def f():',
        '    time.sleep(1)  # noqa: ASYNC251',
        '    time.sleep(2)',
        '# noqa: S113',
        'requests.get(url)',
      ].join('\n') + '\n',
    });
    const r = await lintWith(dir, RULES);
    assert.deepEqual(where(r), ['app.py:3 PY007', 'app.py:4 PY007', 'app.py:5 PY007', 'app.py:11 PY007', 'app.py:16 PY006', 'app.py:18 PY007']);
    assert.equal(r.stats.suppressed, 6);
  });

  test('each pragma is found in a file that holds no other (directives are looked for only in texts that name one)', async () => {
    const dir = plainRepo({
      'a.py': 'requests.get(url)  # NOSEC B113\n',
      'b.py': 'requests.get(url)  # NoQA: S113\n',
      'c.py': 'requests.get(url)  # prodlint-disable-line PY007 -- fixture\n',
      'd.py': 'requests.get(url)\n',
      Dockerfile: 'FROM python:3\n# hadolint ignore=DL3025\nCMD gunicorn a:app\n',
    });
    const r = await lintWith(dir, RULES);
    assert.deepEqual(where(r), ['d.py:1 PY007']);
    assert.equal(r.stats.suppressed, 4);
  });

  test('# ruff: noqa: CODE exempts the whole file from the mapped rule only', async () => {
    const dir = plainRepo({ 'app.py': '# ruff: noqa: S113\nrequests.get(a)\nrequests.get(b)\napp.run(debug=True)\n' });
    assert.deepEqual(where(await lintWith(dir, RULES)), ['app.py:4 PY001']);
  });

  test('hadolint ignore applies to the instruction on the very next line; global ignore to the file', async () => {
    const dir = plainRepo({
      Dockerfile: ['FROM python:latest', '# hadolint ignore=DL3025', 'CMD gunicorn a:app', '# hadolint ignore=DL3025', '', 'CMD gunicorn b:app', '# hadolint ignore=DL3025', '# another comment', 'CMD gunicorn c:app', '# hadolint ignore=DL3007', 'CMD gunicorn d:app'].join('\n') + '\n',
      'other/Dockerfile': '# hadolint global ignore=DL3007,DL3006\nFROM python:latest\nCMD gunicorn a:app\n',
    });
    assert.deepEqual(where(await lintWith(dir, RULES)), ['Dockerfile:1 DF006', 'Dockerfile:6 DF002', 'Dockerfile:9 DF002', 'Dockerfile:11 DF002', 'other/Dockerfile:3 DF002']);
  });

  test('peer pragmas are never reported as unused, unknown or reasonless', async () => {
    const dir = plainRepo({
      'app.py': 'print(1)  # noqa: S113\nprint(2)  # nosec B113\n',
      Dockerfile: 'FROM python:3\n# hadolint ignore=DL3002\nUSER app\n',
    });
    // DF003 is not among the rules: a prodlint directive naming it would be PL003.
    const r = await lintWith(dir, RULES, { requireReason: true });
    assert.deepEqual(where(r), []);
  });

  test('a prodlint directive matching the same finding is the one marked used', async () => {
    const dir = plainRepo({ 'app.py': 'requests.get(u)  # noqa: S113\n# prodlint-disable-file PY007 -- vendored client\n' });
    const r = await lintWith(dir, RULES);
    assert.deepEqual(where(r), [], 'no PL002 for the prodlint directive');
  });

  test('--no-inline-suppressions ignores peer pragmas too', async () => {
    const dir = plainRepo({ 'app.py': 'requests.get(u)  # noqa: S113\n' });
    assert.deepEqual(where(await lintWith(dir, RULES, { inlineSuppressions: false })), ['app.py:1 PY007']);
  });
});

describe('suppression policy (CLI)', () => {
  const RELOAD = 'exec uvicorn app:app --reload';
  const found = (stdout: string): string[] => (JSON.parse(stdout).findings as { path: string; start: { line: number }; ruleId: string; message: string }[]).map((f) => `${f.start.line} ${f.ruleId} ${f.message}`);

  test('require-reason: true makes a suppression without "-- reason" a finding; it still suppresses', async () => {
    const dir = plainRepo({
      '.prodlint.yaml': 'require-reason: true\n',
      'start.sh': `#!/bin/sh\n# prodlint-disable-next-line SH001\n${RELOAD}\n# prodlint-disable-next-line SH001 -- staging only\n${RELOAD}\n`,
    });
    const r = await cli(['--format', 'json', '--rule', 'SH004=off'], dir);
    assert.deepEqual(found(r.stdout), ['2 PL002 suppression has no reason: add " -- why this is safe"']);
    const off = plainRepo({ 'start.sh': `#!/bin/sh\n# prodlint-disable-next-line SH001\n${RELOAD}\n` });
    assert.deepEqual(found((await cli(['--format', 'json', '--rule', 'SH004=off'], off)).stdout), []);
  });

  test('--no-inline-suppressions ignores every suppression, prodlint and peer alike', async () => {
    const dir = plainRepo({ 'start.sh': `#!/bin/sh\n# prodlint-disable-file\n${RELOAD}\n` });
    assert.equal((await cli(['--format', 'json'], dir)).code, 0);
    const audit = await cli(['--format', 'json', '--no-inline-suppressions'], dir);
    assert.equal(audit.code, 1);
    assert.ok(found(audit.stdout).some((f) => f.startsWith('3 SH001')));
    assert.ok(!found(audit.stdout).some((f) => f.includes('PL002')), 'ignored directives are not "unused"');
  });

  test('until=YYYY-MM-DD expires a suppression', async () => {
    const dir = plainRepo({
      'start.sh': `#!/bin/sh\n# prodlint-disable-next-line SH001 until=2000-01-01 -- expired\n${RELOAD}\n# prodlint-disable-next-line SH001 until=2999-12-31 -- still valid\n${RELOAD}\n`,
    });
    const r = await cli(['--format', 'json', '--rule', 'SH004=off'], dir);
    assert.deepEqual(found(r.stdout).map((f) => f.slice(0, 7)), ['3 SH001']);
  });
});
