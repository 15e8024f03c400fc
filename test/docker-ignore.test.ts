import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanPath, matchIgnore, parseDockerignore } from '../src/docker/dockerignore.js';

const excluded = (ignore: string, path: string) => matchIgnore(parseDockerignore(ignore), path).excluded;

test('comments, blank lines, trimming and cleaning', () => {
  const patterns = parseDockerignore('# comment\n\n  .git  \n/node_modules/\n./build/../dist\n!  keep.txt\n #not a comment\n');
  assert.deepEqual(
    patterns.map((p) => [p.pattern, p.negated, p.line]),
    [
      ['.git', false, 3],
      ['node_modules', false, 4],
      ['dist', false, 5],
      ['keep.txt', true, 6],
      ['#not a comment', false, 7],
    ],
  );
  // Spans point at the trimmed pattern text in the file.
  const text = 'a\n  .env  \n';
  const [, env] = parseDockerignore(text);
  assert.equal(text.slice(env!.span.start, env!.span.end), '.env');
});

test('a pattern matches the path or any parent directory', () => {
  assert.ok(excluded('node_modules', 'node_modules/express/index.js'));
  assert.ok(excluded('migrations/', 'migrations'));
  assert.ok(excluded('migrations/', 'migrations/001.sql'));
  assert.ok(!excluded('migrations', 'app/migrations/001.py'), 'patterns are anchored at the context root');
  assert.ok(!excluded('migrations', 'migrations_old'));
});

test('* and ? stop at /, ** crosses directories', () => {
  assert.ok(excluded('*.md', 'README.md'));
  assert.ok(!excluded('*.md', 'docs/guide.md'), 'a root pattern does not match deeper files');
  assert.ok(excluded('*/*.md', 'docs/guide.md'));
  assert.ok(excluded('**/*.md', 'docs/deep/guide.md'));
  assert.ok(excluded('**/*.md', 'README.md'), '** matches zero directories');
  assert.ok(excluded('**/.env', '.env'));
  assert.ok(excluded('**/.env', 'services/api/.env'));
  assert.ok(excluded('.env*', '.env.production'));
  assert.ok(!excluded('.env*', 'config/.env'));
  assert.ok(excluded('file?.txt', 'file1.txt'));
  assert.ok(!excluded('file?.txt', 'file/.txt'));
  assert.ok(excluded('build/**', 'build/a/b/c'));
  assert.ok(excluded('[a-c]at', 'bat'));
  assert.ok(!excluded('[^a-c]at', 'bat'));
  assert.ok(excluded('[^a-c]at', 'rat'));
  assert.ok(excluded('*', '.git'), '* matches dot files, as in Go');
});

test('exceptions re-include and the last match wins', () => {
  const ignore = '*\n!src\n!package.json\n';
  assert.ok(excluded(ignore, '.env'));
  assert.ok(excluded(ignore, 'migrations/001.sql'));
  assert.ok(!excluded(ignore, 'src/index.js'));
  assert.ok(!excluded(ignore, 'package.json'));
  assert.ok(excluded('!src\n*\n', 'src/index.js'), 'an earlier exception loses to a later exclusion');
  const m = matchIgnore(parseDockerignore('docs\n!docs/README.md\n'), 'docs/README.md');
  assert.equal(m.excluded, false);
  assert.equal(m.by?.pattern, 'docs/README.md');
  assert.equal(m.by?.negated, true);
});

test('the context root is never excluded, and bad patterns are skipped', () => {
  assert.ok(!excluded('*', '.'));
  assert.ok(!excluded('*', ''));
  assert.deepEqual(parseDockerignore('[unclosed\ntrailing\\\nok\n').map((p) => p.pattern), ['ok']);
  assert.deepEqual(parseDockerignore('\uFEFF.git\r\n.env\r\n').map((p) => p.pattern), ['.git', '.env']);
});

test('cleanPath follows filepath.Clean', () => {
  assert.equal(cleanPath('./a//b/../c/'), 'a/c');
  assert.equal(cleanPath('/a/../../b'), '/b');
  assert.equal(cleanPath('../a'), '../a');
  assert.equal(cleanPath(''), '.');
  assert.equal(cleanPath('./'), '.');
});
