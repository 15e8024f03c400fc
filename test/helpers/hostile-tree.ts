/**
 * A repository full of hostile content, generated at test time (issue 11): binary and random bytes
 * under source names, empty files, a line of 300,000 characters, files in CRLF, BOM, UTF-16 and
 * with invalid UTF-8, unterminated quotes and heredocs, a YAML alias bomb, 5,000-deep nesting, a
 * symlink loop and symlinks out of the tree, a FIFO, directories named like files, paths with
 * spaces, unicode, `%`, `#` and a line break, and (optionally) 100,000 tiny files.
 *
 * Among them sit *canaries*: every rule's documentation example, each in its own directory. The
 * canaries are also linted alone, in a clean repository; whatever the hostile files do, the
 * findings on the canaries must be the same. Encoded copies of the canaries (CRLF, BOM, UTF-16,
 * invalid UTF-8) must give the same findings at the same lines and columns.
 *
 * Nothing here may be executed by prodlint: files that would run or be imported by a careless tool
 * (config scripts, conftest.py, package.json lifecycle scripts) write a marker file when run, and
 * the tests assert that no marker ever appears.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { chmodSync, closeSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../../rules/index.js';
import type { Kind } from '../../src/types.js';

/** The repository this test suite belongs to (tests may live in `test/` or a subdirectory). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Default file name per kind for a documentation example without its own `path`. */
export const DEFAULT_PATHS: Record<Kind, string> = {
  shell: 'start.sh',
  dockerfile: 'Dockerfile',
  compose: 'compose.yaml',
  systemd: 'app.service',
  procfile: 'Procfile',
  packagejson: 'package.json',
  python: 'app.py',
  typescript: 'server.ts',
  kubernetes: 'deployment.yaml',
  cron: 'crontab',
  railway: 'railway.toml',
  fly: 'fly.toml',
  render: 'render.yaml',
  heroku: 'app.json',
};

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomBytes(n: number, seed: number, opts: { noNul?: boolean } = {}): Buffer {
  const rnd = seededRandom(seed);
  const buf = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    let b = Math.floor(rnd() * 256);
    if (opts.noNul && b === 0) b = 1;
    buf[i] = b;
  }
  return buf;
}

/**
 * Where to generate trees: a RAM file system when there is one (creating 100,000 files on a
 * journaled disk takes 25 s here, on tmpfs 1.3 s), else the system temporary directory.
 */
export function scratchBase(): string {
  const shm = '/dev/shm';
  try {
    const probe = mkdtempSync(join(shm, 'prodlint-probe-'));
    rmSync(probe, { recursive: true, force: true });
    return shm;
  } catch {
    return tmpdir();
  }
}

const BASE = scratchBase();

/** A temporary directory that looks like a repository root (has `.git`). */
export function tempRepo(prefix: string): string {
  const dir = mkdtempSync(join(BASE, `prodlint-${prefix}-`));
  mkdirSync(join(dir, '.git'));
  return dir;
}

/** A temporary directory (not a repository). */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(BASE, `prodlint-${prefix}-`));
}

export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
}

/** Every non-PL rule's documentation example as `<ID>/<path>` -> code. */
export function canaryFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of allRules) {
    if (rule.id.startsWith('PL')) continue;
    const ex = rule.docs.example;
    out[`${rule.id}/${ex.path ?? DEFAULT_PATHS[ex.kind]}`] = ex.code;
  }
  return out;
}

/** How an encoded copy of a canary is made from its text; `undefined` when it does not apply. */
export type Encoding = 'crlf' | 'bom' | 'bom-crlf' | 'utf16le' | 'utf16be' | 'invalid-utf8';
export const ENCODINGS: readonly Encoding[] = ['crlf', 'bom', 'bom-crlf', 'utf16le', 'utf16be', 'invalid-utf8'];

/** Comment syntax per kind, for a trailing comment holding invalid UTF-8 (none for JSON). */
function commentPrefix(path: string): string | undefined {
  if (path.endsWith('package.json')) return undefined;
  if (/\.[cm]?[jt]sx?$/.test(path)) return '// ';
  return '# ';
}

export function encode(text: string, path: string, enc: Encoding): Buffer | undefined {
  const crlf = text.replace(/\r?\n/g, '\r\n');
  switch (enc) {
    case 'crlf':
      return Buffer.from(crlf, 'utf8');
    case 'bom':
      return Buffer.from('\ufeff' + text, 'utf8');
    case 'bom-crlf':
      return Buffer.from('\ufeff' + crlf, 'utf8');
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'invalid-utf8': {
      // A trailing comment line with bytes that are not UTF-8: a lone continuation byte, an
      // overlong form, a truncated sequence, a surrogate and 0xFF. It shifts no line or column.
      const prefix = commentPrefix(path);
      if (!prefix) return undefined;
      const body = text.endsWith('\n') ? text : text + '\n';
      return Buffer.concat([Buffer.from(body + prefix, 'utf8'), Buffer.from([0x80, 0xc0, 0xaf, 0xe2, 0x82, 0x20, 0xed, 0xa0, 0x80, 0xff, 0xfe]), Buffer.from('\n')]);
    }
  }
}

/** Repeat `unit` to at least `n` characters. */
export function run(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length));
}

/** Pathological text per kind: the shapes that break recursive parsers and greedy expressions. */
export function pathologicalFiles(depth = 5000, longLine = 300_000): Record<string, string> {
  const open = (s: string) => s.repeat(depth);
  return {
    // Long lines of the characters a nested or adjacent quantifier could split.
    'long/spaces.sh': `echo x${' '.repeat(longLine)}y\nuvicorn app:app --reload\n`,
    'long/word.sh': `echo ${'a'.repeat(longLine)}\nuvicorn app:app --reload\n`,
    'long/quoted.sh': `echo "${'a'.repeat(longLine)}"x\nuvicorn app:app --reload\n`,
    'long/backslashes.sh': `echo ${'\\'.repeat(longLine)}\nuvicorn app:app --reload\n`,
    'long/trailing-blanks.sh': `echo x${' \t'.repeat(longLine / 2)}\\${' '.repeat(longLine)}x\nuvicorn app:app --reload\n`,
    'long/dashes.sh': `kill ${'-'.repeat(longLine)}\nuvicorn app:app --reload\n`,
    // tree-sitter needs seconds for these at full length (linear, but slow per character).
    'long/braces.sh': `echo ${'{'.repeat(longLine / 10)}\nuvicorn app:app --reload\n`,
    'long/dollars.sh': `echo ${'${'.repeat(longLine / 20)}\nuvicorn app:app --reload\n`,
    'long/Dockerfile': `FROM python:3.12\nRUN echo ${' '.repeat(longLine)}x \\${' '.repeat(longLine)}\nCMD uvicorn app:app --reload\n`,
    'long/compose.yaml': `services:\n  api:\n    image: x\n    environment:\n      A: "${' '.repeat(longLine)}x"\n    command: uvicorn app:app --reload ${'-'.repeat(longLine)}\n`,
    'long/app.service': `[Service]\nEnvironment=A=${' '.repeat(longLine)}x\nExecStart=/usr/bin/uvicorn app:app --reload ${' '.repeat(longLine)}\n`,
    'long/Procfile': `web: uvicorn app:app --reload ${' '.repeat(longLine)}#${'#'.repeat(longLine)}\n`,
    'long/package.json': `{"scripts": {"start": "nodemon ${' '.repeat(longLine)}x", "dev": "${'\\\\'.repeat(longLine / 2)}"}}\n`,
    'long/app.py': `x = "${'a'.repeat(longLine)}"\ny = ${' '.repeat(longLine)}1\napp.run(debug=True)\n`,
    'long/server.ts': `const x = "${'a'.repeat(longLine)}";\nconst y = ${'1 + '.repeat(longLine / 4)}1;\nsetInterval(async () => { await tick(); }, 1000);\n`,
    'long/alembic.ini': `[alembic]\nscript_location = a${' '.repeat(longLine)}b\n`,

    // Unterminated constructs.
    'unterminated/quote.sh': `echo "never closed\nuvicorn app:app --reload\n`,
    'unterminated/single.sh': `echo 'never closed\nuvicorn app:app --reload\n`,
    'unterminated/heredoc.sh': `cat <<EOF\nuvicorn app:app --reload\n`,
    'unterminated/subst.sh': `echo $(uvicorn app:app --reload\n`,
    'unterminated/Dockerfile': `FROM python:3.12\nRUN <<EOF\necho never closed\nCMD ["uvicorn", "app:app", "--reload"\n`,
    'unterminated/compose.yaml': `services:\n  api:\n    image: x\n    command: "uvicorn app:app --reload\n`,
    'unterminated/app.service': `[Service\nExecStart=/bin/sh -c "uvicorn app:app --reload\n`,
    'unterminated/Procfile': `web: sh -c 'uvicorn app:app --reload\n`,
    'unterminated/package.json': `{"scripts": {"start": "nodemon server.js`,
    'unterminated/app.py': `x = """never closed\napp.run(debug=True)\n`,
    'unterminated/server.ts': 'const s = `never ${ closed\nsetInterval(async () => { await tick(); }, 1000);\n',

    // Deep nesting.
    'deep/flow/compose.yaml': `services:\n  api:\n    image: x\n    labels: ${open('[')}${']'.repeat(depth)}\n`,
    'deep/block/compose.yaml': `services:\n  api:\n    image: x\n    labels:\n${Array.from({ length: depth }, (_, i) => ' '.repeat(6 + i) + '- ').join('\n')}x\n`,
    'deep/map/compose.yaml': `services:\n  api:\n    image: x\n    labels: ${open('{a: ')}1${'}'.repeat(depth)}\n`,
    'deep/package.json': `{"scripts": {"start": "nodemon"}, "x": ${open('[')}${']'.repeat(depth)}, "y": ${open('{"a":')}1${'}'.repeat(depth)}}\n`,
    'deep/list.py': `x = ${open('[')}${']'.repeat(depth)}\napp.run(debug=True)\n`,
    'deep/call.py': `x = ${open('f(')}${')'.repeat(depth)}\napp.run(debug=True)\n`,
    'deep/parens.py': `x = ${open('(')}1${')'.repeat(depth)}\napp.run(debug=True)\n`,
    'deep/blocks.py': Array.from({ length: 200 }, (_, i) => ' '.repeat(i) + 'while True:').join('\n') + '\n' + ' '.repeat(200) + 'app.run(debug=True)\n',
    'deep/lambdas.py': `f = ${open('lambda: ')}0\nasync def main():\n    asyncio.create_task(f())\n`,
    'deep/array.ts': `const x = ${open('[')}${']'.repeat(depth)};\nsetInterval(async () => { await tick(); }, 1000);\n`,
    'deep/callbacks.ts': `${open('f(() => ')}0${')'.repeat(depth)};\nsetInterval(async () => { await tick(); }, 1000);\n`,
    'deep/binary.ts': `const y = ${'1 + '.repeat(depth * 4)}1;\nsetInterval(async () => { await tick(); }, 1000);\n`,
    'deep/members.ts': `const y = x${'.a'.repeat(depth)};\nwhile (true) { await tick(); }\n`,
    'deep/subshells.sh': `${open('(')}uvicorn app:app --reload${')'.repeat(depth)}\n`,
    'deep/groups.sh': `${open('{ ')}uvicorn app:app --reload;${' }'.repeat(depth)}\n`,
    'deep/substitutions.sh': `echo ${open('$(echo ')}x${')'.repeat(depth)}\n`,
    'deep/sh-c.sh': nestedShC(12),

    // A YAML alias bomb: 9 levels of 9 aliases expand to 9^9 strings if anyone expands them.
    'bomb/compose.yaml': aliasBomb(),
  };
}

/** `sh -c "sh -c \"...\""` nested `levels` deep: the escaping doubles at each level. */
function nestedShC(levels: number): string {
  let inner = 'uvicorn app:app --reload';
  for (let i = 0; i < levels; i++) inner = `sh -c ${JSON.stringify(inner)}`;
  return inner + '\n';
}

function aliasBomb(): string {
  const lines = ['x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    const prev = names[i - 1]!;
    lines.push(`x-${names[i]}: &${names[i]} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  lines.push('x-base: &base', '  image: x', '  labels: *i', '  environment: *i', '  command: *i');
  lines.push('services:', '  api:', '    <<: *base', '    restart: always', '    healthcheck: *i', '    volumes: *i', '    ports: *i', '    depends_on: *i', '    logging: *i', '    deploy: *i');
  lines.push('  web:', '    <<: [*base, *base, *base]', '    command: *i', '    entrypoint: *i');
  return lines.join('\n') + '\n';
}

/**
 * Files a tool must never run or import. Each writes `<markerDir>/<name>` if it is ever executed,
 * by any of node, python, a shell or npm.
 */
export function executableBait(markerDir: string): Record<string, string> {
  const js = (name: string) => `require('fs').writeFileSync(${JSON.stringify(join(markerDir, name))}, 'ran');\n`;
  const py = (name: string) => `open(${JSON.stringify(join(markerDir, name))}, "w").write("ran")\n`;
  const sh = (name: string) => `#!/bin/sh\ntouch '${join(markerDir, name)}'\n`;
  return {
    'bait/prodlint.config.js': js('prodlint.config.js'),
    'bait/.prodlintrc.cjs': js('prodlintrc.cjs'),
    'bait/prodlint.config.mjs': `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(join(markerDir, 'prodlint.config.mjs'))}, 'ran');\nexport default {};\n`,
    'bait/server.ts': `import './side-effect.js';\n${js('server.ts')}setInterval(async () => { await tick(); }, 1000);\n`,
    'bait/side-effect.js': js('side-effect.js'),
    'bait/conftest.py': py('conftest.py'),
    'bait/setup.py': py('setup.py'),
    'bait/sitecustomize.py': py('sitecustomize.py'),
    'bait/start.sh': sh('start.sh') + 'uvicorn app:app --reload\n',
    'bait/package.json': JSON.stringify({
      name: 'bait',
      scripts: { preinstall: sh('preinstall').split('\n')[1], prepare: sh('prepare').split('\n')[1], start: `node -e "${js('npm-start').trim().replace(/"/g, '\\"')}"` },
    }),
    'bait/Makefile': `all:\n\ttouch '${join(markerDir, 'Makefile')}'\n`,
    'bait/.envrc': sh('envrc'),
    'bait/Dockerfile': `FROM python:3.12\nRUN touch '${join(markerDir, 'Dockerfile')}'\nCMD ["sh", "-c", "touch '${join(markerDir, 'Dockerfile-cmd')}'"]\n`,
  };
}

export interface HostileTree {
  root: string;
  /** A directory outside the root that symlinks point to; nothing in it may be reported. */
  outside: string;
  /** Where executable bait writes its markers; must stay empty. */
  markers: string;
  /** Canary files, repository-relative (under `canary/`). */
  canaries: string[];
  /** Paths written with a name that is not valid UTF-8 (Buffer paths), repository-relative raw bytes. */
  oddNames: string[];
  /** Number of tiny files generated under `many/`. */
  tinyFiles: number;
}

export interface HostileOptions {
  /** How many tiny files to generate under `many/` (default 0). */
  tinyFiles?: number;
  /** Which tiny files carry a hazard: every `tinyHazardEvery`-th (default 10,000). */
  tinyHazardEvery?: number;
}

/** Build the whole hostile repository. */
export function buildHostileTree(opts: HostileOptions = {}): HostileTree {
  const root = tempRepo('hostile');
  const outside = tempDir('outside');
  const markers = tempDir('markers');
  // Outside the tree: a hazard that would be reported if a symlink were followed out.
  writeFiles(outside, { 'evil.sh': 'uvicorn outside:app --reload\n', 'sub/Dockerfile': 'FROM x\nCMD uvicorn outside:app --reload\n' });

  const canaries = canaryFiles();
  const files: Record<string, string | Buffer> = {};
  for (const [rel, code] of Object.entries(canaries)) files[`canary/${rel}`] = code;
  for (const enc of ENCODINGS) {
    for (const [rel, code] of Object.entries(canaries)) {
      const bytes = encode(code, rel, enc);
      if (bytes) files[`enc/${enc}/${rel}`] = bytes;
    }
  }
  for (const [rel, text] of Object.entries(pathologicalFiles())) files[`hostile/${rel}`] = text;
  for (const [rel, text] of Object.entries(executableBait(markers))) files[`hostile/${rel}`] = text;

  Object.assign(files, {
    // Binary and random content under source names.
    'hostile/bytes/elf.sh': Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), randomBytes(4096, 1)]),
    'hostile/bytes/random.sh': randomBytes(65_536, 2, { noNul: true }),
    'hostile/bytes/random.py': randomBytes(65_536, 3, { noNul: true }),
    'hostile/bytes/random.ts': randomBytes(65_536, 4, { noNul: true }),
    'hostile/bytes/random.service': randomBytes(65_536, 5, { noNul: true }),
    'hostile/bytes/random/Dockerfile': randomBytes(65_536, 6, { noNul: true }),
    'hostile/bytes/random/compose.yaml': randomBytes(65_536, 7, { noNul: true }),
    'hostile/bytes/random/Procfile': randomBytes(65_536, 8, { noNul: true }),
    'hostile/bytes/random/package.json': randomBytes(65_536, 9, { noNul: true }),
    'hostile/bytes/nul-late.sh': Buffer.concat([Buffer.from('uvicorn a:app --reload\n'.repeat(500)), Buffer.from([0]), Buffer.from('\n')]),
    'hostile/bytes/utf16-no-bom.sh': Buffer.from('uvicorn app:app --reload\n', 'utf16le'),
    'hostile/bytes/lone-surrogates.sh': Buffer.from('echo \ud800 \udc00\nuvicorn app:app --reload\n', 'utf8'),
    'hostile/bytes/odd-utf16.sh': Buffer.from([0xff, 0xfe, 0x41]),
    // Empty files of every kind.
    'hostile/empty/e.sh': '',
    'hostile/empty/e.py': '',
    'hostile/empty/e.ts': '',
    'hostile/empty/e.service': '',
    'hostile/empty/Dockerfile': '',
    'hostile/empty/compose.yaml': '',
    'hostile/empty/Procfile': '',
    'hostile/empty/package.json': '',
    'hostile/empty/bom-only.sh': '\ufeff',
    'hostile/empty/newlines/Dockerfile': '\n\n\r\n\r\r\n',
    // Paths with spaces, unicode, `%`, `#`, `:`, `,`, a backslash and a line break.
    'hostile/weird/dir with space/naïve #1 100%.sh': 'uvicorn app:app --reload\n',
    'hostile/weird/日本語/Dockerfile': 'FROM python:3.12\nUSER app\nCMD uvicorn app:app --reload\n',
    'hostile/weird/colon:comma,semi;.sh': 'uvicorn app:app --reload\n',
    'hostile/weird/back\\slash.sh': 'uvicorn app:app --reload\n',
    'hostile/weird/new\nline.sh': 'uvicorn app:app --reload\n',
    'hostile/weird/%2e%2e%2fescape.sh': 'uvicorn app:app --reload\n',
    'hostile/weird/-rf --output=x.sh': 'uvicorn app:app --reload\n',
    'hostile/weird/emoji-😀.sh': 'uvicorn app:app --reload\n',
    'hostile/weird/nfd-cafe\u0301.sh': 'uvicorn app:app --reload\n',
    // Unreadable for anyone but root (tests that must see EACCES as root use hookReads).
    'hostile/io/unreadable.sh': 'uvicorn app:app --reload\n',
  });
  writeFiles(root, files);

  // Directories named like files of every kind.
  for (const d of ['Dockerfile', 'compose.yaml', 'start.sh', 'package.json', 'Procfile', 'x.service', 'app.py', 'server.ts']) {
    mkdirSync(join(root, 'hostile/dirs', d), { recursive: true });
  }
  writeFiles(root, { 'hostile/dirs/Dockerfile/inner.sh': 'uvicorn app:app --reload\n' });

  // A name that is not valid UTF-8 (Linux allows any bytes but `/` and NUL).
  const oddNames: string[] = [];
  const badName = Buffer.concat([Buffer.from(join(root, 'hostile/weird/bad-'), 'utf8'), Buffer.from([0xff, 0xfe]), Buffer.from('.sh')]);
  try {
    writeFileSync(badName, 'uvicorn app:app --reload\n');
    oddNames.push('hostile/weird/bad-\ufffd\ufffd.sh');
  } catch {
    // A file system that refuses such names (not Linux): nothing to test.
  }

  // Symlinks: loops, dangling, out of the tree, to devices.
  const link = (target: string, at: string) => {
    mkdirSync(join(root, at, '..'), { recursive: true });
    symlinkSync(target, join(root, at));
  };
  link('.', 'hostile/links/self');
  link('..', 'hostile/links/parent');
  link('../../..', 'hostile/links/up-to-root');
  link('b', 'hostile/links/a');
  link('a', 'hostile/links/b');
  link('missing.sh', 'hostile/links/dangling.sh');
  link(outside, 'hostile/links/outside');
  link(join(outside, 'evil.sh'), 'hostile/links/outside-file.sh');
  link(join(outside, 'sub', 'Dockerfile'), 'hostile/links/Dockerfile');
  link('/dev/zero', 'hostile/links/zero.sh');
  link('/dev/urandom', 'hostile/links/urandom.py');
  link('/proc/self/fd/0', 'hostile/links/stdin.sh');
  link('/', 'hostile/links/slash');

  // A FIFO with a source name: reading it would block forever.
  try {
    execFileSync('mkfifo', [join(root, 'hostile/io/fifo.sh')], { stdio: 'ignore' });
  } catch {
    // no mkfifo: skip
  }
  chmodSync(join(root, 'hostile/io/unreadable.sh'), 0o000);
  // An unreadable directory (root reads it anyway; others get EACCES from the walk).
  mkdirSync(join(root, 'hostile/io/locked'), { recursive: true });
  writeFileSync(join(root, 'hostile/io/locked/inside.sh'), 'uvicorn app:app --reload\n');
  chmodSync(join(root, 'hostile/io/locked'), 0o000);

  const tinyFiles = opts.tinyFiles ?? 0;
  if (tinyFiles > 0) writeTinyFiles(root, tinyFiles, opts.tinyHazardEvery ?? 10_000);

  return {
    root,
    outside,
    markers,
    canaries: Object.keys(canaries).map((rel) => `canary/${rel}`),
    oddNames,
    tinyFiles,
  };
}

/** `n` tiny files in directories of 1,000; every `every`-th one holds a hazard. */
export function writeTinyFiles(root: string, n: number, every: number): void {
  const plain = Buffer.from('echo ok\n');
  const hazard = Buffer.from('uvicorn app:app --reload\n');
  for (let d = 0; d * 1000 < n; d++) {
    const dir = join(root, 'many', `d${String(d).padStart(3, '0')}`);
    mkdirSync(dir, { recursive: true });
    for (let i = d * 1000; i < Math.min(n, (d + 1) * 1000); i++) {
      // Open-write-close by descriptor: measurably faster than writeFileSync for 100,000 files.
      const fd = openSync(join(dir, `f${i}.sh`), 'w');
      writeSync(fd, i % every === every - 1 ? hazard : plain);
      closeSync(fd);
    }
  }
}

/** Undo the permission changes so the directory can be removed, then remove it. */
export function removeTree(dir: string): void {
  try {
    chmodSync(join(dir, 'hostile/io/locked'), 0o755);
  } catch {
    // not there
  }
  try {
    chmodSync(join(dir, 'hostile/io/unreadable.sh'), 0o644);
  } catch {
    // not there
  }
  rmSync(dir, { recursive: true, force: true });
}

/**
 * A snapshot of everything under `dir` without following symlinks: type, size, mtime and a hash of
 * the content of regular files. Two equal snapshots mean nothing was written, created or removed.
 */
export function snapshotTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (abs: string, rel: string) => {
    let st;
    try {
      st = lstatSync(abs);
    } catch (err) {
      out.set(rel, `error ${(err as NodeJS.ErrnoException).code}`);
      return;
    }
    if (st.isSymbolicLink()) {
      out.set(rel, `link ${readlinkSync(abs)}`);
    } else if (st.isDirectory()) {
      out.set(rel, `dir ${st.mode}`);
      let names: string[] = [];
      try {
        names = readdirSync(abs);
      } catch (err) {
        out.set(rel, `dir ${st.mode} unreadable ${(err as NodeJS.ErrnoException).code}`);
      }
      for (const name of names) walk(join(abs, name), rel ? `${rel}/${name}` : name);
    } else if (st.isFile()) {
      let hash = 'unreadable';
      try {
        hash = createHash('sha1').update(readFileSync(abs)).digest('hex');
      } catch {
        // keep 'unreadable'
      }
      out.set(rel, `file ${st.size} ${st.mtimeMs} ${st.mode} ${hash}`);
    } else {
      out.set(rel, `other ${st.mode}`);
    }
  };
  walk(dir, '');
  return out;
}

/** What a read hook may do to one path: throw as if unreadable, or delete the file first. */
export type ReadFault = 'eacces' | 'vanish';

export interface ReadHook {
  /** Absolute paths read, in order. */
  reads: string[];
  /** Faults that fired, by path. */
  fired: Map<string, ReadFault>;
  /** Reads of something that is not a regular file (a FIFO, a device, a directory): each one a hang or a memory bomb. */
  irregular: string[];
  /** Bytes read through descriptors, by the path they were opened for (an open alone reads none). */
  bytesRead: Map<string, number>;
  restore(): void;
}

function regularFile(path: string): boolean {
  try {
    return fs.statSync(path).isFile();
  } catch {
    return true; // missing: the read fails by itself
  }
}

/**
 * Patch `fs.readFileSync`, `fs.readFile`, `fs.promises.readFile`, `fs.openSync` and `fs.readSync` (and, through
 * `syncBuiltinESMExports`, every `import { readFileSync } from 'node:fs'` binding) to record reads
 * and inject faults: `eacces` throws EACCES for that path (what an unreadable file gives, even
 * when the tests run as root), `vanish` deletes the file just before it is read (a file removed
 * during the scan). A read of anything but a regular file is recorded in `irregular` and fails
 * with EINVAL instead of blocking on a FIFO or filling memory from /dev/zero. Restore in a `finally`.
 */
export function hookReads(faults: ReadonlyMap<string, ReadFault> = new Map()): ReadHook {
  const original = { readFileSync: fs.readFileSync, readFile: fs.readFile, promisesReadFile: fs.promises.readFile, openSync: fs.openSync, readSync: fs.readSync };
  const hook: ReadHook = {
    reads: [],
    fired: new Map(),
    irregular: [],
    bytesRead: new Map(),
    restore() {
      fs.readFileSync = original.readFileSync;
      fs.readFile = original.readFile;
      fs.promises.readFile = original.promisesReadFile;
      fs.openSync = original.openSync;
      fs.readSync = original.readSync;
      syncBuiltinESMExports();
    },
  };
  /** An error to throw instead of reading, or undefined to read. `opening`: a file descriptor is only opened (reads through it are checked by readSync). */
  const before = (path: unknown, opening = false): Error | undefined => {
    if (typeof path !== 'string' && !(path instanceof URL)) return undefined;
    const p = path instanceof URL ? path.pathname : path;
    hook.reads.push(p);
    if (!opening && !regularFile(p)) {
      hook.irregular.push(p);
      return Object.assign(new Error(`EINVAL: test sentinel refused to read a non-regular file '${p}'`), { code: 'EINVAL', path: p });
    }
    const fault = faults.get(p);
    if (fault === 'eacces') {
      hook.fired.set(p, fault);
      return Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES', errno: -13, syscall: 'open', path: p });
    }
    if (fault === 'vanish' && !hook.fired.has(p)) {
      hook.fired.set(p, fault);
      fs.rmSync(p, { force: true });
    }
    return undefined;
  };
  fs.readFileSync = function (this: unknown, path: unknown, ...rest: unknown[]) {
    const err = before(path);
    if (err) throw err;
    return (original.readFileSync as (...a: unknown[]) => unknown).call(this, path, ...rest);
  } as typeof fs.readFileSync;
  fs.readFile = function (this: unknown, path: unknown, ...rest: unknown[]) {
    const err = before(path);
    const cb = rest[rest.length - 1];
    if (err && typeof cb === 'function') {
      process.nextTick(() => (cb as (e: Error) => void)(err));
      return;
    }
    return (original.readFile as (...a: unknown[]) => unknown).call(this, path, ...rest);
  } as typeof fs.readFile;
  fs.promises.readFile = async function (this: unknown, path: unknown, ...rest: unknown[]) {
    const err = before(path);
    if (err) throw err;
    return (original.promisesReadFile as (...a: unknown[]) => Promise<unknown>).call(this, path, ...rest);
  } as typeof fs.promises.readFile;
  // prodlint reads through descriptors (open, fstat, read): faults apply at the open, and a read
  // from a descriptor of anything but a regular file is the hang or the memory bomb.
  const opened = new Map<number, string>();
  fs.openSync = function (this: unknown, path: unknown, ...rest: unknown[]) {
    const err = before(path, true);
    if (err) throw err;
    const fd = (original.openSync as (...a: unknown[]) => number).call(this, path, ...rest);
    if (typeof path === 'string') opened.set(fd, path);
    return fd;
  } as typeof fs.openSync;
  fs.readSync = function (this: unknown, fd: number, ...rest: unknown[]) {
    if (!fs.fstatSync(fd).isFile()) {
      hook.irregular.push(`fd ${fd}`);
      throw Object.assign(new Error('EINVAL: test sentinel refused to read a non-regular file'), { code: 'EINVAL' });
    }
    const n = (original.readSync as (...a: unknown[]) => number).call(this, fd, ...rest);
    const path = opened.get(fd);
    if (path !== undefined) hook.bytesRead.set(path, (hook.bytesRead.get(path) ?? 0) + n);
    return n;
  } as typeof fs.readSync;
  syncBuiltinESMExports();
  return hook;
}
