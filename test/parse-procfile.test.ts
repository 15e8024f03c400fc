import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SourceFile, type Span } from '../src/source.js';
import { parseProcfile } from '../src/parse/procfile.js';

const PROCFILE = `# Heroku process types
web: gunicorn app.wsgi:application --bind 0.0.0.0:$PORT --workers 3   
worker:celery -A app worker --loglevel=info
release: python manage.py migrate --noinput

clock_2-b: python clock.py
`;

function parse(text: string) {
  const source = new SourceFile('Procfile', '', text);
  return { source, doc: parseProcfile(source, 'production') };
}

function where(source: SourceFile, s: Span): string {
  const a = source.positionAt(s.start);
  const b = source.positionAt(s.end);
  return `${a.line}:${a.column}-${b.line}:${b.column}`;
}

test('parses web, worker and release with exact spans', () => {
  const { source, doc } = parse(PROCFILE);
  assert.deepEqual(doc.parseErrors, []);
  assert.equal(doc.kind, 'procfile');
  assert.deepEqual(
    doc.tree.processes.map((p) => [p.name, p.command.text]),
    [
      ['web', 'gunicorn app.wsgi:application --bind 0.0.0.0:$PORT --workers 3'],
      ['worker', 'celery -A app worker --loglevel=info'],
      ['release', 'python manage.py migrate --noinput'],
      ['clock_2-b', 'python clock.py'],
    ],
  );
  const [web, worker, release] = doc.tree.processes;
  assert.equal(where(source, web!.nameSpan), '2:1-2:4');
  // The command starts after ": " and is trimmed on the right.
  assert.equal(where(source, web!.commandSpan), '2:6-2:68');
  assert.equal(where(source, web!.span), '2:1-2:68');
  assert.equal(where(source, worker!.commandSpan), '3:8-3:44');
  assert.equal(where(source, release!.commandSpan), '4:10-4:44');
  // The embedded command maps back to the file.
  const bind = web!.command.text.indexOf('--bind');
  assert.equal(where(source, web!.command.spanToFile({ start: bind, end: bind + 6 })), '2:36-2:42');
  assert.deepEqual(
    doc.comments.map((c) => [c.body, where(source, c.span), c.ownLine]),
    [[' Heroku process types', '1:1-1:23', true]],
  );
  assert.deepEqual(doc.logicalLines, []);
});

test('CRLF and BOM variants give identical positions and no \\r in commands', () => {
  const summary = (text: string) => {
    const { source, doc } = parse(text);
    return {
      processes: doc.tree.processes.map((p) => [p.name, p.command.text, where(source, p.nameSpan), where(source, p.commandSpan), where(source, p.span)]),
      comments: doc.comments.map((c) => [c.body, where(source, c.span)]),
      errors: doc.parseErrors.length,
    };
  };
  const lf = summary(PROCFILE);
  assert.deepEqual(summary(PROCFILE.replace(/\n/g, '\r\n')), lf);
  assert.deepEqual(summary('\ufeff' + PROCFILE), lf);
  assert.deepEqual(summary('\ufeff' + PROCFILE.replace(/\n/g, '\r\n')), lf);
  for (const p of lf.processes) assert.ok(!String(p[1]).includes('\r'));
});

test('only the first colon separates the name; the command keeps later colons', () => {
  const { doc } = parse('web: uvicorn main:app --host 0.0.0.0:8000\n');
  assert.equal(doc.tree.processes[0]!.command.text, 'uvicorn main:app --host 0.0.0.0:8000');
});

test('a shell comment at the end of a command is listed; # inside quotes or words is not', () => {
  const text = [
    'web: gunicorn app:app --reload  # prodlint-disable-line SH001',
    'worker: sh -c "echo # not a comment" \'#\' x#y ${A#b}',
    '',
  ].join('\n');
  const { source, doc } = parse(text);
  assert.deepEqual(
    doc.comments.map((c) => [c.body, where(source, c.span), c.ownLine]),
    [[' prodlint-disable-line SH001', '1:33-1:62', false]],
  );
  // The command itself is left whole for the shell parser.
  assert.equal(doc.tree.processes[0]!.command.text, 'gunicorn app:app --reload  # prodlint-disable-line SH001');
});

test('lines that are not process definitions are parse errors; the rest still parses', () => {
  const text = [
    'web: node server.js',
    '  worker: node worker.js',
    'not a process line',
    'bad name: x',
    'empty:   ',
    'web: node other.js',
    '',
  ].join('\n');
  const { source, doc } = parse(text);
  assert.deepEqual(
    doc.parseErrors.map((e) => [where(source, e.span), e.message]),
    [
      ['2:3-2:25', 'a process line must not be indented: foreman and honcho ignore this line'],
      ['3:1-3:19', "expected 'name: command' (name made of letters, digits, '_' and '-'): foreman and honcho ignore this line"],
      ['4:1-4:12', "expected 'name: command' (name made of letters, digits, '_' and '-'): foreman and honcho ignore this line"],
      ['5:1-5:7', 'process "empty" has no command'],
      ['6:1-6:4', 'process "web" is defined twice (honcho refuses this Procfile)'],
    ],
  );
  assert.deepEqual(
    doc.tree.processes.map((p) => [p.name, p.command.text]),
    [
      ['web', 'node server.js'],
      ['web', 'node other.js'],
    ],
  );
});

test('property: never throws; commands are verbatim slices of one line', () => {
  const chars = fc.constantFrom('web', 'a-b_1', ':', ' ', '\t', '#', '"', "'", '\\', '\n', '\r\n', 'x', 'é');
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 60 }), (parts) => {
      const { source, doc } = parse(parts.join(''));
      for (const p of doc.tree.processes) {
        assert.equal(source.slice(p.commandSpan), p.command.text);
        assert.equal(source.slice(p.nameSpan), p.name);
        assert.match(p.name, /^[A-Za-z0-9_-]+$/);
        assert.ok(p.command.text.length > 0 && !/[\r\n]/.test(p.command.text) && p.command.text.trimEnd() === p.command.text);
      }
      for (const e of doc.parseErrors) assert.ok(e.span.start <= e.span.end && e.span.end <= source.text.length);
    }),
    { numRuns: 2000 },
  );
});
