/** `--stdin-filename <path> -`: standard input linted as the named file. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { main } from '../src/cli.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

async function run(args: string[], cwd: string, input: string) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(args, { stdout, stderr, cwd, env: {}, stdin: Readable.from([Buffer.from(input)]) });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'prodlint-stdin-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'deploy'));
  // On disk the file is clean; the buffer piped in is not.
  writeFileSync(join(dir, 'deploy/start.sh'), 'exec uvicorn app:app\n');
  return dir;
}

test('stdin is linted as the named file, not the file on disk', async () => {
  const dir = repo();
  const r = await run(['--stdin-filename', 'deploy/start.sh', '-', '-f', 'json'], dir, 'exec uvicorn app:app --reload\n');
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.findings.map((f: { path: string; ruleId: string; start: { line: number; column: number } }) => `${f.path}:${f.start.line}:${f.start.column} ${f.ruleId}`), ['deploy/start.sh:1:22 SH001']);
  const clean = await run(['--stdin-filename', 'deploy/start.sh', '-', '-f', 'json'], dir, 'exec uvicorn app:app\n');
  assert.equal(clean.code, 0, clean.stderr);
});

test('"-" without --stdin-filename, or --stdin-filename without "-", is a usage error', async () => {
  const dir = repo();
  const a = await run(['-'], dir, '');
  assert.equal(a.code, 2);
  assert.match(a.stderr, /^prodlint: "-" reads standard input: name the file it stands for with --stdin-filename <path>\n$/);
  const b = await run(['--stdin-filename', 'deploy/start.sh', 'deploy'], dir, '');
  assert.equal(b.code, 2);
  assert.match(b.stderr, /--stdin-filename goes with "-" as the only path/);
});
