import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatText } from '../src/format/text.js';
import { makeFinding, makeResult, makeRule, source } from './format-helpers.js';

const sh = makeRule('SH001', 'dev-server-in-production');
const df = makeRule('DF002', 'shell-form-entrypoint', { severity: 'warning' });
const py = makeRule('PY005', 'dangling-task', { severity: 'note' });

/** Frame lines are `    <gutter> | <code>`; returns the code part of each. */
function frameLines(out: string): { gutter: string; code: string }[] {
  return out
    .split('\n')
    .map((l) => /^ {4}( *\d*) \| ?(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ gutter: m[1]!.trim(), code: m[2]! }));
}

/** Display column where the carets start under the code, and how many there are. */
function underline(out: string): { start: number; width: number } {
  const caretLine = frameLines(out).find((l) => l.gutter === '' && /^\s*\^+$/.test(l.code));
  assert.ok(caretLine, `no underline in:\n${out}`);
  const start = caretLine.code.indexOf('^');
  return { start, width: caretLine.code.length - start };
}

test('groups findings by file with aligned line:col, severity, message and rule', () => {
  const a = source('scripts/start.sh', '#!/bin/sh\nuvicorn app:app --reload\n\n\n\n\n\n\n\nnodemon --watch . server.js\n');
  const d = source('Dockerfile', 'FROM python\nCMD uvicorn app:app\n');
  const result = makeResult({
    files: [a, d],
    rules: [sh, df],
    findings: [
      makeFinding(a, sh, { at: '--reload', message: 'uvicorn runs with --reload' }),
      makeFinding(a, sh, { at: 'server.js', message: 'nodemon restarts on file changes' }),
      makeFinding(d, df, { at: 'CMD uvicorn app:app', message: 'CMD is in shell form' }),
    ],
  });
  const lines = formatText(result, { color: false }).split('\n');
  assert.equal(lines[0], 'scripts/start.sh');
  assert.ok(lines.includes('  2:17   error  uvicorn runs with --reload  SH001 dev-server-in-production'), lines.join('\n'));
  assert.ok(lines.includes('  10:19  error  nodemon restarts on file changes  SH001 dev-server-in-production'));
  assert.ok(lines.includes('Dockerfile'));
  assert.ok(lines.includes('  2:1  warning  CMD is in shell form  DF002 shell-form-entrypoint'));
  assert.ok(lines.indexOf('Dockerfile') > lines.indexOf('  10:19  error  nodemon restarts on file changes  SH001 dev-server-in-production'));
});

test('underlines exactly the span under the code line', () => {
  const a = source('start.sh', 'exec uvicorn app:app --reload --port 80\n');
  const result = makeResult({ files: [a], rules: [sh], findings: [makeFinding(a, sh, { at: '--reload' })] });
  const out = formatText(result, { color: false });
  const code = frameLines(out)[0]!;
  assert.equal(code.gutter, '1');
  assert.equal(code.code, 'exec uvicorn app:app --reload --port 80');
  assert.deepEqual(underline(out), { start: code.code.indexOf('--reload'), width: '--reload'.length });
});

test('expands tabs the same way in the code and the underline', () => {
  const a = source('start.sh', 'if true; then\n\t\tuvicorn\tapp --reload\nfi\n');
  for (const tabWidth of [4, 8]) {
    const result = makeResult({ files: [a], rules: [sh], findings: [makeFinding(a, sh, { at: '--reload' })] });
    const out = formatText(result, { color: false, tabWidth });
    const code = frameLines(out)[0]!.code;
    assert.ok(!code.includes('\t'));
    const expected = ' '.repeat(2 * tabWidth) + 'uvicorn' + ' '.repeat(tabWidth - ('uvicorn'.length % tabWidth)) + 'app --reload';
    assert.equal(code, expected);
    assert.deepEqual(underline(out), { start: code.indexOf('--reload'), width: 8 });
  }
});

test('counts wide characters as two columns when placing the underline', () => {
  const a = source('start.sh', 'exec 日本 --reload\n');
  const result = makeResult({ files: [a], rules: [sh], findings: [makeFinding(a, sh, { at: '--reload' })] });
  // "exec " (5) + two wide characters (4) + " " (1) = column 10.
  assert.deepEqual(underline(formatText(result, { color: false })), { start: 10, width: 8 });
});

test('multi-line span: underline to the end of the first line, at most three lines, then an ellipsis', () => {
  const d = source('Dockerfile', 'FROM x\nRUN a \\\n  && b \\\n  && c \\\n  && d\nCMD e\n');
  const span = 'RUN a \\\n  && b \\\n  && c \\\n  && d';
  const result = makeResult({ files: [d], rules: [df], findings: [makeFinding(d, df, { at: span })] });
  const out = formatText(result, { color: false });
  const frame = frameLines(out);
  assert.deepEqual(
    frame.map((l) => l.gutter),
    ['2', '', '3', '4', ''],
  );
  assert.equal(frame[4]!.code, '…');
  assert.deepEqual(underline(out), { start: 0, width: 'RUN a \\'.length });
});

test('a two-line span shows both lines and no ellipsis; a span ending at column 1 shows one line', () => {
  const d = source('Dockerfile', 'RUN a \\\n  && b\nCMD c\n');
  const two = makeResult({ files: [d], rules: [df], findings: [makeFinding(d, df, { at: 'a \\\n  && b' })] });
  assert.deepEqual(frameLines(formatText(two, { color: false })).map((l) => l.gutter), ['1', '', '2']);
  const toNextLine = makeResult({ files: [d], rules: [df], findings: [makeFinding(d, df, { at: 'RUN a \\\n' })] });
  assert.deepEqual(frameLines(formatText(toNextLine, { color: false })).map((l) => l.gutter), ['1', '']);
});

test('an empty span at the end of a line gets one caret after the last character', () => {
  const a = source('start.sh', 'exec app\n');
  const result = makeResult({ files: [a], rules: [sh], findings: [makeFinding(a, sh, { at: { start: 8, end: 8 } })] });
  assert.deepEqual(underline(formatText(result, { color: false })), { start: 8, width: 1 });
});

test('long lines show a window around the span with ellipses, still aligned', () => {
  const text = `${'x'.repeat(400)} --reload ${'y'.repeat(400)}\n`;
  const a = source('app.min.js', text);
  const result = makeResult({ files: [a], rules: [sh], findings: [makeFinding(a, sh, { at: '--reload' })] });
  const out = formatText(result, { color: false });
  const code = frameLines(out)[0]!.code;
  assert.ok(code.startsWith('…') && code.endsWith('…'), code);
  assert.ok(code.length <= 122, `frame line is ${code.length} wide`);
  assert.deepEqual(underline(out), { start: code.indexOf('--reload'), width: 8 });
});

test('no frame when the source is missing or the position is out of range; related locations listed', () => {
  const a = source('start.sh', 'uvicorn --reload\n');
  const d = source('Dockerfile', 'FROM x\nCMD ["./start.sh"]\n');
  const f = makeFinding(a, sh, {
    at: '--reload',
    message: 'reload',
    related: [{ source: d, at: 'CMD', message: 'started by this CMD' }],
  });
  const missing = formatText(makeResult({ files: [], rules: [sh], findings: [f] }), { color: false });
  assert.deepEqual(frameLines(missing), []);
  assert.ok(missing.includes('    ↳ Dockerfile:2:1  started by this CMD'));
  const outOfRange = { ...f, start: { line: 99, column: 1 }, end: { line: 99, column: 2 } };
  const out = formatText(makeResult({ files: [a], rules: [sh], findings: [outOfRange] }), { color: false });
  assert.deepEqual(frameLines(out), []);
  assert.match(out, /99:1 {2}error {2}reload/);
});

test('summary line counts problems by severity and files; singular forms', () => {
  const a = source('a.sh', 'one --reload\n');
  const b = source('b.py', 'asyncio.create_task(x)\n');
  const result = makeResult({
    files: [a, b],
    rules: [sh, df, py],
    findings: [
      makeFinding(a, sh, { at: '--reload' }),
      makeFinding(a, df, { at: 'one' }),
      makeFinding(a, df, { at: 'one' }),
      makeFinding(b, py, { at: 'asyncio' }),
    ],
  });
  assert.match(formatText(result, { color: false }), /\n✖ 4 problems \(1 error, 2 warnings, 1 note\) in 2 files\n/);
  const single = makeResult({ files: [a], rules: [sh], findings: [makeFinding(a, sh, { at: '--reload' })] });
  assert.match(formatText(single, { color: false }), /\n✖ 1 problem \(1 error, 0 warnings, 0 notes\) in 1 file\n/);
});

test('clean run: a single success line with the number of files checked', () => {
  const result = makeResult({
    stats: { filesDiscovered: 12, filesLinted: 12, filesParsed: 2, durationMs: 5, suppressed: 0, baselined: 0 },
  });
  assert.equal(formatText(result, { color: false }), '✔ No problems found (12 files checked)\n');
  const one = makeResult({ stats: { filesDiscovered: 1, filesLinted: 1, filesParsed: 1, durationMs: 5, suppressed: 0, baselined: 0 } });
  assert.equal(formatText(one, { color: false }), '✔ No problems found (1 file checked)\n');
});

test('suppressed and baselined counts appear only when non-zero', () => {
  const stats = { filesDiscovered: 2, filesLinted: 2, filesParsed: 2, durationMs: 5 };
  const both = formatText(makeResult({ stats: { ...stats, suppressed: 3, baselined: 1 } }), { color: false });
  assert.ok(both.includes('  3 suppressed, 1 baselined (not shown)'));
  const onlyBaselined = formatText(makeResult({ stats: { ...stats, suppressed: 0, baselined: 2 } }), { color: false });
  assert.ok(onlyBaselined.includes('  2 baselined (not shown)'));
  assert.ok(!onlyBaselined.includes('suppressed'));
});

test('notices are compact: at most three per id, then a count', () => {
  const notices = ['a.bin', 'b.png', 'c.jpg', 'd.gif', 'e.ico'].map((path) => ({
    level: 'note' as const,
    id: 'skipped-binary',
    path,
    message: 'binary file skipped',
  }));
  notices.push({ level: 'warning', id: 'skipped-size', path: 'big.json', message: 'larger than 1 MiB, skipped' } as never);
  const out = formatText(makeResult({ notices }), { color: false }).split('\n');
  assert.ok(out.includes('ℹ a.bin: binary file skipped'));
  assert.ok(out.includes('ℹ c.jpg: binary file skipped'));
  assert.ok(!out.some((l) => l.includes('d.gif')));
  assert.ok(out.includes('  … and 2 more (skipped-binary)'));
  assert.ok(out.includes('⚠ big.json: larger than 1 MiB, skipped'));
});

test('colour is a parameter: none when off, ANSI codes when on', () => {
  const a = source('a.sh', 'x --reload\n');
  const result = makeResult({ files: [a], rules: [sh], findings: [makeFinding(a, sh, { at: '--reload' })] });
  const plain = formatText(result, { color: false });
  const colored = formatText(result, { color: true });
  assert.ok(!plain.includes('\u001b'));
  assert.ok(colored.includes('\u001b[31m'), 'errors are red');
  assert.equal(colored.replace(/\u001b\[\d+m/g, ''), plain);
});

test('control characters from files and messages never reach the terminal raw', () => {
  const a = source('a\u001b[2Jb.sh', 'echo "\u001b]0;pwned\u0007" --reload\n');
  const f = makeFinding(a, sh, { at: '--reload', message: 'bad \u001b[31m\nsecond line' });
  const out = formatText(makeResult({ files: [a], rules: [sh], findings: [f] }), { color: false });
  assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f]/.test(out), JSON.stringify(out));
  assert.ok(out.includes('bad ␛[31m second line'));
  assert.ok(out.includes('a␛[2Jb.sh'));
  // The control pictures keep one column each, so the underline still lines up.
  assert.deepEqual(underline(out), { start: frameLines(out)[0]!.code.indexOf('--reload'), width: 8 });
});

test('deterministic: the same result renders byte-identically', () => {
  const a = source('a.sh', 'x --reload\n');
  const make = () => makeResult({ files: [a], rules: [sh], findings: [makeFinding(a, sh, { at: '--reload' })] });
  assert.equal(formatText(make(), { color: true }), formatText(make(), { color: true }));
});

test('at 80 columns a long message wraps with a hanging indent; the rule id and name are never split', () => {
  const a = source('start.sh', 'exec uvicorn app:app --reload\n');
  const message = 'uvicorn runs with --reload: it restarts the server whenever a file changes, so a git pull or any edit on the host restarts production';
  const result = makeResult({ files: [a], rules: [sh], findings: [makeFinding(a, sh, { at: '--reload', message })] });
  const out = formatText(result, { color: false, width: 80 });
  const lines = out.split('\n');
  const first = lines.findIndex((l) => l.startsWith('  1:22  error  uvicorn'));
  assert.ok(first >= 0, out);
  const block: string[] = [];
  for (let i = first; !lines[i]!.startsWith('    1 |'); i++) block.push(lines[i]!);
  assert.ok(block.length >= 2, out);
  for (const l of block) assert.ok(l.length <= 80, `${l.length} columns: ${l}`);
  const indent = '  1:22  error  '.length;
  for (const l of block.slice(1)) assert.match(l, new RegExp(`^ {${indent}}\\S`), 'hanging indent under the message');
  assert.ok(block.at(-1)!.endsWith('SH001 dev-server-in-production'), 'the id and name end the last line together');
  assert.equal(block.map((l) => l.trim()).join(' ').replace(/\s+/g, ' '), `1:22 error ${message} SH001 dev-server-in-production`, 'no word lost or split');
  // Without a width (pipes, files) the line is as before: one line.
  assert.ok(formatText(result, { color: false }).includes(`  1:22  error  ${message}  SH001 dev-server-in-production`));
  // A line that fits is not touched.
  const short = makeResult({ files: [a], rules: [sh], findings: [makeFinding(a, sh, { at: '--reload', message: 'uvicorn --reload' })] });
  assert.ok(formatText(short, { color: false, width: 80 }).includes('  1:22  error  uvicorn --reload  SH001 dev-server-in-production\n'));
});

test('wrapping counts wide characters as two columns and keeps colour codes out of the count', () => {
  const a = source('start.sh', 'exec uvicorn app:app --reload\n');
  const message = `${'漢字 '.repeat(20)}end`;
  const result = makeResult({ files: [a], rules: [sh], findings: [makeFinding(a, sh, { at: '--reload', message })] });
  const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
  const out = strip(formatText(result, { color: true, width: 60 }));
  const block = out.split('\n').filter((l) => l.includes('漢字') || l.includes('end'));
  for (const l of block) {
    const width = [...l].reduce((w, ch) => w + (/[\u3000-\u9fff]/.test(ch) ? 2 : 1), 0);
    assert.ok(width <= 60, `${width}: ${l}`);
  }
});
