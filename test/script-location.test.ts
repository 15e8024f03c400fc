import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scriptLocation } from '../src/docker/migrations.js';

test('scriptLocation reads the first script_location line of an alembic.ini', () => {
  assert.equal(scriptLocation('[alembic]\nscript_location = alembic\n'), 'alembic');
  assert.equal(scriptLocation('[alembic]\n  script_location:  db/migrations  \r\n'), 'db/migrations');
  assert.equal(scriptLocation('script_location=%(here)s/alembic'), '%(here)s/alembic');
  assert.equal(scriptLocation('a = 1\r\nscript_location = x\r\nscript_location = y\n'), 'x', 'the first one wins');
  assert.equal(scriptLocation('old\rscript_location = x'), 'x', 'a lone CR ends a line too');
  assert.equal(scriptLocation('# script_location = x\n'), undefined, 'a comment');
  assert.equal(scriptLocation('my_script_location = x\n'), undefined);
  assert.equal(scriptLocation('script_location =\nnext line\n'), undefined, 'an empty value is no value');
  assert.equal(scriptLocation(''), undefined);
});

test('a long run of blanks inside the value is read at once', () => {
  const value = 'a' + ' '.repeat(1_000_000) + 'b';
  assert.equal(scriptLocation(`[alembic]\nscript_location = ${value}   \n`), value);
  assert.equal(scriptLocation('\n'.repeat(1_000_000) + 'script_location = x'), 'x');
});
