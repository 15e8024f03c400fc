/**
 * `npm run bench`: how fast prodlint is per kind of file, against the physical floor and against
 * the established linter of that kind where one is installed.
 *
 * Corpora: the Python standard library (site-packages excluded), this machine's shell scripts
 * (found by shebang under /usr/bin, /usr/sbin, /usr/lib, /etc; at most 1000), generated compose
 * files with merge keys, generated Dockerfiles, the systemd units in /lib/systemd/system, a
 * generated mixed monorepo, and one small file. Per corpus: prodlint cold (`--no-cache`), warm
 * (cache filled by a previous run), the read floor (a Node process reading every file prodlint
 * discovered and testing one regex: the time inside it, and its whole wall time with start-up),
 * the parsers' floor where prodlint parses with libraries (a process that runs only tree-sitter,
 * `yaml`, dockerfile-ast or typescript-estree over the files prodlint parsed:
 * scripts/bench/parsers-floor.ts), ratios, and peak RSS. Peers, run on the same files when installed and reported absent
 * otherwise: ShellCheck (shell), Bandit (Python), dclint (compose), dockerfilelint (Dockerfiles);
 * the npm ones are looked for on PATH and in `$BENCH_PEERS/node_modules/.bin`.
 *
 * Also: a compose file whose merge keys are doubled must take at most twice as long (alias
 * resolution used to be quadratic), and one small file against `node -e 0`.
 *
 * Runs the built bundle (dist/cli.js, or $BENCH_CLI) in child processes, as users do; each timing
 * is the median of BENCH_REPS runs (default 3), prodlint and its peer alternating. Options:
 * `--only=shell,compose` runs some corpora. Writes bench-out/bench.json and prints a table.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { generateMonorepo } from './bench/generate.js';
import { bundleOptions } from './bundle-options.mjs';
import { composeWithMerges, gatherShellScripts, generateComposeCorpus, generateDockerfileCorpus } from './bench/corpora.js';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const CLI = resolve(process.env.BENCH_CLI ?? join(ROOT, 'dist/cli.js'));
const OUT = join(ROOT, 'bench-out');
const REPS = Math.max(1, Number(process.env.BENCH_REPS ?? 3));
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const want = (name: string) => !only || only.includes(name);
mkdirSync(OUT, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'prodlint-bench-'));

interface Run {
  ms: number;
  maxRssKb: number;
  code: number;
}

/** One command under scripts/bench/rusage.py: wall time and peak RSS of the child alone. */
function run(cmd: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync('python3', [join(ROOT, 'scripts/bench/rusage.py'), ...cmd], { encoding: 'utf8', cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
  if (r.status !== 0) throw new Error(`bench: could not run ${cmd[0]}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Run;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

function prodlintArgs(paths: string[], extra: string[]): string[] {
  return [process.execPath, CLI, ...paths, '--format', 'json', '--output', join(work, 'out.json'), '--fail-on', 'none', ...extra];
}

function prodlint(dir: string, paths: string[], extra: string[], cacheHome: string): Run {
  const r = run(prodlintArgs(paths, extra), dir, { XDG_CACHE_HOME: cacheHome });
  if (r.code !== 0) {
    const again = spawnSync(prodlintArgs(paths, extra)[0]!, prodlintArgs(paths, extra).slice(1), { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, XDG_CACHE_HOME: cacheHome } });
    throw new Error(`prodlint failed (exit ${r.code}) on ${dir}: ${again.stderr}`);
  }
  return r;
}

/**
 * The files prodlint discovers in `paths`, and those it parses with their kinds, from one cold run
 * (it writes them when PRODLINT_BENCH_FILES and PRODLINT_BENCH_PARSED are set).
 */
function discovered(dir: string, paths: string[]): { files: string[]; parsedList: string } {
  const stamp = Date.now();
  const list = join(work, `files-${stamp}.txt`);
  const parsedList = join(work, `parsed-${stamp}.txt`);
  spawnSync(process.execPath, prodlintArgs(paths, ['--no-cache']).slice(1), { cwd: dir, env: { PATH: process.env.PATH, PRODLINT_BENCH_FILES: list, PRODLINT_BENCH_PARSED: parsedList, XDG_CACHE_HOME: join(work, 'c0') } });
  return { files: existsSync(list) ? readFileSync(list, 'utf8').split('\n').filter(Boolean) : [], parsedList };
}

interface Floor {
  files: number;
  bytes: number;
  /** Reading and testing inside the process. */
  ms: number;
  /** The whole floor process, Node start-up included. */
  processMs: number;
}

function floor(listFile: string): Floor {
  const cmd = [process.execPath, join(ROOT, 'scripts/bench/floor.mjs'), listFile];
  spawnSync(cmd[0]!, cmd.slice(1)); // warm the page cache
  const inner: number[] = [];
  const outer: number[] = [];
  let last: { files: number; bytes: number } = { files: 0, bytes: 0 };
  for (let i = 0; i < REPS; i++) {
    const started = performance.now();
    const r = spawnSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8' });
    outer.push(performance.now() - started);
    const j = JSON.parse(r.stdout) as { files: number; bytes: number; ms: number };
    inner.push(j.ms);
    last = j;
  }
  return { files: last.files, bytes: last.bytes, ms: median(inner), processMs: median(outer) };
}

/**
 * The parsers' floor (scripts/bench/parsers-floor.ts): the whole process that only runs prodlint's
 * parsing libraries over the files prodlint parsed, bundled as the CLI is. Undefined when none of
 * those files is parsed by a library (systemd units: prodlint's own parser).
 */
let parsersScript: string | undefined;
function parsersFloor(parsedList: string): number | undefined {
  if (!existsSync(parsedList)) return undefined;
  if (!parsersScript) {
    // Split like the CLI: each library in its own chunk, loaded only when a file of its kind comes.
    const outdir = join(work, 'parsers-floor');
    parsersScript = join(outdir, 'parsers-floor.mjs');
    const options = { ...bundleOptions(), entryPoints: { 'parsers-floor': join(ROOT, 'scripts/bench/parsers-floor.ts') }, outdir, outExtension: { '.js': '.mjs' }, logLevel: 'error' };
    const b = spawnSync(process.execPath, ['-e', `require('esbuild').buildSync(${JSON.stringify(options)})`], { cwd: ROOT, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`bench: could not bundle parsers-floor.ts: ${b.stderr}`);
  }
  const cmd = [process.execPath, parsersScript, parsedList];
  let parsedByLibrary = 0;
  const times = Array.from({ length: REPS }, () => {
    const started = performance.now();
    const r = spawnSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8', env: { PATH: process.env.PATH, PARSERS_FLOOR_ROOT: ROOT } });
    const ms = performance.now() - started;
    if (r.status !== 0) throw new Error(`bench: parsers-floor.ts failed (exit ${r.status}): ${r.stderr}`);
    const out = JSON.parse(r.stdout) as { files: number; failed: number };
    // Most files failing means a parser that did not run, not a fast one.
    if (out.failed > out.files / 2) throw new Error(`bench: parsers-floor.ts: ${out.failed} of ${out.files} files failed to parse`);
    parsedByLibrary = out.files;
    return ms;
  });
  return parsedByLibrary > 0 ? median(times) : undefined;
}

interface Peer {
  name: string;
  /** The command for the corpus, or undefined when the tool is not installed. */
  cmd?: string[];
}

function which(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(':'), ...(process.env.BENCH_PEERS ? [join(process.env.BENCH_PEERS, 'node_modules/.bin')] : [])];
  for (const d of dirs) if (d && existsSync(join(d, name))) return join(d, name);
  return undefined;
}

interface Row {
  corpus: string;
  files: number;
  mb: number;
  floorMs: number;
  floorProcessMs: number;
  coldMs: number;
  coldRssMb: number;
  warmMs: number;
  warmRssMb: number;
  /** cold / in-process read floor. */
  xFloor: number;
  /** cold / floor process (start-up included). */
  xFloorProcess: number;
  warmOverCold: number;
  /** The parsers' floor process (undefined where prodlint parses with its own code). */
  parsersMs?: number;
  /** cold / parsers' floor process. */
  xParsers?: number;
  peer?: { name: string; absent: true } | { name: string; ms: number; rssMb: number; peerOverProdlint: number; exit: number };
  target: { xFloor: number };
}

function bench(corpus: string, dir: string, paths: string[], peer?: Peer, xFloorTarget = 5): Row {
  const { files, parsedList } = discovered(dir, paths);
  const listFile = join(work, `list-${corpus.replace(/\W+/g, '_')}.txt`);
  writeFileSync(listFile, files.join('\n'));
  const fl = floor(listFile);
  const parsersMs = parsersFloor(parsedList);
  const cold: Run[] = [];
  const peerRuns: Run[] = [];
  const cacheHome = join(work, `cache-${corpus.replace(/\W+/g, '_')}`);
  for (let i = 0; i < REPS; i++) {
    cold.push(prodlint(dir, paths, ['--no-cache'], join(work, 'nocache')));
    // A slow peer (Bandit on the stdlib takes a minute) runs once; a fast one alternates with prodlint.
    if (peer?.cmd && (i === 0 || median(peerRuns.map((r) => r.ms)) < 10_000)) peerRuns.push(run(peer.cmd, dir));
  }
  prodlint(dir, paths, [], cacheHome); // fill the cache
  const warm = Array.from({ length: REPS }, () => prodlint(dir, paths, [], cacheHome));
  const coldMs = median(cold.map((r) => r.ms));
  const warmMs = median(warm.map((r) => r.ms));
  const row: Row = {
    corpus,
    files: files.length,
    mb: round(fl.bytes / 1e6),
    floorMs: Math.round(fl.ms),
    floorProcessMs: Math.round(fl.processMs),
    coldMs: Math.round(coldMs),
    coldRssMb: Math.round(Math.max(...cold.map((r) => r.maxRssKb)) / 1024),
    warmMs: Math.round(warmMs),
    warmRssMb: Math.round(Math.max(...warm.map((r) => r.maxRssKb)) / 1024),
    xFloor: round(coldMs / fl.ms, 1),
    xFloorProcess: round(coldMs / fl.processMs, 1),
    warmOverCold: round(warmMs / coldMs),
    ...(parsersMs !== undefined ? { parsersMs: Math.round(parsersMs), xParsers: round(coldMs / parsersMs, 1) } : {}),
    target: { xFloor: xFloorTarget },
  };
  if (peer) {
    if (!peer.cmd) row.peer = { name: peer.name, absent: true };
    else {
      const ms = median(peerRuns.map((r) => r.ms));
      row.peer = { name: peer.name, ms: Math.round(ms), rssMb: Math.round(Math.max(...peerRuns.map((r) => r.maxRssKb)) / 1024), peerOverProdlint: round(ms / coldMs, 1), exit: peerRuns[0]!.code };
    }
  }
  console.error(`bench: ${corpus}: ${row.coldMs} ms cold, ${row.warmMs} ms warm, floor ${row.floorMs}/${row.floorProcessMs} ms${row.parsersMs !== undefined ? `, parsers alone ${row.parsersMs} ms` : ''}${row.peer && 'ms' in row.peer ? `, ${row.peer.name} ${row.peer.ms} ms` : ''}`);
  return row;
}

const rows: Row[] = [];
const filesIn = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();

// Python standard library, without site-packages.
if (want('python')) {
  // The system's standard library (/usr/lib/python3.N), which the system Bandit reads too; the
  // `python3` on PATH can be another installation (pyenv) with a larger tree.
  const system = existsSync('/usr/lib') ? readdirSync('/usr/lib').filter((n) => /^python3\.\d+$/.test(n)).sort((a, b) => Number(b.slice(8)) - Number(a.slice(8)))[0] : undefined;
  const stdlib = system ? join('/usr/lib', system) : spawnSync('python3', ['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).stdout?.trim();
  if (stdlib && existsSync(stdlib)) {
    const entries = readdirSync(stdlib).filter((n) => n !== 'site-packages' && n !== 'dist-packages' && n !== '__pycache__').map((n) => join(stdlib, n));
    const bandit = which('bandit');
    rows.push(bench('Python stdlib', stdlib, entries, { name: 'Bandit', cmd: bandit ? [bandit, '-q', '-r', ...entries, '-f', 'txt'] : undefined }));
  }
}

// System shell scripts, copied so every tool reads the same files.
if (want('shell')) {
  const dir = join(work, 'shell');
  gatherShellScripts(dir, ['/usr/bin', '/usr/sbin', '/usr/lib', '/etc']);
  const shellcheck = which('shellcheck');
  rows.push(bench('shell scripts (system)', dir, [dir], { name: 'ShellCheck', cmd: shellcheck ? [shellcheck, '-f', 'gcc', ...filesIn(dir)] : undefined }));
}

// Compose files with merge keys.
if (want('compose')) {
  const dir = join(work, 'compose');
  generateComposeCorpus(dir);
  const dclint = which('dclint');
  rows.push(bench('compose (merge keys, generated)', dir, [dir], { name: 'dclint', cmd: dclint ? [dclint, ...filesIn(dir), '-f', 'json', '--color=false'] : undefined }, 3));
}

// Dockerfiles.
if (want('dockerfile')) {
  const dir = join(work, 'dockerfiles');
  generateDockerfileCorpus(dir);
  const dfl = which('dockerfilelint');
  rows.push(bench('Dockerfiles (generated)', dir, [dir], { name: 'dockerfilelint', cmd: dfl ? [dfl, ...filesIn(dir), '-j'] : undefined }));
}

// systemd units.
if (want('systemd') && existsSync('/lib/systemd/system')) rows.push(bench('systemd units (/lib/systemd/system)', '/lib/systemd/system', ['/lib/systemd/system'], undefined, 3));

// One mixed repository: the generated monorepo.
let monorepo: { files: number; hazards: number } | undefined;
if (want('monorepo')) {
  const dir = join(work, 'monorepo');
  monorepo = generateMonorepo(dir, Number(process.env.BENCH_FILES ?? 20_000));
  rows.push(bench(`mixed monorepo (generated, ${monorepo.hazards} hazards)`, dir, [dir]));
}

// Doubling the merge keys of one compose file at most doubles its time: time above an empty
// compose run, so start-up does not hide a superlinear cost.
let merges: { mergeKeys: number; ms: number }[] | undefined;
let mergeRatio: number | undefined;
if (want('merges')) {
  const dir = join(work, 'merges');
  mkdirSync(dir, { recursive: true });
  const sizes = [0, 400, 800];
  for (const n of sizes) {
    mkdirSync(join(dir, `s${n}`), { recursive: true });
    writeFileSync(join(dir, `s${n}`, 'compose.yaml'), composeWithMerges(n));
  }
  const times = sizes.map((n) => median(Array.from({ length: Math.max(REPS, 5) }, () => prodlint(dir, [`s${n}/compose.yaml`], ['--no-cache'], join(work, 'nocache')).ms)));
  merges = sizes.slice(1).map((n, i) => ({ mergeKeys: n * 2, ms: Math.round(times[i + 1]! - times[0]!) }));
  mergeRatio = round(merges[1]!.ms / Math.max(1, merges[0]!.ms));
  console.error(`bench: merges: ${merges.map((m) => `${m.mergeKeys} merge keys ${m.ms} ms`).join(', ')} above an empty file; ratio ${mergeRatio}`);
}

// One small file end to end (what a pre-commit hook pays) against `node -e 0`.
let single: { ms: number; rssMb: number; nodeMs: number; xNode: number; parsersMs: number } | undefined;
if (want('single')) {
  const one = join(work, 'one');
  mkdirSync(join(one, '.git'), { recursive: true });
  writeFileSync(join(one, 'start.sh'), '#!/bin/sh\nexec uvicorn app:app --reload\n');
  const p: Run[] = [];
  const n: Run[] = [];
  for (let i = 0; i < Math.max(7, REPS); i++) {
    p.push(prodlint(one, ['start.sh'], ['--no-cache'], join(work, 'nocache')));
    n.push(run([process.execPath, '-e', '0'], one));
  }
  const ms = median(p.map((r) => r.ms));
  const nodeMs = median(n.map((r) => r.ms));
  // What the shell parser alone costs a process for this one file (load, instantiate, one parse).
  const listFile = join(work, 'parsed-one.txt');
  writeFileSync(listFile, `shell\t${join(one, 'start.sh')}`);
  const parsersMs = parsersFloor(listFile)!;
  single = { ms: Math.round(ms), rssMb: Math.round(Math.max(...p.map((r) => r.maxRssKb)) / 1024), nodeMs: Math.round(nodeMs), xNode: round(ms / nodeMs, 1), parsersMs: Math.round(parsersMs) };
}

rmSync(work, { recursive: true, force: true });
const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadavg: loadavg().map((l) => round(l)) };
const report = { date: new Date().toISOString(), machine, reps: REPS, rows, merges: merges && { runs: merges, ratio: mergeRatio, target: 2 }, singleFile: single };
writeFileSync(join(OUT, 'bench.json'), JSON.stringify(report, null, 2) + '\n');

const header = ['corpus', 'files', 'MB', 'read floor ms', 'floor process ms', 'parsers alone ms', 'cold ms', 'x floor', 'x floor process', 'x parsers alone', 'warm ms', 'warm/cold', 'peak RSS MB', 'peer', 'peer ms', 'peer / prodlint'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const r of rows) {
  const peer = !r.peer ? ['', '', ''] : 'absent' in r.peer ? [r.peer.name, 'absent', ''] : [r.peer.name, r.peer.ms, `${r.peer.peerOverProdlint}x`];
  console.log(`| ${[r.corpus, r.files, r.mb, r.floorMs, r.floorProcessMs, r.parsersMs ?? '', r.coldMs, r.xFloor, r.xFloorProcess, r.xParsers ?? '', r.warmMs, r.warmOverCold, r.coldRssMb, ...peer].join(' | ')} |`);
}
if (merges) console.log(`\nMerge keys doubled (${merges[0]!.mergeKeys} -> ${merges[1]!.mergeKeys}): ${merges[0]!.ms} -> ${merges[1]!.ms} ms above an empty compose run, ratio ${mergeRatio} (target <= 2)${mergeRatio! <= 2 ? '' : '  NOT MET'}`);
if (single) console.log(`One small file end to end: ${single.ms} ms (node -e 0: ${single.nodeMs} ms, ${single.xNode}x; the shell parser alone in a process: ${single.parsersMs} ms), ${single.rssMb} MB peak RSS`);
console.log(`Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memGiB} GiB, Node ${machine.node}, load average ${machine.loadavg.join(' ')} at the end`);
console.log(`Medians of ${REPS}. Written: ${join(OUT, 'bench.json')}`);
