/**
 * prodlint's Dockerfile instruction scan must put every instruction's start, end and keyword
 * exactly where dockerfile-ast puts them whenever it accepts a text, and must refuse what it does
 * not read (an escape directive, heredocs, `\r`, escaped keywords). Checked on every Dockerfile of
 * the fixtures, on hand-written cases and on seeded mutations rich in escapes and comments.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DockerfileParser } from 'dockerfile-ast';
import { splitDockerfile } from '../src/parse/dockerfile-split.js';
import { filesNamed, mutations } from './helpers/mutations.js';

/** dockerfile-ast's boundaries as offsets (the texts compared hold no `\r`). */
function byAst(text: string): { escape: string; list: { start: number; end: number; keywordEnd: number; keyword: string }[] } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => Math.min(text.length, (starts[p.line] ?? text.length) + p.character);
  const d = DockerfileParser.parse(text);
  const list = d.getInstructions().map((i) => ({ start: offset(i.getRange().start), end: offset(i.getRange().end), keywordEnd: offset(i.getInstructionRange().end), keyword: i.getKeyword() }));
  return { escape: d.getEscapeCharacter(), list };
}

function agree(text: string, label: string): boolean {
  const mine = splitDockerfile(text);
  if (!mine) return false;
  const ast = byAst(text);
  assert.equal(ast.escape, '\\', `${label}: accepted a text with another escape character`);
  assert.deepEqual(mine.map((m) => ({ ...m, keyword: m.keyword.toUpperCase() })), ast.list, label);
  return true;
}

const DOCKERFILE = /^(Dockerfile|Containerfile)|\.dockerfile$/i;
const FILES = [...filesNamed('fixtures', DOCKERFILE), ...filesNamed('test', DOCKERFILE)];

test('every Dockerfile of the fixtures and tests: the scan agrees with dockerfile-ast or refuses', () => {
  let accepted = 0;
  for (const path of FILES) if (agree(readFileSync(path, 'utf8'), path)) accepted++;
  assert.ok(FILES.length > 50, `${FILES.length} Dockerfiles`);
  assert.ok(accepted > FILES.length / 2, `accepted ${accepted} of ${FILES.length}`);
});

const ACCEPTED: Record<string, string> = {
  'plain instructions and comments': '# syntax=docker/dockerfile:1\nFROM python:3.12 AS build\n  # indented comment\nRUN pip install -r requirements.txt # not a comment\nCMD ["python", "app.py"]',
  'continuations across blank and comment lines': 'RUN apt-get update \\\n\n    # a comment inside\n    && apt-get install -y curl \\\n  \nEXPOSE 80\n',
  'an escape followed by blanks continues the line too': 'RUN a \\   \n\n  # c\n  b\nUSER app\n',
  'an escape inside a word': 'ENV A=x\\ y B=\\$HOME\nRUN echo \\\\\n  next\n',
  'a keyword alone, lower case, at the end of the text': 'from alpine\nrun\nworkdir /app',
};

const REFUSED: Record<string, string> = {
  'an escape directive': '# escape=`\nFROM alpine\nRUN a `\n  b\n',
  'a heredoc': 'FROM alpine\nRUN <<EOF\necho hi\nEOF\n',
  'CRLF line ends': 'FROM alpine\r\nRUN a\r\n',
  'a byte-order mark': '\uFEFFFROM alpine\n',
  'an escaped keyword': 'RU\\\nN echo\n',
};

for (const [name, text] of Object.entries(ACCEPTED)) {
  test(`the scan reads and agrees: ${name}`, () => {
    assert.equal(agree(text, name), true, 'refused');
  });
}

for (const [name, text] of Object.entries(REFUSED)) {
  test(`the scan leaves to dockerfile-ast: ${name}`, () => {
    assert.equal(splitDockerfile(text), undefined);
  });
}

test('seeded mutations of the fixtures: the scan refuses or agrees with dockerfile-ast', () => {
  const texts = FILES.map((f) => readFileSync(f, 'utf8'));
  const pieces = [' ', '\t', '\n', '\\', '\\\n', '\\ \n', '\\  x', '#', '# c\n', '\n#x\n', 'RUN ', 'a', '"', '\\\\', '\n\n', ' \\', '\\\t\n'];
  let accepted = 0;
  let i = 0;
  for (const t of mutations(texts, pieces, { seed: 4242, count: 3000, maxEdits: 5 })) {
    if (agree(t, `mutation ${i++}: ${JSON.stringify(t.slice(0, 120))}`)) accepted++;
  }
  assert.ok(accepted > 1000, `accepted ${accepted} of 3000 mutations`);
});
