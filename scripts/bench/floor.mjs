// The physical floor for the benchmark: walk the same tree the same way prodlint's discovery does
// (globby, .gitignore honoured, the same always-ignored directories), read every file and test one
// regular expression. Prints {files, bytes, ms, maxRssKb} as JSON.
import { readFileSync } from 'node:fs';
import { globby } from 'globby';

const dir = process.argv[2];
const started = performance.now();
const files = await globby('**/*', {
  cwd: dir,
  absolute: true,
  dot: true,
  onlyFiles: true,
  followSymbolicLinks: false,
  gitignore: true,
  ignoreFiles: ['**/.prodlintignore'],
  ignore: ['**/node_modules/**', '**/.git/**', '**/.hg/**', '**/.svn/**', '**/__pycache__/**', '**/.venv/**', '**/.tox/**', ...(process.argv[3] ? [process.argv[3]] : [])],
  suppressErrors: true,
});
let bytes = 0;
let hits = 0;
for (const f of files) {
  let text;
  try {
    text = readFileSync(f, 'utf8');
  } catch {
    continue;
  }
  bytes += Buffer.byteLength(text);
  if (/--reload\b/.test(text)) hits++;
}
process.stdout.write(JSON.stringify({ files: files.length, bytes, hits, ms: performance.now() - started, maxRssKb: process.resourceUsage().maxRSS }));
