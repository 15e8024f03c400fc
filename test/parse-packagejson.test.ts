import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SourceFile, type Span } from '../src/source.js';
import { parsePackageJson } from '../src/parse/packagejson.js';
import { parseJson, type JsonNode } from '../src/parse/json-positions.js';

const PACKAGE = `{
  "name": "bot-api",
  "main": "dist/server.js",
  "scripts": {
    "start": "nodemon --exec \\"node dist/server.js\\" --watch caf\\u00e9",
    "build": "tsc -p .",
    "start:prod": "node dist/server.js"
  },
  "dependencies": { "express": "^4.19.0", "pg": "^8.11.0" },
  "devDependencies": { "nodemon": "^3.0.0" }
}
`;

function parse(text: string) {
  const source = new SourceFile('package.json', '', text);
  return { source, doc: parsePackageJson(source, 'production') };
}

function where(source: SourceFile, s: Span): string {
  const a = source.positionAt(s.start);
  const b = source.positionAt(s.end);
  return `${a.line}:${a.column}-${b.line}:${b.column}`;
}

/** The plain value of a positioned node, built without recursion. */
function plain(node: JsonNode): unknown {
  if (node.type !== 'object' && node.type !== 'array') return node.value;
  if (node.type === 'array') return node.items.map(plain);
  const out: Record<string, unknown> = {};
  for (const m of node.members) Object.defineProperty(out, m.key.value, { value: plain(m.value), enumerable: true, configurable: true, writable: true });
  return out;
}

test('reads name, main, dependencies and scripts with decoded commands and exact spans', () => {
  const { source, doc } = parse(PACKAGE);
  assert.deepEqual(doc.parseErrors, []);
  assert.equal(doc.kind, 'packagejson');
  assert.equal(doc.tree.name, 'bot-api');
  assert.equal(doc.tree.main, 'dist/server.js');
  assert.deepEqual(doc.tree.dependencies, ['express', 'pg']);
  assert.deepEqual(doc.tree.devDependencies, ['nodemon']);
  assert.deepEqual(doc.tree.value, JSON.parse(PACKAGE));
  assert.deepEqual(doc.comments, []);
  assert.deepEqual(doc.logicalLines, []);
  assert.deepEqual(
    doc.tree.scripts.map((s) => [s.name, s.command.text]),
    [
      ['start', 'nodemon --exec "node dist/server.js" --watch café'],
      ['build', 'tsc -p .'],
      ['start:prod', 'node dist/server.js'],
    ],
  );
  const start = doc.tree.scripts[0]!;
  assert.equal(where(source, start.nameSpan), '5:5-5:12');
  assert.equal(where(source, start.valueSpan), '5:14-5:72');
  assert.equal(where(source, start.span), '5:5-5:72');
  // Each decoded character maps to where it is written; an escape maps to its backslash.
  const cmd = start.command;
  const quote = cmd.text.indexOf('"');
  assert.deepEqual(source.positionAt(cmd.toFile(quote)), { line: 5, column: 30 });
  const node = cmd.text.indexOf('node dist');
  assert.deepEqual(source.positionAt(cmd.toFile(node)), { line: 5, column: 32 });
  const watch = cmd.text.indexOf('--watch');
  assert.equal(where(source, cmd.spanToFile({ start: watch, end: watch + 7 })), '5:54-5:61');
  const e = cmd.text.indexOf('é');
  assert.deepEqual(source.positionAt(cmd.toFile(e)), { line: 5, column: 65 });
  assert.equal(source.text.slice(cmd.toFile(e), cmd.toFile(e) + 6), '\\u00e9');
  // The end of the command is the closing quote.
  assert.equal(source.text[cmd.toFile(cmd.text.length)], '"');
  // A script without escapes is a verbatim slice.
  const build = doc.tree.scripts[1]!;
  assert.equal(source.slice(build.command.spanToFile({ start: 0, end: build.command.length })), 'tsc -p .');
});

test('CRLF and BOM variants give identical positions', () => {
  const summary = (text: string) => {
    const { source, doc } = parse(text);
    return doc.tree.scripts.map((s) => {
      const dot = s.command.text.lastIndexOf('.');
      return [s.name, s.command.text, where(source, s.nameSpan), where(source, s.valueSpan), where(source, s.span), where(source, s.command.spanToFile({ start: dot, end: dot + 1 }))];
    });
  };
  const lf = summary(PACKAGE);
  assert.equal(lf.length, 3);
  for (const variant of [PACKAGE.replace(/\n/g, '\r\n'), '\ufeff' + PACKAGE, '\ufeff' + PACKAGE.replace(/\n/g, '\r\n')]) {
    assert.deepEqual(summary(variant), lf);
    assert.deepEqual(parse(variant).doc.parseErrors, []);
    assert.deepEqual(parse(variant).doc.tree.value, JSON.parse(PACKAGE));
  }
});

test('surrogate pairs and every simple escape decode like JSON.parse', () => {
  const text = '{"scripts":{"x":"a\\ud83d\\ude00b\\n\\t\\/\\\\\\b\\f\\r😀"}}';
  const { source, doc } = parse(text);
  const x = doc.tree.scripts[0]!;
  assert.equal(x.command.text, JSON.parse(text).scripts.x);
  // The second half of the escaped pair maps to its own escape.
  assert.equal(source.text.slice(x.command.toFile(2), x.command.toFile(2) + 6), '\\ude00');
  assert.equal(source.text[x.command.toFile(3)], 'b');
});

test('duplicate keys: reported, and the script npm runs (the last) is the one kept', () => {
  const text = '{\n  "scripts": {\n    "start": "nodemon app.js",\n    "start": "node app.js"\n  }\n}\n';
  const { source, doc } = parse(text);
  assert.deepEqual(
    doc.parseErrors.map((e) => [where(source, e.span), e.message]),
    [['4:5-4:12', 'duplicate key "start": JSON.parse and npm keep only the last one']],
  );
  assert.deepEqual(
    doc.tree.scripts.map((s) => s.command.text),
    ['node app.js'],
  );
  assert.deepEqual(doc.tree.value, { scripts: { start: 'node app.js' } });
});

test('invalid JSON: an error with a span, a partial tree, no value, no exception', () => {
  const text = '{\n  "scripts": {\n    "dev": "vite",\n    "start": "next dev",\n  }\n}\n';
  const { source, doc } = parse(text);
  assert.equal(doc.parseErrors.length, 1);
  assert.equal(where(source, doc.parseErrors[0]!.span), '5:3-5:4');
  assert.equal(doc.parseErrors[0]!.message, 'expected a string key but found "}"');
  assert.equal(doc.tree.value, undefined);
  // Everything read before the error is still there for the rules.
  assert.deepEqual(
    doc.tree.scripts.map((s) => [s.name, s.command.text]),
    [
      ['dev', 'vite'],
      ['start', 'next dev'],
    ],
  );
});

test('syntax errors are located precisely', () => {
  const cases: [string, string, string][] = [
    ['', '1:1-1:1', 'empty input: expected a JSON value'],
    ['{"a": 1} x', '1:10-1:11', 'expected end of input after the JSON value but found "x"'],
    ['{"a" 1}', '1:6-1:7', 'expected \':\' after the key but found "1"'],
    ['{"a": tru}', '1:7-1:8', 'expected a value but found "t"'],
    ['{"a": "x\ny"}', '1:7-1:9', 'unterminated string (a JSON string cannot contain a line break)'],
    ['{"a": "x', '1:7-1:9', 'unterminated string'],
    ['["\\x"]', '1:3-1:5', 'invalid escape "\\\\x" in string'],
    ['["\\u12G4"]', '1:3-1:9', 'invalid escape "\\\\u12G4" in string'],
    ['[01]', '1:3-1:4', 'expected \',\' or \']\' but found "1"'],
    ['{"a":1,}', '1:8-1:9', 'expected a string key but found "}"'],
    ["{'a':1}", '1:2-1:3', 'expected a string key or \'}\' but found "\'"'],
    ['[1 // c\n]', '1:4-1:5', 'expected \',\' or \']\' but found "/"'],
    ['["a\tb"]', '1:4-1:5', 'control character U+0009 in string must be escaped'],
    ['[', '1:2-1:2', 'expected a value but found end of input'],
  ];
  for (const [text, at, message] of cases) {
    const source = new SourceFile('package.json', '', text);
    const result = parseJson(source.text);
    assert.equal(result.errors.length, 1, text);
    assert.equal(where(source, result.errors[0]!.span), at, text);
    assert.equal(result.errors[0]!.message, message, text);
    // Whatever JSON.parse refuses, we refuse too.
    assert.throws(() => JSON.parse(text));
  }
});

test('non-object roots and wrongly typed fields are reported', () => {
  assert.equal(parse('[1, 2]').doc.parseErrors[0]!.message, 'package.json must contain a JSON object, not an array');
  assert.equal(parse('"x"').doc.parseErrors[0]!.message, 'package.json must contain a JSON object, not a string');
  const { doc } = parse('{"name": 3, "scripts": {"a": 1, "b": "ok"}, "dependencies": []}');
  assert.deepEqual(
    doc.parseErrors.map((e) => e.message),
    ['script "a" must be a string'],
  );
  assert.equal(doc.tree.name, undefined);
  assert.deepEqual(doc.tree.dependencies, []);
  assert.deepEqual(doc.tree.scripts.map((s) => s.name), ['b']);
  assert.equal(parse('{"scripts": "x"}').doc.parseErrors[0]!.message, '"scripts" must be an object');
});

test('5,000-deep nesting parses without a stack overflow, valid or not', () => {
  const depth = 5000;
  const deepValid = `{"name":"deep","x":${'['.repeat(depth)}${']'.repeat(depth)},"scripts":{"start":"node ."}}`;
  const ok = parse(deepValid).doc;
  assert.deepEqual(ok.parseErrors, []);
  assert.equal(ok.tree.name, 'deep');
  assert.deepEqual(ok.tree.scripts.map((s) => s.command.text), ['node .']);
  assert.ok(Array.isArray((ok.tree.value as { x: unknown }).x));

  const deepObjects = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
  assert.deepEqual(parse(deepObjects).doc.parseErrors, []);

  const unclosed = parse('{"scripts":{"start":"node ."},"x":' + '['.repeat(100_000));
  assert.equal(unclosed.doc.parseErrors.length, 1);
  assert.equal(unclosed.doc.parseErrors[0]!.message, 'expected a value but found end of input');
  assert.deepEqual(unclosed.doc.tree.scripts.map((s) => s.name), ['start']);
});

test('property: the positioned tree agrees with JSON.parse on any JSON value', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
      const text = JSON.stringify(value, null, indent);
      const { root, errors } = parseJson(text);
      assert.deepEqual(errors, []);
      assert.deepEqual(plain(root!), JSON.parse(text));
      // Every string's decoded text maps inside its own literal.
      const todo: JsonNode[] = [root!];
      while (todo.length) {
        const n = todo.pop()!;
        if (n.type === 'string') {
          assert.equal(n.text.text, n.value);
          for (let i = 0; i <= n.value.length; i++) {
            const o = n.text.toFile(i);
            assert.ok(o > n.span.start && o < n.span.end);
          }
        } else if (n.type === 'array') todo.push(...n.items);
        else if (n.type === 'object') for (const m of n.members) todo.push(m.key, m.value);
      }
    }),
    { numRuns: 1000 },
  );
});

test('property: arbitrary text never throws, and JSON.parse agrees on validity', () => {
  const piece = fc.constantFrom('{', '}', '[', ']', '"', ':', ',', ' ', '\n', '\\', 'u', '0', '1', '-', 'e', '.', 'true', 'null', 'a', '"k"');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const { source, doc } = parse(text);
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      const syntaxErrors = parseJson(text).errors;
      assert.equal(syntaxErrors.length === 0, valid, text);
      for (const e of doc.parseErrors) assert.ok(e.span.start <= e.span.end && e.span.end <= source.text.length);
    }),
    { numRuns: 3000 },
  );
});
