/**
 * The block YAML reader must build exactly the document `yaml` builds (the node classes, ranges,
 * values and their types, anchors, aliases, flow flags, comments) whenever it accepts a file, and
 * must refuse what it does not read. Checked on every YAML file of the fixtures and the tests, on
 * hand-written cases for each construct, and on seeded mutations of the fixtures (the reader
 * must then either refuse or agree; a text yaml reports an error for must be refused).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Parser, parseDocument, isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import { readBlockYaml } from '../src/parse/yaml-block-reader.js';
import { yamlCommentsFromTokens } from '../src/parse/yaml-nodes.js';
import { SourceFile } from '../src/source.js';
import { filesNamed, mutations } from './helpers/mutations.js';

const OPTIONS = { uniqueKeys: false, merge: true, prettyErrors: false, strict: false } as const;

/**
 * What prodlint reads of a node, one line each. range[2] is compared only through the parents'
 * range[1] (yaml ends a collection where its last item's range[2] ends); nothing reads it else.
 */
function dump(node: unknown, out: string[], depth = 0): string[] {
  const pad = ' '.repeat(depth);
  const n = node as { range?: number[]; anchor?: string; tag?: string };
  const range = n?.range ? `${n.range[0]},${n.range[1]}` : '-';
  if (isMap(node) || isSeq(node)) {
    out.push(`${pad}${isMap(node) ? 'map' : 'seq'} ${range} &${n.anchor ?? ''} ${node.flow ? 'flow' : 'block'} ${n.tag ?? ''}`);
    for (const item of node.items) dump(item, out, depth + 1);
  } else if (isPair(node)) {
    out.push(`${pad}pair`);
    dump(node.key, out, depth + 1);
    dump(node.value, out, depth + 1);
  } else if (isScalar(node)) {
    const v = node.value;
    const shown = typeof v === 'symbol' ? `symbol:${v.description}` : `${typeof v}:${String(v)}`;
    out.push(`${pad}scalar ${range} ${shown} ${JSON.stringify(node.source)} ${node.type} &${n.anchor ?? ''} ${n.tag ?? ''} ${node.format ?? ''}`);
  } else if (isAlias(node)) {
    out.push(`${pad}alias ${range} *${node.source}`);
  } else {
    out.push(`${pad}${String(node)}`);
  }
  return out;
}

/** undefined when the reader refuses; else throws if it disagrees with yaml. */
function agree(text: string, label: string): boolean {
  const fast = readBlockYaml(text, OPTIONS);
  if (!fast) return false;
  const doc = parseDocument(text, OPTIONS);
  assert.deepEqual(doc.errors.map((e) => e.message.split('\n')[0]), [], `${label}: accepted a text yaml reports an error in`);
  assert.deepEqual(dump(fast.doc.contents, []), dump(doc.contents, []), `${label}: nodes differ`);
  const source = new SourceFile('f.yaml', '/f.yaml', text);
  assert.deepEqual(fast.comments, yamlCommentsFromTokens(source, [...new Parser().parse(text)]), `${label}: comments differ`);
  return true;
}

const FILES = [...filesNamed('fixtures', /\.ya?ml$/), ...filesNamed('test', /\.ya?ml$/)];

test('every YAML file of the fixtures and tests: the reader agrees with yaml or refuses', () => {
  let accepted = 0;
  for (const path of FILES) if (agree(readFileSync(path, 'utf8'), path)) accepted++;
  // Most of them are the plain block YAML the reader exists for; if it refused nearly all, the
  // agreement above would prove nothing.
  assert.ok(FILES.length > 100, `${FILES.length} YAML files`);
  assert.ok(accepted > FILES.length / 2, `accepted ${accepted} of ${FILES.length}`);
});

const ACCEPTED: Record<string, string> = {
  'anchors, merge keys, aliases': 'x-defaults: &defaults\n  restart: unless-stopped\n  logging: &log\n    driver: json-file\nservices:\n  web:\n    <<: *defaults\n    logging: *log\n    image: nginx:1.27\n',
  'flow collections and quoting': 'services:\n  web:\n    command: ["npm", \'run\', start , "a\\tb\\u00e9"]\n    labels: {a: 1, "b": x}\n    environment: []\n',
  'scalar types': 'a: 0x1F\nb: 1.50\nc: ~\nd: True\ne: -7\nf: .inf\ng: 0o17\nh: 2024-01-01\ni: "8080"\n80: k\n',
  'empty values': 'volumes:\n  data:\n  logs: # kept\nnetworks:\n',
  'sequences of maps, at the key\'s column too': 'ports:\n- "80:80"\n- target: 443\n  published: 8443\nafter: 1\n',
  'comments between, after and below': '# head\na:\n  b: 1 # trailing\n      # deeper\n  # level\n # shallower\nc:\n  - x\n    # deeper than the dash\n  # at the dash\nd: 2\n# tail\n',
  'a deeper comment after the last item, then a dedent': 'a:\n  b:\n    - 1\n    # c4\n  c: 1\n',
  // The map of x and y keeps the comment (at its column), so the sequence's range[1] reaches `b`.
  'a comment kept by the collection it closes': 'a:\n  - x: 1\n    y: 2\n    # c4\n   # c3\nb: 1\n',
  'comments handed up to the parent': 'a:\n  - x: 1\n    y: 2\n # c1\n  # c2\nb: 1\n',
};

const REFUSED: Record<string, string> = {
  'block scalar': 'a: |\n  text\n',
  'tag': 'a: !reset []\n',
  'several documents': 'a: 1\n---\nb: 2\n',
  'a document marker': '---\na: 1\n',
  'multi-line plain scalar': 'a: one\n  two\n',
  'multi-line flow': 'a: [1,\n  2]\n',
  'tab': 'a:\n\tb: 1\n',
  'CRLF': 'a: 1\r\nb: 2\r\n',
  'alias before its anchor': 'a: *x\nb: &x 1\n',
  'scalar root': 'just text\n',
  'empty text': '',
  'a pair in a value': 'a: b: c\n',
  'an unknown escape': 'a: "\\q"\n',
  'a compact nested sequence': 'a:\n  - - b\n',
  'a comment below an empty value': 'a:\n# c\nb: 1\n',
};

for (const [name, text] of Object.entries(ACCEPTED)) {
  test(`the reader reads and agrees: ${name}`, () => {
    assert.equal(agree(text, name), true, 'refused');
  });
}

for (const [name, text] of Object.entries(REFUSED)) {
  test(`the reader leaves to yaml: ${name}`, () => {
    assert.equal(readBlockYaml(text, OPTIONS), undefined);
  });
}

test('the reader refuses nesting beyond its depth, without deep recursion', () => {
  let text = '';
  for (let i = 0; i < 150; i++) text += `${' '.repeat(i * 2)}k${i}:\n`;
  text += `${' '.repeat(300)}v: 1\n`;
  assert.equal(readBlockYaml(text, OPTIONS), undefined);
  assert.equal(readBlockYaml('a: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n', OPTIONS), undefined);
});

test('seeded mutations of the fixtures: the reader refuses or agrees with yaml', () => {
  const texts = FILES.map((f) => readFileSync(f, 'utf8')).filter((t) => t.length < 20_000);
  const pieces = [' ', '  ', '\n', '#', ' #x', ':', ': ', '- ', '-', '"', "'", '[', ']', '{', '}', ',', '&a ', '*a', '<<: ', '\\', '\\n', '~', '0x1F', '1.5', 'true', '!', '|', '?', '---\n', '\n  ', '\n    # c\n', '\n\n'];
  let accepted = 0;
  let i = 0;
  for (const t of mutations(texts, pieces, { seed: 12345, count: 1500, maxEdits: 4, indent: true })) {
    if (agree(t, `mutation ${i++}: ${JSON.stringify(t.slice(0, 120))}`)) accepted++;
  }
  assert.ok(accepted > 300, `accepted ${accepted} of 1500 mutations`);
});
