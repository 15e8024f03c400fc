// The physical floor for the benchmark: read every file prodlint discovered (the list it wrote)
// and test one regular expression. Prints {files, bytes, hits, ms, maxRssKb} as JSON.
import { readFileSync } from 'node:fs';

const list = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const started = performance.now();
let bytes = 0;
let hits = 0;
for (const f of list) {
  let text;
  try {
    text = readFileSync(f, 'utf8');
  } catch {
    continue;
  }
  bytes += Buffer.byteLength(text);
  if (/--reload\b/.test(text)) hits++;
}
process.stdout.write(JSON.stringify({ files: list.length, bytes, hits, ms: performance.now() - started, maxRssKb: process.resourceUsage().maxRSS }));
