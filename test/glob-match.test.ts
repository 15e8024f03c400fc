/**
 * Config globs matched piece by piece (src/config/glob-match.ts): the same answers as the single
 * picomatch expression they replaced, on random globs and paths, and the few documented
 * differences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { compileGlobs, expandedForms, globProblem, normalizePath } from '../src/config/glob.js';
import { compileForm, formExpressions, hasGroupedGlobstar, scanPattern, segmentPath, singleStars, splitAtGlobstars } from '../src/config/glob-match.js';
import { DEFAULT_DEV_PATHS } from '../src/config/defaults.js';

// Fixed so that a failure replays; GLOB_SEED and GLOB_RUNS explore further by hand.
const SEED = Number(process.env.GLOB_SEED ?? 20_261_122);
const RUNS = Number(process.env.GLOB_RUNS ?? 4000);

/** What compileGlobs was before: every expanded form compiled by picomatch, in one expression. */
function reference(globs: readonly string[]): (path: string) => boolean {
  const options = { dot: true, windows: false, noextglob: true, nonegate: true } as const;
  const re = new RegExp(globs.flatMap((g) => expandedForms(g).map((f) => picomatch.makeRe(f, options).source)).join('|'));
  return (p) => re.test(normalizePath(p));
}

const atom = fc.constantFrom(
  ...['a', 'b', 'x', 'ab', '.', '..', '*', '?', '.*', '\\*', '\\a'],
  ...['[ab]', '[a/b]', '[!a]', '[^a]', '[^b]', '[!/]', '[+-0]', '[.-0]'],
  ...['{a,b}', '{a/b,c}', '{,a}', '{a,}', '{a,b/*}', '{a,{b,c/a}}', '{ab,ba}', '{aa,b.a}', '(a|b)', '(a/b|c)'],
);
const segment = fc.oneof(
  { weight: 2, arbitrary: fc.constant('**') },
  { weight: 1, arbitrary: fc.constantFrom('a**', '***') },
  { weight: 7, arbitrary: fc.array(atom, { minLength: 1, maxLength: 3 }).map((a) => a.join('')) },
);
const glob = fc
  .tuple(fc.constantFrom('', '/', './'), fc.array(segment, { minLength: 1, maxLength: 6 }), fc.constantFrom('', '', '/'))
  .map(([lead, segments, trail]) => lead + segments.join('/') + trail);
// File paths: no empty segment, no trailing `/`, never ending in `.` or `..` (those only lead).
const innerSegment = fc.constantFrom('a', 'b', 'ab', 'ba', 'aa', 'x', 'c', '.a', 'a.b', 'a*', '*', '+', ',', '-', '.', '..');
const lastSegment = fc.constantFrom('a', 'b', 'ab', 'ba', 'aa', 'x', 'c', '.a', 'a.b', 'a*', '*');
const filePath = fc.tuple(fc.array(innerSegment, { maxLength: 8 }), lastSegment).map(([s, last]) => [...s, last].join('/'));

test('random globs match random file paths as the single picomatch expression did', () => {
  fc.assert(
    fc.property(fc.array(glob, { minLength: 1, maxLength: 2 }), fc.array(filePath, { minLength: 1, maxLength: 10 }), (globs, paths) => {
      // Only what the config accepts, without the documented differences (runs of `*` glued to
      // text, POSIX classes: see the tests below).
      fc.pre(globs.every((g) => globProblem(g) === undefined && singleStars(g) === g && !g.includes('[[:')));
      const before = reference(globs);
      const now = compileGlobs(globs);
      for (const p of paths) assert.equal(now(p), before(p), `${JSON.stringify(globs)} on ${p}`);
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

test('the default dev-paths give the same answers on this repository and on deep copies of its paths', async () => {
  const { readdirSync } = await import('node:fs');
  const root = new URL('..', import.meta.url);
  const paths = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((p) => !p.startsWith('node_modules') && !p.startsWith('.git'))
    .map((p) => p.split('\\').join('/'));
  assert.ok(paths.length > 500, `${paths.length} paths`);
  const before = reference(DEFAULT_DEV_PATHS);
  const now = compileGlobs(DEFAULT_DEV_PATHS);
  const differ = paths.flatMap((p) => [p, `../${p}`, `a/tests/b/${p}`, `.hidden/x-dev/${p}`]).filter((p) => now(p) !== before(p));
  assert.deepEqual(differ, []);
});

test('** at the start, middle and end, * and ? within a segment, classes and braces', () => {
  const m = (g: string, p: string) => compileGlobs([g])(p);
  assert.ok(m('**/x.sh', 'x.sh'), 'a leading ** takes no directory');
  assert.ok(m('**/x.sh', 'a/b/x.sh'));
  assert.ok(m('a/**/b', 'a/b'), 'a middle ** takes no directory');
  assert.ok(m('a/**/b', 'a/x/y/b'));
  assert.ok(!m('a/**/b', 'a/x/y/c'));
  assert.ok(m('a/**', 'a'), 'a final ** takes no directory');
  assert.ok(m('a/**', 'a/x/y'));
  assert.ok(!m('a/**', 'b/x'));
  assert.ok(m('**', 'a/b/c'));
  assert.ok(!m('**/x', '../x'), '** never takes ..');
  assert.ok(m('../x', '../x'), 'but a written .. matches one');
  assert.ok(m('a/*.py', 'a/b.py'));
  assert.ok(!m('a/*.py', 'a/b/c.py'), '* stays within a segment');
  assert.ok(m('a/b?.py', 'a/b1.py'));
  assert.ok(!m('a/b?.py', 'a/b/.py'), '? never takes /');
  assert.ok(m('src/[a-c]*.ts', 'src/b1.ts'));
  assert.ok(!m('src/[^a-c]*.ts', 'src/b1.ts'));
  assert.ok(m('src/[!a-c]*.ts', 'src/b1.ts'), 'with nonegate, ! in a class is a character, as before');
  assert.ok(m('src/[[:alpha:]]1.ts', 'src/b1.ts'), 'POSIX classes');
  assert.ok(m('x/{a/b,c}/**/y', 'x/a/b/z/y'), 'a brace set with a slash covers two segments');
  assert.ok(m('x/{a/b,c}/**/y', 'x/c/y'));
  assert.ok(m('.github/**', '.github/workflows/ci.yml'), 'dot files are ordinary');
  assert.ok(m('deploy/', 'deploy/app.service'), 'a trailing / matches what is below');
  assert.ok(!m('deploy/', 'deploy'), '... and only that');
  assert.ok(m('/Dockerfile', 'Dockerfile'));
  assert.ok(!m('/Dockerfile', 'a/Dockerfile'), 'a leading / anchors');
  assert.ok(m('/.', 'anything/at/all'), 'the config directory itself covers everything below it');
  assert.ok(!compileGlobs([])('a'), 'an empty list matches nothing');
});

test('picomatch quirks that are kept: a final /** after a *, {,a} at the end', () => {
  // `dist*/**` does not match a file named `dist1`, where `dist/**` matches `dist`.
  assert.ok(!compileForm('dist*/**')(segmentPath('dist1')));
  assert.ok(compileForm('dist/**')(segmentPath('dist')));
  assert.ok(compileForm('dist*/**')(segmentPath('dist1/a')));
  // A piece that matches nothing may end the path after a ** that took nothing.
  assert.ok(compileForm('a/**/{,b}')(segmentPath('a')));
  assert.ok(!compileForm('a/**/{,b}')(segmentPath('a/x')));
  assert.ok(compileForm('a/**/{,b}')(segmentPath('a/x/b')));
});

test('documented differences: runs of * glued to text are one *', () => {
  // picomatch lets `**.js` (as a whole pattern) and `**{a,b}` cross directories; here, as in
  // .gitignore, they are a plain `*`.
  assert.equal(singleStars('**.js'), '*.js');
  assert.equal(singleStars('a/**{a,b}/**'), 'a/*{a,b}/**');
  assert.equal(singleStars('a/***/b'), 'a/*/b');
  assert.equal(singleStars('**/a/**'), '**/a/**', 'whole ** segments stay');
  assert.ok(!compileForm('**.js')(segmentPath('a/b.js')));
  assert.ok(compileForm('**.js')(segmentPath('b.js')));
  // The unanchored glob `**.min.js` was `**/**.min.js`, where picomatch already read a plain `*`.
  assert.ok(compileGlobs(['**.min.js'])('a/b/app.min.js'));
});

test('splitAtGlobstars cuts at whole ** segments outside groups', () => {
  assert.deepEqual(splitAtGlobstars('a/b'), ['a/b']);
  assert.deepEqual(splitAtGlobstars('**'), [null, null]);
  assert.deepEqual(splitAtGlobstars('**/a'), [null, 'a']);
  assert.deepEqual(splitAtGlobstars('a/**'), ['a', null]);
  assert.deepEqual(splitAtGlobstars('a/**/b/c/**/d'), ['a', 'b/c', 'd']);
  assert.deepEqual(splitAtGlobstars('a/**/**/b'), ['a', 'b'], 'consecutive ** count once');
  assert.deepEqual(splitAtGlobstars('**//**/a'), [null, '', 'a'], 'an empty segment between them does not');
  assert.deepEqual(splitAtGlobstars('a/**/'), ['a', ''], 'a trailing / after ** is an empty last segment');
  assert.deepEqual(splitAtGlobstars('a**/b'), ['a**/b'], 'glued to text: not a segment');
  assert.deepEqual(splitAtGlobstars('{a,**}/b'), ['{a,**}/b'], 'inside braces: not cut');
  assert.deepEqual(splitAtGlobstars('[**]/**'), ['[**]', null], 'inside a class: not cut');
  assert.deepEqual(splitAtGlobstars(''), ['']);
});

test('scanPattern nests only matched pairs', () => {
  const depths = (p: string) => scanPattern(p).map((u) => `${p.slice(u.start, u.end)}:${u.depth}`).join(' ');
  assert.equal(depths('{a,(b)}'), '{:0 a:1 ,:1 (:1 b:2 ):1 }:0');
  assert.equal(depths('{a/b'), '{:0 a:0 /:0 b:0', 'an unmatched { is a character');
  assert.equal(depths('a)b'), 'a:0 ):0 b:0');
  assert.equal(depths('[{]x'), '[{]:0 x:0', 'a brace in a class is a character');
  assert.equal(depths('\\{a}'), '\\{:0 a:0 }:0', 'so is an escaped one');
  assert.equal(depths('a**b'), 'a:0 **:0 b:0');
});

test('globProblem refuses ** inside groups and escaped slashes', () => {
  assert.ok(hasGroupedGlobstar('{**,a}/b'));
  assert.ok(hasGroupedGlobstar('a/(**)/b'));
  assert.ok(!hasGroupedGlobstar('**/{a,b}/**'));
  assert.match(globProblem('src/{**/test,docs}/x') ?? '', /'\*\*' inside braces or parentheses/);
  assert.match(globProblem('a\\/b') ?? '', /escaped '\/'/);
  assert.equal(globProblem('a\\\\/b'), undefined, 'an escaped backslash before a / is fine');
  assert.equal(globProblem('**/{a,b}/**'), undefined);
  for (const g of DEFAULT_DEV_PATHS) assert.equal(globProblem(g), undefined, g);
});

test('segmentPath marks . and .. segments', () => {
  assert.deepEqual(segmentPath('../a/./b').dotSegment, [true, false, true, false]);
  assert.deepEqual(segmentPath('a').starts, [0, 2]);
  assert.deepEqual(segmentPath('').dotSegment, [false], 'the empty path is one empty segment');
  assert.deepEqual(segmentPath('.a/..b').dotSegment, [false, false]);
});

test('no piece sees the path depth: pieces are ** -free expressions', () => {
  for (const form of ['a/**/b/**/c/**/d/**/e', '**/*.test.*/**/*', '**/tests/**']) {
    const sources = formExpressions(form).map((r) => r.source);
    assert.ok(sources.length >= 1, form);
    // picomatch's globstar body, `(?:(?!(?:^|\/)\.{1,2}(?:\/|$)).)*?`, crosses directories.
    for (const s of sources) assert.ok(!s.includes('.)*?'), `${form}: ${s}`);
  }
  assert.deepEqual(formExpressions('a/*.py').length, 1, 'a pattern without ** is one expression');
});
