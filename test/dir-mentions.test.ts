/**
 * How code mentions a migrations directory (src/docker/dir-mentions.ts): linear scans with the
 * answers of the expressions DF001 used before, on random text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { embedsDirectory, quotesPathSegment } from '../src/docker/dir-mentions.js';

const SEED = Number(process.env.MENTIONS_SEED ?? 20_261_122);
const RUNS = Number(process.env.MENTIONS_RUNS ?? 3000);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The expressions DF001 built (the oracle). */
const oldQuoted = (name: string) => new RegExp(`["'\`](?:[^"'\`\\s]*/)?${escape(name)}(?:/[^"'\`\\s]*)?["'\`]`);
const oldEmbed = (name: string) => new RegExp(`go:embed[^\\n]*\\b${escape(name)}\\b|\\bmigrate!\\s*\\(|\\bembed_migrations!|\\binclude_dir!\\s*\\([^)]*\\b${escape(name)}\\b`);

const NAMES = ['migrations', 'm', 'db.v2', '.sql', 'a b', 'x"y'];
const piece = fc.constantFrom(
  ...['migrations', 'migration', 'm', 'db.v2', '.sql', 'a b', 'x"y', 'a', '_', '.', '/', '//', ' ', '\t', '\n', '\r', '\u00a0', '"', "'", '`'],
  ...['go:embed', '//go:embed ', 'include_dir!', 'include_dir! (', '(', ')', 'migrate!', 'migrate! (', 'embed_migrations!', 'file://'],
);
const text = fc.array(piece, { maxLength: 24 }).map((p) => p.join(''));

test('quotesPathSegment answers as the quoted-literal expression did', () => {
  fc.assert(
    fc.property(text, fc.constantFrom(...NAMES), (t, name) => {
      assert.equal(quotesPathSegment(t, name), oldQuoted(name).test(t), `${JSON.stringify(name)} in ${JSON.stringify(t)}`);
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

test('embedsDirectory answers as the embedding expression did', () => {
  fc.assert(
    fc.property(text, fc.constantFrom(...NAMES), (t, name) => {
      assert.equal(embedsDirectory(t, name), oldEmbed(name).test(t), `${JSON.stringify(name)} in ${JSON.stringify(t)}`);
    }),
    { seed: SEED + 1, numRuns: RUNS },
  );
});

test('path literals count, sentences and longer names do not', () => {
  const q = (t: string) => quotesPathSegment(t, 'migrations');
  assert.ok(q('Path(__file__).parent / "migrations"'));
  assert.ok(q("glob('./migrations/*.sql')"));
  assert.ok(q('migrate.New(`file://migrations`, url)'));
  assert.ok(q(`"a/b/migrations/c"`));
  assert.ok(!q('log("no migrations to run")'), 'a literal with blanks is a sentence');
  assert.ok(!q('"migrations_old"'));
  assert.ok(!q('"xmigrations"'));
  assert.ok(!q('migrations'), 'not quoted');
  assert.ok(!q('"migrations'), 'never closed');
  assert.ok(q(`'migrations"`), 'any two quotes, as the expression allowed');
  assert.ok(!quotesPathSegment('""', ''), 'an empty name is never mentioned');
});

test('compile-time embedding', () => {
  const e = (t: string) => embedsDirectory(t, 'migrations');
  assert.ok(e('//go:embed migrations/*.sql\nvar fs embed.FS'));
  assert.ok(!e('//go:embed static\nvar m = "migrations"'), 'the name on another line');
  assert.ok(!e('//go:embed migrations_old'), 'a longer word');
  assert.ok(e('sqlx::migrate!("./db")'), 'migrate! needs no name');
  assert.ok(e('embed_migrations!();'));
  assert.ok(e('static D: Dir = include_dir!("$CARGO_MANIFEST_DIR/migrations");'));
  assert.ok(!e('include_dir!("assets"); let m = "migrations";'), 'the name after the closing parenthesis');
  assert.ok(e('include_dir!(\n  "migrations"'), 'an unclosed call runs to the end');
  assert.ok(!e(''));
});

test('hostile text is scanned in linear time', () => {
  // Each of these rescanned the rest of the text from every position with the old expressions.
  assert.equal(embedsDirectory('//go:embed ' + 'go:embed '.repeat(100_000) + '\n', 'migrations'), false);
  assert.equal(embedsDirectory('include_dir!('.repeat(100_000) + ')migrations', 'migrations'), false);
  assert.equal(quotesPathSegment('"' + 'migrations/'.repeat(100_000), 'migrations'), false);
  assert.equal(quotesPathSegment('"' + 'migrations/'.repeat(100_000) + '"', 'migrations'), true);
});
