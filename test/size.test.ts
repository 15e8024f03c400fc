import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseSize } from '../src/config/size.js';

/** The expression parseSize matched before trimming (the oracle). */
function oldUnit(value: string): [string, string] | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  return m ? [m[1]!, m[2]!] : undefined;
}

test('parseSize reads what it read before on any mix of digits, units and blanks', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('1', '0', '5', '.', ' ', '\t', '\n', '\u00a0', 'k', 'K', 'i', 'b', 'B', 'M', 'g', '!', 'x'), { maxLength: 12 }), (parts) => {
      const value = parts.join('');
      // The size the old captures give, by the documented units.
      const before = oldUnit(value);
      const factors: Record<string, number> = { '': 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };
      const factor = before ? factors[before[1].toLowerCase()] : undefined;
      const bytes = before && factor !== undefined ? Math.floor(Number(before[0]) * factor) : undefined;
      const expected = bytes !== undefined && Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
      assert.equal(parseSize(value), expected, JSON.stringify(value));
    }),
    { seed: 20_261_122, numRuns: 3000 },
  );
});

test('blanks around the value and between number and unit are fine; a long run of them is quick', () => {
  assert.equal(parseSize('  2 MiB \n'), 2 * 1024 ** 2);
  assert.equal(parseSize('1' + ' '.repeat(1_000_000) + 'kb'), 1000);
  assert.equal(parseSize('1' + ' '.repeat(1_000_000) + '!'), undefined);
  assert.equal(parseSize(' '.repeat(1_000_000)), undefined);
  assert.equal(parseSize(''), undefined);
});
