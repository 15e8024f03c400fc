import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { trimTrailingSlashes } from '../src/paths.js';

test('trimTrailingSlashes drops every trailing / and nothing else', () => {
  assert.equal(trimTrailingSlashes(''), '');
  assert.equal(trimTrailingSlashes('/'), '');
  assert.equal(trimTrailingSlashes('////'), '');
  assert.equal(trimTrailingSlashes('a'), 'a');
  assert.equal(trimTrailingSlashes('a/'), 'a');
  assert.equal(trimTrailingSlashes('/var/run/docker.sock//'), '/var/run/docker.sock');
  assert.equal(trimTrailingSlashes('a//b'), 'a//b', 'inner runs stay');
  assert.equal(trimTrailingSlashes('/'.repeat(1_000_000) + 'x').length, 1_000_001);
});

test('trimTrailingSlashes agrees with /\\/+$/ on any string', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('/', 'a', '.', ' ', '\n'), { maxLength: 20 }), (parts) => {
      const s = parts.join('');
      assert.equal(trimTrailingSlashes(s), s.replace(/\/+$/, ''));
    }),
    { seed: 20_261_122, numRuns: 2000 },
  );
});
