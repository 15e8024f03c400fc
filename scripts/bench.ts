/**
 * `npm run bench`: how fast prodlint is, measured honestly against the physical floor.
 *
 * Trees: a generated deterministic monorepo (20,000 files, ~1% hazards), this machine's Python
 * standard library (site-packages excluded), and the project's node_modules. For each: files, MB,
 * wall time, files/s, MB/s, peak RSS, and the ratio to a bare Node pass that walks the same tree,
 * reads every file and tests one regex. Also a warm rerun with the cache, 1 vs 2 workers, and one
 * small file end to end (the pre-commit case). Runs the committed bundle (dist/cli.js) in child
 * processes, as users do. Prints a table and writes bench-out/bench.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { generateMonorepo } from './bench/generate.js';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const CLI = join(ROOT, 'dist/cli.js');
const OUT = join(ROOT, 'bench-out');
mkdirSync(OUT, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'prodlint-bench-'));

interface Measure {
  tree: string;
  mode: string;
  files: number;
  mb: number;
  wallMs: number;
  filesPerSec: number;
  mbPerSec: number;
  maxRssMb: number;
  floorMs: number;
  ratio: number;
  parsed?: number;
}

/** The floor over exactly the files prodlint discovers in `paths` (a discovery-only listing first). */
function floor(dir: string, paths: string[]): { files: number; bytes: number; ms: number } {
  const list = join(work, `files-${Date.now()}.txt`);
  spawnSync(process.execPath, [CLI, ...paths, '--no-cache', '--rule', 'PL000=note', '--format', 'json', '--output', join(work, 'list.json'), '--fail-on', 'none'], { cwd: dir, env: { PATH: process.env.PATH, PRODLINT_BENCH_FILES: list } });
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/bench/floor.mjs'), list], { encoding: 'utf8', cwd: ROOT });
  return JSON.parse(r.stdout);
}

function prodlint(dir: string, args: string[], env: NodeJS.ProcessEnv = {}, paths: string[] = [dir]): { wallMs: number; maxRssMb: number; stats: { filesDiscovered: number; filesLinted: number; filesParsed: number }; code: number | null } {
  const statsFile = join(work, `stats-${Date.now()}-${Math.random()}.json`);
  const started = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...paths, '--format', 'json', '--output', join(work, 'out.json'), '--fail-on', 'none', ...args], {
    encoding: 'utf8',
    cwd: dir,
    env: { PATH: process.env.PATH, PRODLINT_BENCH_STATS: statsFile, XDG_CACHE_HOME: join(work, 'cache'), ...env },
  });
  const wallMs = performance.now() - started;
  if (r.status !== 0) throw new Error(`prodlint failed on ${dir}: ${r.stderr}`);
  const s = JSON.parse(readFileSync(statsFile, 'utf8'));
  return { wallMs, maxRssMb: s.maxRssKb / 1024, stats: s.stats, code: r.status };
}

function measure(tree: string, mode: string, dir: string, paths: string[], args: string[], fl: { files: number; bytes: number; ms: number }, env?: NodeJS.ProcessEnv): Measure {
  const p = prodlint(dir, args, env, paths);
  const mb = fl.bytes / 1e6;
  return {
    tree,
    mode,
    files: p.stats.filesDiscovered,
    mb: round(mb),
    wallMs: Math.round(p.wallMs),
    filesPerSec: Math.round(p.stats.filesDiscovered / (p.wallMs / 1000)),
    mbPerSec: round(mb / (p.wallMs / 1000)),
    maxRssMb: Math.round(p.maxRssMb),
    floorMs: Math.round(fl.ms),
    ratio: round(p.wallMs / fl.ms),
    parsed: p.stats.filesParsed,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

const results: Measure[] = [];
const trees: { name: string; dir: string; paths: string[] }[] = [];

// 1. The generated monorepo.
const mono = join(work, 'monorepo');
const gen = generateMonorepo(mono, Number(process.env.BENCH_FILES ?? 20_000));
trees.push({ name: `monorepo (${gen.files} files, ${gen.hazards} hazards)`, dir: mono, paths: [mono] });

// 2. The Python standard library, without site-packages.
const stdlib = spawnSync('python3', ['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).stdout.trim();
if (stdlib) {
  // Every top-level entry but site-packages (installed third-party packages are not the stdlib).
  const entries = readdirSync(stdlib).filter((n) => n !== 'site-packages' && n !== '__pycache__').map((n) => join(stdlib, n));
  trees.push({ name: 'python stdlib', dir: stdlib, paths: entries });
}

// 3. The project's node_modules (top-level packages; nested node_modules are always skipped).
trees.push({ name: 'node_modules', dir: join(ROOT, 'node_modules'), paths: [join(ROOT, 'node_modules')] });

for (const t of trees) {
  // Warm the OS page cache once so the floor and the runs read from the same memory.
  floor(t.dir, t.paths);
  const fl = floor(t.dir, t.paths);
  results.push(measure(t.name, 'cold, 1 worker', t.dir, t.paths, ['--no-cache', '--workers', '1'], fl));
  results.push(measure(t.name, 'cold, 2 workers', t.dir, t.paths, ['--no-cache', '--workers', '2'], fl));
  const cacheHome = join(work, `cache-${results.length}`);
  prodlint(t.dir, ['--workers', '2'], { XDG_CACHE_HOME: cacheHome }, t.paths);
  results.push(measure(t.name, 'warm cache', t.dir, t.paths, ['--workers', '2'], fl, { XDG_CACHE_HOME: cacheHome }));
  if (t.dir === mono) {
    // The edit-and-rerun loop: one application file changed since the cached run.
    const edited = gen.sampleFile;
    writeFileSync(edited, readFileSync(edited, 'utf8') + '\n# edited\n');
    results.push(measure(t.name, 'warm, 1 file edited', t.dir, t.paths, ['--workers', '2'], fl, { XDG_CACHE_HOME: cacheHome }));
  }
}

// 4. One small file end to end (what a pre-commit hook pays), median of 5.
const one = join(work, 'one');
mkdirSync(join(one, '.git'), { recursive: true });
writeFileSync(join(one, 'start.sh'), '#!/bin/sh\nexec uvicorn app:app --reload\n');
const singles = Array.from({ length: 5 }, () => prodlint(one, ['--no-cache'], {}, ['start.sh']).wallMs).sort((a, b) => a - b);
const single = { wallMsMedian: Math.round(singles[2]!), maxRssMb: Math.round(prodlint(one, ['--no-cache'], {}, ['start.sh']).maxRssMb) };

const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
const report = { date: new Date().toISOString(), machine, results, singleFile: single };
writeFileSync(join(OUT, 'bench.json'), JSON.stringify(report, null, 2) + '\n');

const header = ['tree', 'mode', 'files', 'MB', 'wall ms', 'files/s', 'MB/s', 'peak RSS MB', 'floor ms', 'x floor', 'parsed'];
const rows = results.map((r) => [r.tree, r.mode, r.files, r.mb, r.wallMs, r.filesPerSec, r.mbPerSec, r.maxRssMb, r.floorMs, r.ratio, r.parsed ?? '']);
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(`\nOne small file end to end: ${single.wallMsMedian} ms wall (median of 5), ${single.maxRssMb} MB peak RSS`);
console.log(`Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memGiB} GiB, Node ${machine.node}`);
console.log(`Written: ${join(OUT, 'bench.json')}`);
