/**
 * src/read-text.ts: the one decoder for files of the scanned tree, and the places that read files
 * again after the engine (project rules, .dockerignore, .target units) using it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, readText, withoutBom } from '../src/read-text.js';
import { SourceFile } from '../src/source.js';
import { REPO_ROOT, tempDir, tempRepo, writeFiles } from './helpers/hostile-tree.js';
import { lintDir } from './helpers/lint.js';

const TEXT = 'const é = "😀";\nserver.listen(3000);\n';

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (order === 'be') body.swap16();
  return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

/** Runs `code` (an ES module body with `readText`, `readIgnoreFile` and `path` in scope) in a child process, so a read that blocks fails the test instead of hanging it. */
function inChild(code: string, path: string): { out: string; timedOut: boolean } {
  const script = `import { readText } from ${JSON.stringify(join(REPO_ROOT, 'src/read-text.ts'))};
import { readIgnoreFile } from ${JSON.stringify(join(REPO_ROOT, 'src/ignore-lines.ts'))};
const path = ${JSON.stringify(path)};
${code}`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 300_000 }); // backstop: a blocked read never returns; a working one takes milliseconds
  return { out: r.stdout.trim(), timedOut: r.error !== undefined || r.signal !== null };
}

describe('decoding', () => {
  test('UTF-8 is decoded as is; a UTF-8 byte-order mark stays for SourceFile to strip', () => {
    assert.deepEqual(decodeText(Buffer.from(TEXT)), { text: TEXT });
    const withBom = decodeText(Buffer.from('\ufeff' + TEXT));
    assert.ok('text' in withBom);
    assert.equal(withBom.text, '\ufeff' + TEXT);
    const source = new SourceFile('a.ts', '/a.ts', withBom.text);
    assert.equal(source.text, TEXT);
    assert.equal(source.hadBom, true);
    assert.equal(withoutBom(withBom.text), TEXT);
    assert.equal(withoutBom(TEXT), TEXT);
  });

  test('UTF-16 LE and BE with a byte-order mark decode to the same text, without the mark', () => {
    assert.deepEqual(decodeText(utf16(TEXT, 'le')), { text: TEXT });
    assert.deepEqual(decodeText(utf16(TEXT, 'be')), { text: TEXT });
  });

  test('a UTF-16 file with an odd number of bytes loses the stray byte instead of throwing', () => {
    const odd = Buffer.concat([utf16('ab', 'be'), Buffer.from([0x00])]);
    assert.deepEqual(decodeText(odd), { text: 'ab' });
    assert.deepEqual(decodeText(Buffer.concat([utf16('ab', 'le'), Buffer.from([0x41])])), { text: 'ab' });
  });

  test('a NUL byte in the first 8 KiB means binary; later ones do not', () => {
    assert.deepEqual(decodeText(Buffer.from('abc\0def')), { skip: 'binary', message: 'skipped: binary file' });
    const late = Buffer.concat([Buffer.alloc(8192, 0x61), Buffer.from([0])]);
    assert.ok('text' in decodeText(late));
  });
});

describe('reading', () => {
  test('files are read and decoded; problems come back as data, with the engine notice messages', () => {
    const dir = tempDir('read-text');
    writeFiles(dir, { 'a.ts': TEXT, 'le.ts': utf16(TEXT, 'le'), 'be.ts': utf16(TEXT, 'be'), 'bin.ts': Buffer.from([1, 0, 2]), 'sub/x': 'x' });
    try {
      assert.deepEqual(readText(join(dir, 'a.ts')), { text: TEXT });
      assert.deepEqual(readText(join(dir, 'le.ts')), { text: TEXT });
      assert.deepEqual(readText(join(dir, 'be.ts')), { text: TEXT });
      assert.deepEqual(readText(join(dir, 'bin.ts')), { skip: 'binary', message: 'skipped: binary file' });
      assert.deepEqual(readText(join(dir, 'missing.ts')), { skip: 'unreadable', message: 'could not be read: ENOENT' });
      assert.deepEqual(readText(join(dir, 'sub')), { skip: 'unreadable', message: 'could not be read: not a regular file' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('maxBytes: a larger file is refused before it is read; one of exactly that size is read', () => {
    const dir = tempDir('read-text');
    writeFiles(dir, { 'ten.txt': '0123456789' });
    try {
      assert.deepEqual(readText(join(dir, 'ten.txt'), 9), { skip: 'size', message: 'skipped: 10 bytes is over the 9-byte limit (--max-file-size)' });
      assert.deepEqual(readText(join(dir, 'ten.txt'), 10), { text: '0123456789' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a FIFO is refused without blocking; a link to /dev/zero is refused without reading', () => {
    const dir = tempDir('read-text');
    try {
      execFileSync('mkfifo', [join(dir, 'fifo.ts')]);
      symlinkSync('/dev/zero', join(dir, 'zero.ts'));
      const fifo = inChild('console.log(JSON.stringify(readText(path)));', join(dir, 'fifo.ts'));
      assert.equal(fifo.timedOut, false, 'the read returned');
      assert.deepEqual(JSON.parse(fifo.out), { skip: 'unreadable', message: 'could not be read: not a regular file' });
      const zero = inChild('console.log(JSON.stringify(readText(path, 1024)));', join(dir, 'zero.ts'));
      assert.equal(zero.timedOut, false, 'the read returned');
      assert.deepEqual(JSON.parse(zero.out), { skip: 'unreadable', message: 'could not be read: not a regular file' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('files read again after the engine', () => {
  const server = 'import app from "./app";\napp.listen(3000);\n';
  const pkg = '{"name": "svc", "dependencies": {"express": "^4.19.0"}}\n';

  test('TS006 reads the dependencies of a package.json outside the run through a byte-order mark', async () => {
    for (const encoded of [Buffer.from('\ufeff' + pkg), utf16(pkg, 'le')]) {
      const dir = tempRepo('ts006-bom');
      writeFiles(dir, { 'package.json': encoded, 'server.ts': server, 'app.ts': 'import express from "express";\nexport default express();\n' });
      try {
        // Only server.ts is linted (as pre-commit does with changed files): package.json comes from disk.
        const r = await lintDir(dir, { only: ['TS006'], paths: [join(dir, 'server.ts')] });
        assert.deepEqual(r.findings.map((f) => `${f.path}:${f.start.line} ${f.ruleId}`), ['server.ts:2 TS006']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });

  test('a UTF-16 .dockerignore is read as the engine reads it (DF001: migrations excluded from the image)', async () => {
    const dir = tempRepo('dockerignore-utf16');
    writeFiles(dir, {
      '.dockerignore': utf16('.git\nmigrations/\n', 'le'),
      Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER nobody\nCMD ["python", "-m", "service"]\n',
      'migrations/0001_init.sql': 'create table t (id int);\n',
      'service/__main__.py': 'from pathlib import Path\n\nfor script in sorted((Path(__file__).resolve().parent.parent / "migrations").glob("*.sql")):\n    print("applying", script.name)\n',
    });
    try {
      const r = await lintDir(dir, { only: ['DF001'] });
      assert.deepEqual(r.findings.map((f) => `${f.path}:${f.start.line} ${f.ruleId}`), ['Dockerfile:5 DF001']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a UTF-16 .target unit still pulls its services in (SD007 stays quiet)', async () => {
    const dir = tempRepo('target-utf16');
    writeFiles(dir, {
      'app.target': utf16('[Unit]\nDescription=App\nWants=pulled.service\n\n[Install]\nWantedBy=multi-user.target\n', 'be'),
      'pulled.service': '[Unit]\nDescription=Pulled in by a target\n\n[Service]\nUser=app\nExecStart=/opt/app/bin/pulled\nRestart=always\nRestartSec=5\n',
    });
    try {
      const r = await lintDir(dir, { only: ['SD007'] });
      assert.deepEqual(r.findings.map((f) => `${f.path}:${f.start.line} ${f.ruleId}`), []);
      // The same unit with nothing pulling it in is reported: the test above can fail.
      rmSync(join(dir, 'app.target'));
      const alone = await lintDir(dir, { only: ['SD007'] });
      assert.equal(alone.findings.filter((f) => f.ruleId === 'SD007').length, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('project rules see UTF-16 TS files on disk (SIGTERM handler in an unlinted file counts)', async () => {
    const dir = tempRepo('ts006-utf16');
    writeFiles(dir, {
      'package.json': pkg,
      'server.ts': 'import express from "express";\nconst app = express();\nexport const server = app.listen(3000);\n',
      // A handler that closes the server (one that only exits is itself TS006's hazard).
      'shutdown.ts': utf16('import { server } from "./server";\nprocess.on("SIGTERM", () => { server.close(() => process.exit(0)); });\n', 'be'),
    });
    try {
      const all = await lintDir(dir, { only: ['TS006'] });
      assert.deepEqual(all.findings.map((f) => f.ruleId), [], 'the handler in the UTF-16 file is seen in a full run');
      const partial = await lintDir(dir, { only: ['TS006'], paths: [join(dir, 'server.ts')] });
      assert.deepEqual(partial.findings.map((f) => f.ruleId), [], 'and when only server.ts is linted');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
