import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SourceFile, type Span } from '../src/source.js';
import { getDirectives, getSection, getSections, lastDirective, parseSystemd } from '../src/parse/systemd.js';

const BOT_UNIT = `[Unit]
Description=Telegram bot
After=network.target

[Service]
Type=forking
User=root
WorkingDirectory=/opt/bot
ExecStart=/opt/bot/start_all_services.sh
MemoryLimit=2G
Restart=always

[Install]
WantedBy=multi-user.target
`;

function parse(text: string, path = 'bot.service') {
  const source = new SourceFile(path, '', text);
  return { source, doc: parseSystemd(source, 'production') };
}

/** `line:col-line:col` of a span, for readable assertions. */
function where(source: SourceFile, s: Span): string {
  const a = source.positionAt(s.start);
  const b = source.positionAt(s.end);
  return `${a.line}:${a.column}-${b.line}:${b.column}`;
}

test('parses the bot unit: sections, directives, exact spans', () => {
  const { source, doc } = parse(BOT_UNIT);
  assert.deepEqual(doc.parseErrors, []);
  assert.deepEqual(
    doc.tree.sections.map((s) => s.name),
    ['Unit', 'Service', 'Install'],
  );
  const service = getSection(doc.tree, 'Service')!;
  assert.deepEqual(
    service.directives.map((d) => [d.key, d.value.text, d.section]),
    [
      ['Type', 'forking', 'Service'],
      ['User', 'root', 'Service'],
      ['WorkingDirectory', '/opt/bot', 'Service'],
      ['ExecStart', '/opt/bot/start_all_services.sh', 'Service'],
      ['MemoryLimit', '2G', 'Service'],
      ['Restart', 'always', 'Service'],
    ],
  );
  assert.equal(where(source, service.headerSpan), '5:1-5:10');
  assert.equal(where(source, service.nameSpan), '5:2-5:9');
  assert.equal(where(source, service.span), '5:1-11:15');
  const exec = lastDirective(service, 'ExecStart')!;
  assert.equal(where(source, exec.keySpan), '9:1-9:10');
  assert.equal(where(source, exec.valueSpan), '9:11-9:41');
  assert.equal(where(source, exec.span), '9:1-9:41');
  assert.equal(source.slice(exec.valueSpan), exec.value.text);
  // The embedded value maps each character to the file: "start_all" starts at column 20.
  const at = exec.value.text.indexOf('start_all');
  assert.deepEqual(source.positionAt(exec.value.toFile(at)), { line: 9, column: 20 });
  assert.deepEqual(doc.comments, []);
  assert.deepEqual(doc.logicalLines, []);
  assert.equal(doc.kind, 'systemd');
  assert.equal(doc.environment, 'production');
});

test('CRLF and BOM variants give identical line/column positions', () => {
  const variants = [BOT_UNIT, BOT_UNIT.replace(/\n/g, '\r\n'), '\ufeff' + BOT_UNIT, '\ufeff' + BOT_UNIT.replace(/\n/g, '\r\n')];
  const positions = variants.map((text) => {
    const { source, doc } = parse(text);
    return doc.tree.sections.flatMap((s) => [
      s.name,
      where(source, s.headerSpan),
      where(source, s.span),
      ...s.directives.flatMap((d) => [d.key, d.value.text, where(source, d.keySpan), where(source, d.valueSpan), where(source, d.span)]),
    ]);
  });
  for (const p of positions.slice(1)) assert.deepEqual(p, positions[0]);
  // The \r never ends up in a value.
  const { doc } = parse(variants[1]!);
  for (const s of doc.tree.sections) for (const d of s.directives) assert.ok(!d.value.text.includes('\r'));
});

test('blanks around = are stripped; a # after a value is part of the value', () => {
  const { source, doc } = parse('[Service]\n  Restart =  on-failure  \nExecStart=/bin/app --port 80 # not a comment\n');
  const service = getSection(doc.tree, 'Service')!;
  const restart = lastDirective(service, 'Restart')!;
  assert.equal(restart.key, 'Restart');
  assert.equal(restart.value.text, 'on-failure');
  assert.equal(where(source, restart.keySpan), '2:3-2:10');
  assert.equal(where(source, restart.valueSpan), '2:14-2:24');
  assert.equal(lastDirective(service, 'ExecStart')!.value.text, '/bin/app --port 80 # not a comment');
  assert.deepEqual(doc.comments, []);
});

test('comments: # and ; own-line comments with their bodies', () => {
  const text = '# top\n[Service]\n  ; indented ; comment\n#ruleid: SD001\nType=simple\n';
  const { source, doc } = parse(text);
  assert.deepEqual(
    doc.comments.map((c) => [c.body, where(source, c.span), c.ownLine]),
    [
      [' top', '1:1-1:6', true],
      [' indented ; comment', '3:3-3:23', true],
      ['ruleid: SD001', '4:1-4:15', true],
    ],
  );
});

test('continuations join into one value mapped back to each physical line; inner comments are skipped', () => {
  const text = [
    '[Service]',
    'ExecStart=/usr/bin/gunicorn \\',
    '    # a comment inside the continuation',
    '    --reload \\',
    '    app:main',
    'Restart=always',
    '',
  ].join('\n');
  for (const variant of [text, text.replace(/\n/g, '\r\n')]) {
    const { source, doc } = parse(variant);
    const exec = lastDirective(getSection(doc.tree, 'Service'), 'ExecStart')!;
    // The backslash becomes a space and the next line is appended with its indentation (systemd).
    assert.equal(exec.value.text, '/usr/bin/gunicorn      --reload      app:main');
    const reload = exec.value.text.indexOf('--reload');
    assert.equal(where(source, exec.value.spanToFile({ start: reload, end: reload + 8 })), '4:5-4:13');
    const app = exec.value.text.indexOf('app:main');
    assert.deepEqual(source.positionAt(exec.value.toFile(app)), { line: 5, column: 5 });
    assert.equal(where(source, exec.valueSpan), '2:11-5:13');
    assert.deepEqual(doc.logicalLines, [{ first: 2, last: 5 }]);
    assert.deepEqual(
      doc.comments.map((c) => [c.body, where(source, c.span)]),
      [[' a comment inside the continuation', '3:5-3:40']],
    );
    assert.equal(lastDirective(getSection(doc.tree, 'Service'), 'Restart')!.value.text, 'always');
    assert.deepEqual(doc.parseErrors, []);
  }
});

test('an escaped backslash does not continue; a blank line ends a continuation; a continuation may end the file', () => {
  const { doc } = parse('[Service]\nA=x\\\\\nB=y \\\n\nC=z \\');
  const service = getSection(doc.tree, 'Service')!;
  assert.deepEqual(
    service.directives.map((d) => [d.key, d.value.text]),
    [
      ['A', 'x\\\\'],
      ['B', 'y'],
      ['C', 'z'],
    ],
  );
  assert.deepEqual(doc.logicalLines, [{ first: 3, last: 4 }]);
});

test('repeated keys and empty resets are kept in order; repeated sections are all found', () => {
  const text = [
    '[Service]',
    'Environment=A=1',
    'ExecStartPre=/bin/true',
    'ExecStartPre=',
    'ExecStartPre=/bin/migrate',
    '[Unit]',
    'After=network.target',
    '[Service]',
    'Environment=B=2',
    '',
  ].join('\n');
  const { source, doc } = parse(text);
  const first = getSection(doc.tree, 'Service')!;
  assert.deepEqual(
    getDirectives(first, 'ExecStartPre').map((d) => d.value.text),
    ['/bin/true', '', '/bin/migrate'],
  );
  const reset = getDirectives(first, 'ExecStartPre')[1]!;
  assert.equal(where(source, reset.valueSpan), '4:14-4:14');
  assert.equal(where(source, reset.span), '4:1-4:14');
  const services = getSections(doc.tree, 'Service');
  assert.equal(services.length, 2);
  assert.deepEqual(
    getDirectives(services, 'Environment').map((d) => d.value.text),
    ['A=1', 'B=2'],
  );
  assert.equal(lastDirective(services, 'Environment')!.value.text, 'B=2');
  assert.equal(lastDirective(getSection(doc.tree, 'Install'), 'WantedBy'), undefined);
  assert.deepEqual(getDirectives(undefined, 'X'), []);
  // Keys are case-sensitive, as in systemd.
  assert.deepEqual(getDirectives(first, 'environment'), []);
});

test('specifiers and quotes are left in the value', () => {
  const { doc } = parse('[Service]\nExecStart=/usr/bin/worker --queue "%i" \'a b\'\n', 'worker@.service');
  assert.equal(lastDirective(getSection(doc.tree, 'Service'), 'ExecStart')!.value.text, '/usr/bin/worker --queue "%i" \'a b\'');
});

test('broken lines become parse errors with spans and parsing goes on', () => {
  const text = [
    'Description=before any section',
    '[Service',
    'Type=simple',
    'just some words',
    '=novalue',
    '[Install]',
    'WantedBy=multi-user.target',
    '',
  ].join('\n');
  const { source, doc } = parse(text);
  assert.deepEqual(
    doc.parseErrors.map((e) => [where(source, e.span), e.message]),
    [
      ['1:1-1:31', 'assignment outside of any [Section]: systemd ignores this line'],
      ['2:1-2:9', 'invalid section header "[Service": it must end with \']\''],
      ['4:1-4:16', 'missing \'=\' in "just some words": systemd ignores this line'],
      ['5:1-5:9', "missing key name before '=': systemd ignores this line"],
    ],
  );
  // The unterminated header still opens a section so the rest of the file is checked.
  assert.deepEqual(
    doc.tree.sections.map((s) => [s.name, s.directives.map((d) => d.key)]),
    [
      ['Service', ['Type']],
      ['Install', ['WantedBy']],
    ],
  );
});

test('empty and comment-only files parse to nothing', () => {
  for (const text of ['', '\n\n', '# only a comment', '\ufeff']) {
    const { doc } = parse(text);
    assert.deepEqual(doc.tree.sections, []);
    assert.deepEqual(doc.parseErrors, []);
  }
});

const unitChars = fc.constantFrom('[', ']', '=', '#', ';', '\\', ' ', '\t', '\n', '\r\n', 'a', 'Key', 'Service', 'é', '%i');
const unitText = fc.array(unitChars, { maxLength: 80 }).map((parts) => parts.join(''));

test('property: never throws, spans stay in the text, single-line values are verbatim', () => {
  fc.assert(
    fc.property(unitText, (text) => {
      const { source, doc } = parse(text);
      const inside = (s: Span) => 0 <= s.start && s.start <= s.end && s.end <= source.text.length;
      for (const e of doc.parseErrors) assert.ok(inside(e.span));
      for (const c of doc.comments) assert.ok(inside(c.span));
      for (const section of doc.tree.sections) {
        assert.ok(inside(section.span) && inside(section.nameSpan) && inside(section.headerSpan));
        for (const d of section.directives) {
          assert.ok(inside(d.keySpan) && inside(d.valueSpan) && inside(d.span));
          assert.ok(!d.value.text.includes('\r'));
          if (!source.slice(d.valueSpan).includes('\n')) assert.equal(source.slice(d.valueSpan), d.value.text);
        }
      }
      for (const r of doc.logicalLines) assert.ok(r.first < r.last && r.last <= source.lineCount);
    }),
    { numRuns: 2000 },
  );
});

test('property: CRLF gives the same positions as LF', () => {
  const lfText = unitText.map((t) => t.replace(/\r/g, ''));
  fc.assert(
    fc.property(lfText, (text) => {
      const summary = (t: string) => {
        const { source, doc } = parse(t);
        return {
          sections: doc.tree.sections.map((s) => [
            s.name,
            where(source, s.span),
            s.directives.map((d) => [d.key, d.value.text, where(source, d.keySpan), where(source, d.valueSpan)]),
          ]),
          comments: doc.comments.map((c) => [c.body, where(source, c.span)]),
          errors: doc.parseErrors.map((e) => where(source, e.span)),
          logicalLines: doc.logicalLines,
        };
      };
      assert.deepEqual(summary(text.replace(/\n/g, '\r\n')), summary(text));
    }),
    { numRuns: 1000 },
  );
});
