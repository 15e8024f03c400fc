/**
 * Tree extraction alone, in process: parse (and copy out of WASM) every Python file of the stdlib
 * and every shell script of a directory, and print the time. `PRODLINT_TS_PUBLIC_CURSOR=1` uses
 * web-tree-sitter's public cursor API instead of the direct walk, for comparison.
 * `node --import tsx scripts/bench/extract.ts python|shell DIR...`
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SourceFile } from '../../src/source.js';
import { parsePython } from '../../src/parse/python.js';
import { parseShellFile } from '../../src/parse/shell.js';
import { getParser } from '../../src/parse/tree-sitter.js';

const [kind, ...dirs] = process.argv.slice(2);
const files: string[] = [];
for (const d of dirs) {
  for (const e of readdirSync(d, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const p = join(e.parentPath, e.name);
    if (kind === 'python' ? p.endsWith('.py') && !p.includes('site-packages') : true) files.push(p);
  }
}
const texts = files.map((f) => readFileSync(f, 'utf8'));
const env = {} as never;
// Once to load the grammar and warm the JIT, then timed.
for (let round = 0; round < 2; round++) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let nodes = 0;
  for (let i = 0; i < files.length; i++) {
    const source = new SourceFile(files[i]!, files[i]!, texts[i]!);
    if (kind === 'python') {
      const doc = await parsePython(source, env);
      nodes += doc.tree.root.children.length;
    } else {
      const doc = await parseShellFile(source, env);
      nodes += doc.tree.commands.length;
    }
  }
  if (round === 1) {
    const used = process.cpuUsage(cpu);
    console.log(`${kind}: ${files.length} files in ${Math.round(performance.now() - started)} ms wall, ${Math.round((used.user + used.system) / 1000)} ms CPU (${nodes} top-level items)`);
  }
}

// The parse alone (no copy), so that the copy's share is the difference.
const parser = await getParser(kind === 'python' ? 'python' : 'bash');
for (let round = 0; round < 2; round++) {
  const cpu = process.cpuUsage();
  for (const t of texts) parser.parse(t)?.delete();
  const used = process.cpuUsage(cpu);
  if (round === 1) console.log(`${kind}: parse alone ${Math.round((used.user + used.system) / 1000)} ms CPU`);
}
