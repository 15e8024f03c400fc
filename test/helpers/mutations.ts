/**
 * Seeded mutations of texts and the fixture files they start from, for the tests that compare
 * prodlint's own readers with the libraries they stand in for (a failure names the mutation, and
 * the seed replays it).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from './hostile-tree.js';

/** Every file under `dir` whose name matches `name`, sorted. */
export function filesNamed(dir: string, name: RegExp, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) filesNamed(path, name, out);
    else if (name.test(entry)) out.push(path);
  }
  return out.sort();
}

/**
 * `count` texts, each one of `texts` with 1 to `maxEdits` edits: a piece inserted, a few
 * characters deleted, or (with `indent`) a line's indentation grown.
 */
export function* mutations(texts: readonly string[], pieces: readonly string[], opts: { seed: number; count: number; maxEdits: number; indent?: boolean }): Generator<string> {
  const random = seededRandom(opts.seed);
  const below = (n: number): number => Math.floor(random() * n);
  for (let i = 0; i < opts.count; i++) {
    let t = texts[below(texts.length)]!;
    for (let m = 1 + below(opts.maxEdits); m > 0; m--) {
      const at = below(t.length + 1);
      const op = below(opts.indent ? 3 : 2);
      if (op === 0) t = t.slice(0, at) + pieces[below(pieces.length)] + t.slice(at);
      else if (op === 1) t = t.slice(0, at) + t.slice(at + 1 + below(3));
      else {
        const lineStart = t.lastIndexOf('\n', at - 1) + 1;
        t = t.slice(0, lineStart) + ' '.repeat(1 + below(3)) + t.slice(lineStart);
      }
    }
    yield t;
  }
}
