/**
 * `.dockerignore` patterns run as an automaton (src/docker/ignore-matcher.ts): the same answers as
 * the expression dockerignore.ts used to build, on random patterns and paths.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileIgnorePattern } from '../src/docker/ignore-matcher.js';
import { matchIgnore, parseDockerignore } from '../src/docker/dockerignore.js';

const SEED = Number(process.env.IGNORE_SEED ?? 20_261_122);
const RUNS = Number(process.env.IGNORE_RUNS ?? 3000);

/** The expression moby's patternmatcher builds, as dockerignore.ts built it before (the oracle). */
function oldExpression(pattern: string): RegExp | undefined {
  const escape = (ch: string) => (/[.*+?^${}()|[\]\\/]/.test(ch) ? '\\' + ch : ch);
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++;
        re += i + 1 >= pattern.length ? '.*' : '(.*/)?';
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) return undefined;
      re += escape(next);
      i++;
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) return undefined;
      re += '[' + pattern.slice(i + 1, close) + ']';
      i = close;
    } else re += escape(ch);
  }
  try {
    return new RegExp(re + '$');
  } catch {
    return undefined;
  }
}

const patternPiece = fc.constantFrom('a', 'b', '.', '/', '*', '**', '**/', '?', '[ab]', '[^a]', '[a-c]', '[/]', '\\*', '\\a', '-', '\n', 'é');
const pattern = fc.array(patternPiece, { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
const pathPiece = fc.constantFrom('a', 'b', 'c', 'ab', '/', '.', '*', '-', '\n', '\r', '\u2028', 'é', '[');
const path = fc.array(pathPiece, { minLength: 0, maxLength: 12 }).map((p) => p.join(''));

test('random patterns match random paths as the old expression did, whole and by parent', () => {
  fc.assert(
    fc.property(pattern, fc.array(path, { minLength: 1, maxLength: 8 }), (p, paths) => {
      const re = oldExpression(p);
      const m = compileIgnorePattern(p);
      assert.equal(m === undefined, re === undefined, `usable: ${JSON.stringify(p)}`);
      if (!re || !m) return;
      for (const s of paths) {
        assert.equal(m.test(s), re.test(s), `${JSON.stringify(p)} on ${JSON.stringify(s)}`);
        const parts = s.split('/');
        const parent: boolean = parts.some((_, k) => k > 0 && re.test(parts.slice(0, k).join('/'))) || re.test(s);
        assert.equal(m.testPathOrParent(s), parent, `${JSON.stringify(p)} on ${JSON.stringify(s)} or a parent`);
      }
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

test('* and ? never take /, ** takes anything but a line break', () => {
  const m = (p: string) => compileIgnorePattern(p)!;
  assert.ok(m('a*').test('abc') && !m('a*').test('a/b'));
  assert.ok(m('a?c').test('abc') && !m('a?c').test('a/c'));
  assert.ok(m('a/**').test('a/b/c'));
  assert.ok(m('a/**').test('a/'), 'a final ** may take nothing');
  assert.ok(!m('a/**').test('a/b\nc'), '. stops at a line break, as in the expression it replaces');
  assert.ok(m('**/x').test('x') && m('**/x').test('a/b/x'), 'a ** before more pattern may take nothing');
  assert.ok(!m('**/x').test('a\n/x'));
  assert.ok(m('**/**/**/x').test('a/b/x'), 'repeated ** merge');
  assert.ok(m('*\n*').test('a\nb'), '* takes a line break');
});

test('classes are JavaScript classes tested on one code unit; bad patterns are refused', () => {
  assert.ok(compileIgnorePattern('[a-c]at')!.test('bat'));
  assert.ok(!compileIgnorePattern('[^a-c]at')!.test('bat'));
  assert.ok(compileIgnorePattern('[!a]')!.test('!'), '[! is a plain class, as in moby');
  assert.ok(compileIgnorePattern('[/]')!.test('/'));
  assert.equal(compileIgnorePattern('[unclosed'), undefined);
  assert.equal(compileIgnorePattern('trailing\\'), undefined);
  assert.equal(compileIgnorePattern('[z-a]'), undefined, 'a class JavaScript rejects');
  assert.ok(!compileIgnorePattern('[]a]')!.test('a'), 'an empty class never matches, as before');
});

test('testPathOrParent matches a prefix that ends before a /', () => {
  const m = compileIgnorePattern('node_modules')!;
  assert.ok(m.testPathOrParent('node_modules/express/index.js'));
  assert.ok(m.testPathOrParent('node_modules'));
  assert.ok(!m.testPathOrParent('node_modules_old/x'));
  assert.ok(!m.testPathOrParent('a/node_modules'));
  assert.ok(compileIgnorePattern('a/b')!.testPathOrParent('a/b/c/d'));
  assert.ok(!compileIgnorePattern('a/b')!.testPathOrParent('a/bc/d'));
});

test('long patterns and paths cost the product of their lengths, no more', () => {
  // Thirteen stars against a 255-character name and eight ** against a deep path took minutes as
  // one expression; the answers here must come back at all (the regex audit times them).
  assert.equal(matchIgnore(parseDockerignore('*a*a*a*a*a*a*a*a*a*a*a*a*b\n'), 'a'.repeat(255)).excluded, false);
  assert.equal(matchIgnore(parseDockerignore('*a*a*a*a*a*a*a*a*a*a*a*a*b\n'), 'a'.repeat(254) + 'b').excluded, true);
  assert.equal(matchIgnore(parseDockerignore('**/**/**/**/**/**/**/**/x\n'), 'a/'.repeat(2047) + 'y').excluded, false);
  assert.equal(matchIgnore(parseDockerignore('**/**/**/**/**/**/**/**/x\n'), 'a/'.repeat(2047) + 'x').excluded, true);
  const huge = compileIgnorePattern('a'.repeat(100_000));
  assert.ok(huge, 'a 100 KB pattern compiles: nothing is refused for its size');
  assert.ok(!huge.test('a'.repeat(4096)), 'a path shorter than the pattern\'s literal characters never matches');
  assert.ok(huge.test('a'.repeat(100_000)));
});
