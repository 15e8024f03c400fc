/**
 * src/walk.ts with src/ignore-lines.ts and src/ignore-pattern.ts: which ignore files are read, and
 * that ignore lines are matched with git's semantics (as the `ignore` package has them) without
 * ever backtracking on deep paths.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ignore from 'ignore';
import { walk } from '../src/walk.js';
import { compileIgnoreLines, countIgnoreRules, MAX_IGNORE_FILE_BYTES, MAX_IGNORE_RULES, readIgnoreFile } from '../src/ignore-lines.js';
import { parseIgnoreLine, SegmentIgnore, variableDepthParts } from '../src/ignore-pattern.js';
import { MAX_GLOB_LENGTH } from '../src/config/glob.js';
import { SKIP_DIRS } from '../src/discover.js';
import { REPO_ROOT, tempDir, writeFiles } from './helpers/hostile-tree.js';

const files = (dir: string) => walk(dir, { skipDirs: SKIP_DIRS }).sort();

/** `walk` of `dir` in a child process, so that a walk that blocks or backtracks for minutes fails the test instead of stalling it (a backstop of a minute: the walk itself takes well under a second, so a loaded machine never reaches it). */
function walkInChild(dir: string, timeoutMs: number): { files: string[] | undefined; timedOut: boolean } {
  const script = `import { walk } from ${JSON.stringify(join(REPO_ROOT, 'src/walk.ts'))};
console.log(JSON.stringify(walk(${JSON.stringify(dir)}, { skipDirs: new Set(['.git']) }).sort()));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  const timedOut = r.error !== undefined || r.signal !== null;
  return { files: timedOut ? undefined : (JSON.parse(r.stdout) as string[]), timedOut };
}

function withDir(prefix: string, body: (dir: string) => void): void {
  const dir = tempDir(prefix);
  try {
    body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('which ignore files are read', () => {
  test('a regular .gitignore and .prodlintignore are applied, .prodlintignore lines last', () => {
    withDir('walk', (dir) => {
      writeFiles(dir, { '.gitignore': '*.log\nkeep/\n', '.prodlintignore': '!keep/\nbuild/\n', 'a.log': '', 'a.sh': '', 'keep/x.sh': '', 'build/y.sh': '' });
      assert.deepEqual(files(dir), ['.gitignore', '.prodlintignore', 'a.sh', 'keep/x.sh']);
    });
  });

  test('a FIFO ignore file and a link to /dev/zero are skipped without blocking or reading', () => {
    withDir('walk-fifo', (dir) => {
      writeFiles(dir, { 'start.sh': '', 'fifo/start.sh': '', 'zero/start.sh': '' });
      execFileSync('mkfifo', [join(dir, 'fifo/.gitignore')]);
      symlinkSync('/dev/zero', join(dir, 'zero/.gitignore'));
      symlinkSync('/dev/zero', join(dir, '.prodlintignore'));
      const r = walkInChild(dir, 60_000);
      assert.equal(r.timedOut, false, 'the walk returned');
      assert.deepEqual(r.files, ['fifo/start.sh', 'start.sh', 'zero/start.sh']);
      assert.equal(readIgnoreFile(join(dir, 'fifo/.gitignore')), undefined);
      assert.equal(readIgnoreFile(join(dir, 'zero/.gitignore')), undefined);
    });
  });

  test('a symbolic link to a regular ignore file is not followed (as git since 2.32)', () => {
    withDir('walk-link', (dir) => {
      writeFiles(dir, { 'real-ignore': '*.sh\n', 'sub/start.sh': '', 'other/start.sh': '', 'other/.gitignore': '*.sh\n' });
      symlinkSync(join(dir, 'real-ignore'), join(dir, 'sub/.gitignore'));
      assert.deepEqual(files(dir), ['other/.gitignore', 'real-ignore', 'sub/start.sh']);
    });
  });

  test(`an ignore file over ${MAX_IGNORE_FILE_BYTES} bytes is skipped; one of exactly that size is read`, () => {
    withDir('walk-size', (dir) => {
      const sized = (n: number) => {
        const head = '*.sh\n';
        return head + '#'.repeat(n - head.length - 1) + '\n';
      };
      writeFiles(dir, { 'big/.gitignore': sized(MAX_IGNORE_FILE_BYTES + 1), 'big/start.sh': '', 'ok/.gitignore': sized(MAX_IGNORE_FILE_BYTES), 'ok/start.sh': '' });
      assert.deepEqual(files(dir), ['big/.gitignore', 'big/start.sh', 'ok/.gitignore']);
    });
  });

  test('a UTF-8 byte-order mark before the first line does not spoil it (as git), whichever matcher reads it', () => {
    withDir('walk-bom', (dir) => {
      // The second file has a line for the segment matcher, which knows nothing of byte-order marks.
      writeFiles(dir, { '.gitignore': '\ufeff*.log\n', 'a.log': '', 'a.sh': '', 'sub/.gitignore': '\ufeff*.log\na/**/b/**/c\n', 'sub/b.log': '', 'sub/b.sh': '' });
      assert.deepEqual(files(dir), ['.gitignore', 'a.sh', 'sub/.gitignore', 'sub/b.sh']);
    });
  });

  test(`lines longer than ${MAX_GLOB_LENGTH} characters are dropped (more files linted, never fewer)`, () => {
    withDir('walk-long', (dir) => {
      const long = `${'**/'.repeat(340)}start.sh`;
      assert.ok(long.length > MAX_GLOB_LENGTH);
      writeFiles(dir, { '.gitignore': `${long}\n*.log\n`, 'a/start.sh': '', 'a/x.log': '' });
      assert.deepEqual(files(dir), ['.gitignore', 'a/start.sh']);
    });
  });
});

describe('ignore files too large to match fast', () => {
  test('over MAX_IGNORE_RULES rules, a directory\'s ignore files are set aside as a whole (more files linted, never fewer)', () => {
    withDir('walk-many', (dir) => {
      // `*.log`, the generated lines and `!keep.log`: exactly at the limit, so the lines apply, the
      // negation too; comments and blanks do not count.
      const many = Array.from({ length: MAX_IGNORE_RULES - 2 }, (_, i) => `gen-${i}/`).join('\n');
      writeFiles(dir, { '.gitignore': `# header\n\n*.log\n${many}\n`, '.prodlintignore': '!keep.log\n', 'a.log': '', 'keep.log': '', 'a.sh': '', 'gen-7/x.sh': '' });
      assert.notEqual(compileIgnoreLines(`# c\n\n*.log\n${many}\n!keep.log\n`), undefined);
      assert.deepEqual(files(dir), ['.gitignore', '.prodlintignore', 'a.sh', 'keep.log'].sort());
      // One rule more: neither file applies, in that directory and below.
      writeFiles(dir, { '.gitignore': `*.log\n${many}\nextra\n` });
      assert.equal(compileIgnoreLines(`*.log\n${many}\nextra\n!keep.log\n`), undefined);
      assert.deepEqual(files(dir), ['.gitignore', '.prodlintignore', 'a.log', 'a.sh', 'gen-7/x.sh', 'keep.log'].sort());
    });
  });

  test('the limit is over the rules of all the ignore files above a path, outermost kept', () => {
    withDir('walk-chain', (dir) => {
      const half = (p: string) => Array.from({ length: MAX_IGNORE_RULES / 2 }, (_, i) => `${p}-${i}`).join('\n');
      writeFiles(dir, {
        '.gitignore': `${half('a')}\n*.log\n`,
        'sub/.gitignore': `${half('b')}\n*.tmp\n`,
        'other/.gitignore': `*.tmp\n`,
        'x.log': '',
        'sub/x.log': '',
        'sub/x.tmp': '',
        'other/x.tmp': '',
      });
      assert.equal(countIgnoreRules(`# c\n\n${half('a')}\n*.log\n`), MAX_IGNORE_RULES / 2 + 1);
      // sub/.gitignore would bring the chain over the limit: set aside; other/.gitignore fits.
      assert.deepEqual(files(dir), ['.gitignore', 'other/.gitignore', 'sub/.gitignore', 'sub/x.tmp'].sort());
    });
  });
});

describe('lines that would backtrack', () => {
  test('lines with two or more inner ** are the ones matched segment by segment', () => {
    const parts = (line: string) => variableDepthParts(parseIgnoreLine(line)!);
    assert.deepEqual(['*.log', 'a/**/b', '**/a', 'a/**', '**/a/**', 'a/**/b/**/'].map(parts), [1, 1, 1, 0, 1, 1]);
    assert.deepEqual(['**/a/**/b', 'a/**/b/**/c', 'a/**/**/b', 'a/**/b/**/c/**/d/**/e/**/f'].map(parts), [2, 2, 2, 5]);
    assert.ok(compileIgnoreLines('a/**/b/**/c\n') instanceof SegmentIgnore);
    assert.ok(!(compileIgnoreLines('node_modules/\n**/dist/**\n') instanceof SegmentIgnore));
  });

  test('a deep tree under a line with many ** is walked in one pass, and the line still applies', () => {
    withDir('walk-deep', (dir) => {
      // The `ignore` package takes minutes on this (hostile.test.ts has the same tree at 500 levels).
      let deep = '';
      for (let i = 0; i < 100; i++) deep += 'a/b/c/d/e/';
      writeFiles(dir, {
        '.gitignore': 'a/**/b/**/c/**/d/**/e/**/f\n',
        [`${deep}z.sh`]: '',
        [`${deep}f/gone.sh`]: '',
        'a/x/b/c/y/d/e/f': '',
      });
      const r = walkInChild(dir, 60_000);
      assert.equal(r.timedOut, false, 'the walk returned');
      assert.deepEqual(r.files, ['.gitignore', `${deep}z.sh`]);
    });
  });

  test('re-including a directory after such a line keeps its files (the last matching line decides)', () => {
    withDir('walk-reinclude', (dir) => {
      writeFiles(dir, { '.gitignore': '/*\n**/tmp/**/cache/**/x\n!/src/\n!.gitignore\n', 'src/app.sh': '', 'src/tmp/q/cache/r/x': '', 'other/b.sh': '', 'top.sh': '' });
      assert.deepEqual(files(dir), ['.gitignore', 'src/app.sh']);
    });
  });
});

describe('the segment matcher agrees with the `ignore` package', () => {
  const check = (lines: fc.Arbitrary<string[]>, paths: fc.Arbitrary<string>, seed: number) => {
    fc.assert(
      fc.property(lines, paths, (ls, p) => {
        const want = ignore({ allowRelativePaths: true }).add(ls).test(p);
        const got = new SegmentIgnore(ls).test(p);
        assert.deepEqual({ ignored: got.ignored, unignored: got.unignored }, { ignored: want.ignored, unignored: want.unignored }, `${JSON.stringify(ls)} on ${JSON.stringify(p)}`);
      }),
      { numRuns: 5_000, seed },
    );
  };
  /** Lines without an escaped slash (the one construct the segment matcher drops on purpose). */
  const lineOf = (tokens: fc.Arbitrary<string>) =>
    fc
      .tuple(fc.constantFrom('', '', '!', '/', '#', '\\!', '\\#'), fc.array(tokens, { minLength: 1, maxLength: 7 }), fc.constantFrom('', '', '/', ' ', '\\ '))
      .map(([a, b, c]) => a + b.join('') + c)
      .filter((l) => !/(?<!\\)(?:\\\\)*\\\//.test(l));
  const pathOf = (segments: fc.Arbitrary<string>) => fc.tuple(fc.array(segments, { minLength: 1, maxLength: 7 }), fc.boolean()).map(([s, dir]) => s.join('/') + (dir ? '/' : ''));

  test('on globstars, wildcards, classes and negation over a small alphabet (many matches)', () => {
    const tokens = fc.constantFrom('a', 'b', 'B', '*', '**', '/', '/', '/**/', '?', '[ab]', '[!a]', '[[:upper:]]', '**/', '\\*', '\\ ');
    const segments = fc.constantFrom('a', 'b', 'ab', 'ba', 'aab', 'A', 'b ', '*', '#a', '!a');
    check(fc.array(lineOf(tokens), { minLength: 1, maxLength: 5 }), pathOf(segments), 11);
  });

  test('on arbitrary punctuation, brackets, escapes and non-ASCII case', () => {
    const tokens = fc.constantFrom('a', 'A', 'é', 'É', 'ß', 'İ', 'k', '\u212A', 'ſ', 's', '😀', '[é-ê]', '[z-a]', '*', '?', '/', '[', ']', '!', '-', '\\', ' ', '#', '.', '^', ':');
    const segments = fc.array(fc.constantFrom('a', 'B', 'é', 'É', 'ß', 'İ', 'i', 'K', '\u212A', 'ſ', 'S', '😀', '.', '-', '*', '[', ']', '!', ' ', '\\', '#', ':'), { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    check(fc.array(lineOf(tokens), { minLength: 1, maxLength: 5 }), pathOf(segments), 12);
  });

  test('compileIgnoreLines answers as `ignore` does whichever matcher it picks', () => {
    const tokens = fc.constantFrom('a', 'b', '*', '**', '/', '/**/', '?', '[ab]', '**/');
    fc.assert(
      fc.property(fc.array(lineOf(tokens), { minLength: 1, maxLength: 6 }), pathOf(fc.constantFrom('a', 'b', 'ab', 'ba')), (ls, p) => {
        const want = ignore({ allowRelativePaths: true }).add(ls).test(p);
        const got = compileIgnoreLines(ls.join('\n'))!.test(p);
        assert.deepEqual([got.ignored, got.unignored], [want.ignored, want.unignored], `${JSON.stringify(ls)} on ${JSON.stringify(p)}`);
      }),
      { numRuns: 4_000, seed: 13 },
    );
  });

  test('paths 2,000 directories deep get their answers', () => {
    // The most a 4,096-byte path holds; `ignore` needs about 10 s for each such path and line.
    const path = `${'a/'.repeat(2000)}z`;
    const m = new SegmentIgnore(['**/a/**/a/**/a/**/b', 'a/**/a/**/a/**/a/**/a/**/a/**/z/**/q']);
    assert.deepEqual(m.test(path), { ignored: false, unignored: false });
    assert.deepEqual(m.test(`${'a/'.repeat(2000)}b`), { ignored: true, unignored: false });
  });
});
