#!/usr/bin/env node
/**
 * The `prodlint` command. Exit codes: 0 nothing at or above `--fail-on`, 1 findings at or above
 * it, 2 usage, configuration or internal error (one line on stderr saying what is wrong).
 */
import { parseArgs } from 'node:util';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { allRules } from '../rules/index.js';
import { applyBaseline, BASELINE_FILE, baselineSize, pruneBaseline, readBaseline, rewriteBaseline, serializeBaseline, type BaselineScope } from './baseline.js';
import { runScope } from './run-scope.js';
import { changedSince, filterToChanges } from './changed.js';
import { CONFIG_FILE_NAMES, ConfigError, defaultConfig, parseRuleFlag } from './config.js';
import { findRoot, MissingPathError } from './discover.js';
import { initConfig } from './init.js';
import { run, VERSION } from './engine.js';
import { formatResult, isFormatName, FORMATS, type FormatName } from './format/index.js';
import { formatStepSummary, summaryLinksFromEnv } from './format/github.js';
import { OutputError, outputPathProblem, writeFileAtomic } from './output.js';
import { NUMBER_WANTED, parseArgsMessage } from './cli-args.js';
import { emptyPathMessage, emptyPaths } from './empty-paths.js';
import { selectorProblem, type Selection } from './select.js';
import { rulesNamed } from './rule-names.js';
import { formatSarif } from './format/sarif.js';
import { mergeSarif, MergeError } from './merge.js';
import { parseShard, type Shard } from './shard.js';
import { cacheDir } from './cache.js';
import { renderRuleText } from './docs.js';
import { loadSettings } from './settings.js';
import { SEVERITY_RANK, type Finding, type Severity } from './types.js';
import { parseSize } from './config/size.js';
import { colorEnabled, textWidth } from './color.js';
import { progressReporter } from './progress.js';
import { formatStatistics } from './statistics.js';
import { StdinUsageError, withStdin } from './stdin.js';
import { explainPaths, explanationText } from './explain-file.js';

const HELP = `prodlint ${VERSION} — catch production hazards before they ship

Usage:
  prodlint [paths...] [options]     lint files and directories (default: .)
  prodlint explain <RULE>           print a rule's documentation
  prodlint rules [-f json|sarif]    list the rules
  prodlint baseline [paths...]      accept today's findings: write .prodlint-baseline.json
  prodlint baseline --prune         drop baseline entries that no longer match a finding
  prodlint init [--force]           write a commented starter .prodlint.yaml for this repository
  prodlint merge <a.sarif>... [-o f] join the SARIF files of --shard runs into one run

Options:
  -f, --format <name>        text (default), concise, json, sarif or github; repeatable
  -o, --output <file>        write the matching --format to a file (in order); default stdout
      --fail-on <level>      error (default), warning, note or none: the lowest severity that exits 1
  -c, --config <file>        one configuration file for every file (default: the nearest .prodlint.yaml above each file)
      --rule <ID=level>      set a rule (id, any case, or name) to off, note, warning or error; repeatable
      --select <list>        run only these rules: ids, prefixes (SH, PY0), names or ALL; comma-separated
      --ignore <list>        do not run these rules (same selectors); --rule wins over both
      --max-file-size <size> skip larger files (default 1MiB; e.g. 512KiB, 2MB)
      --ignore-unknown       silently skip named files of no known kind (pre-commit file lists)
      --no-inline-suppressions  ignore prodlint-disable comments and peer pragmas (audits)
      --baseline <file>      leave out findings accepted in this baseline (and, with the baseline
                             command, the file to write; default .prodlint-baseline.json)
      --changed-since <ref>  report only findings on lines changed since the merge base of <ref>
                             and HEAD (working tree included), plus absence findings of changed files
      --prune                with baseline: remove stale entries instead of rewriting the file
      --force                with init: overwrite an existing configuration
      --workers <n|auto>     worker threads for Python/TypeScript analysis (default auto: up to 4)
      --no-cache             do not read or write the result cache ($XDG_CACHE_HOME/prodlint)
      --shard <i/n>          report only shard i of n (CI matrices); join with prodlint merge
      --file-timeout <ms>    give up on a file after this long (default 5000)
  -q, --quiet                print only findings at or above --fail-on (errors with --fail-on none)
      --statistics           print finding counts per rule instead of the text/concise output
      --stdin-filename <path>  with "-" as the path: lint standard input as the file <path>
      --explain-file <path>  print the file's kind and environment and what decided them (with -f json:
                             as JSON); lints nothing; repeatable
      --color / --no-color   force colour on or off (default: on for a TTY; FORCE_COLOR beats NO_COLOR)
  -v, --version              print the version
  -h, --help                 print this help

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage or config error.
Docs: https://github.com/prodlint/prodlint#readme`;

class UsageError extends Error {}

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Read for `-` with --stdin-filename (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

export async function main(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }): Promise<number> {
  try {
    return await mainInner(argv, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError || err instanceof MissingPathError || err instanceof OutputError || err instanceof StdinUsageError) {
      io.stderr.write(`prodlint: ${err.message.split('\n')[0]}\n`);
      return 2;
    }
    io.stderr.write(`prodlint: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    return 2;
  }
}

async function mainInner(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  const options = {
        format: { type: 'string', short: 'f', multiple: true },
        output: { type: 'string', short: 'o', multiple: true },
        'fail-on': { type: 'string' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true },
        select: { type: 'string', multiple: true },
        ignore: { type: 'string', multiple: true },
        'max-file-size': { type: 'string' },
        'ignore-unknown': { type: 'boolean' },
        'no-inline-suppressions': { type: 'boolean' },
        baseline: { type: 'string' },
        'changed-since': { type: 'string' },
        prune: { type: 'boolean' },
        force: { type: 'boolean' },
        workers: { type: 'string' },
        'no-cache': { type: 'boolean' },
        shard: { type: 'string' },
        'file-timeout': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        statistics: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        'explain-file': { type: 'string', multiple: true },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
  } as const;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (err) {
    throw new UsageError(parseArgsMessage(err, argv, Object.keys(options)));
  }
  const { values, positionals } = parsed;
  // `prodlint help` is `--help` (a directory named help is `./help`).
  if (values.help || positionals[0] === 'help') {
    io.stdout.write(HELP + '\n');
    return 0;
  }
  if (values.version) {
    io.stdout.write(VERSION + '\n');
    return 0;
  }
  const formats = (values.format ?? ['text']).map((f) => {
    if (!isFormatName(f)) throw new UsageError(`unknown --format "${f}" (expected ${FORMATS.join(', ')})`);
    return f;
  });
  const outputs = values.output ?? [];
  if (outputs.length > formats.length) throw new UsageError('more --output than --format options: give each --output its --format');
  const toStdout = formats.slice(outputs.length);
  if (toStdout.length > 1) throw new UsageError(`${toStdout.join(' and ')} would both go to standard output: give all but one of them an --output file (--output pairs with --format in order)`);
  outputs.forEach((o) => {
    const problem = outputPathProblem(resolve(io.cwd, o), o);
    if (problem) throw new UsageError(problem);
  });

  const [command, ...rest] = positionals;
  if (command === 'explain') return explain(rest, io);
  if (command === 'rules') return listRules(formats[0] ?? 'text', io, outputs[0]);
  if (command === 'init') return init(rest, values.force ?? false, io);
  if (command === 'merge') return merge(rest, outputs[0], io);
  const writingBaseline = command === 'baseline';
  const stdinName = values['stdin-filename'];
  const paths = await withStdin(writingBaseline ? rest : positionals, stdinName, io.cwd, io.stdin ?? process.stdin);
  if (values.prune && !writingBaseline) throw new UsageError('--prune only goes with the baseline command: prodlint baseline --prune');
  if (values.force) throw new UsageError('--force only goes with the init command: prodlint init --force');
  if (writingBaseline && values['changed-since'] !== undefined) throw new UsageError('a baseline records the whole tree: drop --changed-since');

  const failOn = values['fail-on'] ?? 'error';
  if (!['error', 'warning', 'note', 'none'].includes(failOn)) throw new UsageError(`unknown --fail-on "${failOn}" (expected error, warning, note or none)`);
  let maxFileSize: number | undefined;
  if (values['max-file-size'] !== undefined) {
    maxFileSize = parseSize(values['max-file-size']);
    if (maxFileSize === undefined) throw new UsageError(`invalid --max-file-size "${values['max-file-size']}" (e.g. 1048576, 512KiB, 2MB)`);
  }
  const cliRules = (values.rule ?? []).flatMap((r) => parseRuleFlag(r, allRules));
  // Git problems (shallow clone, unknown ref) stop the run before any linting.
  let changes;
  if (values['changed-since'] !== undefined) {
    const c = changedSince(values['changed-since'], io.cwd);
    if ('error' in c) throw new UsageError(c.error);
    changes = c.changes;
  }
  let baseline;
  const baselineName = values.baseline;
  if (baselineName !== undefined && !writingBaseline) {
    const b = readBaseline(resolve(io.cwd, baselineName), baselineName);
    if ('error' in b) throw new UsageError(b.error);
    baseline = b.baseline;
  }
  const { settings, tree } = loadSettings({
    // --explain-file alone: the repository is the one around the files it names.
    paths: values['explain-file'] && paths.length === 0 ? values['explain-file'] : paths,
    cwd: io.cwd,
    rules: allRules,
    ...(values.config ? { configPath: values.config } : {}),
    cliRules,
    ...cliSelection(values.select, values.ignore),
    ...(maxFileSize !== undefined ? { maxFileSize } : {}),
    inlineSuppressions: !values['no-inline-suppressions'],
    ignoreUnknown: values['ignore-unknown'] ?? false,
    workers: workerCount(values.workers),
    ...(values.shard !== undefined ? { shard: shardOf(values.shard) } : {}),
    ...(values['file-timeout'] !== undefined ? { fileTimeoutMs: positiveInt(values['file-timeout'], '--file-timeout') } : {}),
    ...(!values['no-cache'] && stdinName === undefined && cacheDir(io.env) ? { cacheDir: cacheDir(io.env)! } : {}),
  });
  if (values['explain-file']) {
    const explained = await explainPaths(values['explain-file'], settings, settings.root!, io.cwd);
    io.stdout.write(formats[0] === 'json' ? `${JSON.stringify(explained, null, 2)}\n` : explained.map(explanationText).join(''));
    return 0;
  }
  // Progress only where someone watches: a terminal, not CI, not --quiet (src/progress.ts).
  if ((io.stderr as { isTTY?: boolean }).isTTY && !io.env.CI && !values.quiet) settings.onProgress = progressReporter(io.stderr);
  if (io.env.PRODLINT_BENCH_FILES) settings.onDiscovered = (paths) => writeFileAtomic(io.env.PRODLINT_BENCH_FILES!, paths.join('\n'));
  if (io.env.PRODLINT_BENCH_PARSED) settings.onParsed = (files) => writeFileAtomic(io.env.PRODLINT_BENCH_PARSED!, files.map(([kind, abs]) => `${kind}\t${abs}`).join('\n'));
  let result = await run(settings);
  for (const w of tree.warnings) io.stderr.write(`prodlint: warning: ${w}\n`);
  // For `npm run bench`: peak memory and stage counts of this process, written where asked.
  if (io.env.PRODLINT_BENCH_STATS) writeFileAtomic(io.env.PRODLINT_BENCH_STATS, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, stats: result.stats }));
  const scope = runScope(result, paths, io.cwd, values.shard !== undefined);
  if (writingBaseline) return writeBaseline(result.findings, scope, result.root, baselineName, values.prune ?? false, io);
  if (baseline) result = applyBaseline(result, baseline, baselineName!, scope);
  if (changes) {
    const fileLevel = new Set(allRules.filter((r) => r.anchor === 'owner').map((r) => r.id));
    // Parse failures and rule crashes are about the whole file, like absence findings.
    fileLevel.add('PL000');
    fileLevel.add('PL001');
    result = filterToChanges(result, changes, (id) => fileLevel.has(id));
  }

  const empty = values.shard === undefined ? emptyPaths(paths, io.cwd, result.root, [...(result.linted ?? []), ...result.notices.filter((n) => n.id.startsWith('skipped-') && n.path).map((n) => n.path!)], values['ignore-unknown'] ?? false) : [];
  const given = paths.length ? paths : ['.'];
  if (empty.length === given.length) throw new UsageError(given.length === 1 ? emptyPathMessage(resolve(io.cwd, given[0]!), given[0]!) : `nothing to lint: no file of a kind prodlint lints in ${given.join(', ')}`);
  // An explicit file of no known kind already has its notice in the output.
  for (const p of empty) if (!result.notices.some((n) => n.id === 'unknown-kind' && resolve(result.root, n.path ?? '') === resolve(io.cwd, p))) io.stderr.write(`prodlint: warning: ${emptyPathMessage(resolve(io.cwd, p), p)}\n`);
  const threshold = failOn === 'none' ? Infinity : SEVERITY_RANK[failOn as Severity];
  // Quiet keeps what fails the run; with --fail-on none (nothing fails) it keeps errors.
  if (values.quiet) result.findings = result.findings.filter((f) => SEVERITY_RANK[f.severity] >= (failOn === 'none' ? SEVERITY_RANK.error : threshold));
  const color = colorEnabled(values['no-color'] ? false : values.color ? true : undefined, Boolean(io.stdout.isTTY), io.env);
  const width = textWidth(io.stdout as { isTTY?: boolean; columns?: number }, io.env);
  formats.forEach((format: FormatName, i) => {
    const human = !outputs[i] && (format === 'text' || format === 'concise');
    const out = values.statistics && human ? formatStatistics(result) : formatResult(format, result, { color: outputs[i] ? false : color, ...(outputs[i] || width === undefined ? {} : { width }) });
    if (outputs[i]) writeFileAtomic(resolve(io.cwd, outputs[i]!), out, outputs[i]);
    else io.stdout.write(out);
    if (format === 'github' && io.env.GITHUB_STEP_SUMMARY) appendFileSync(io.env.GITHUB_STEP_SUMMARY, formatStepSummary(result, { links: summaryLinksFromEnv(io.env) }));
  });
  return result.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
}

/**
 * `prodlint baseline [--prune]`: write (or prune) the baseline from this run's findings. A run over
 * part of the tree only rewrites the entries of the files it linted (see baseline.ts).
 */
function writeBaseline(findings: Finding[], scope: BaselineScope, root: string, name: string | undefined, prune: boolean, io: CliIo): number {
  const path = name !== undefined ? resolve(io.cwd, name) : join(root, BASELINE_FILE);
  const shown = name ?? (relative(io.cwd, path) || BASELINE_FILE);
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const outside = scope ? `; entries of files outside this run kept` : '';
  if (prune) {
    const existing = readBaseline(path, shown);
    if ('error' in existing) throw new UsageError(existing.error);
    const { baseline, removed } = pruneBaseline(existing.baseline, findings, scope);
    writeFileAtomic(path, serializeBaseline(baseline), shown);
    const kept = baselineSize(baseline);
    io.stdout.write(`prodlint: pruned ${plural(removed, 'stale entry', 'stale entries')} from ${shown}; ${plural(kept, 'accepted finding remains', 'accepted findings remain')}${outside}\n`);
    return 0;
  }
  let existing;
  if (scope && existsSync(path)) {
    const read = readBaseline(path, shown);
    // A partial run must merge into the file: one it cannot read is not silently replaced.
    if ('error' in read) throw new UsageError(`${read.error}; not overwritten by a run over part of the tree (run prodlint baseline on the whole repository to replace it)`);
    existing = read.baseline;
  }
  const { baseline, kept } = rewriteBaseline(existing, findings, scope);
  writeFileAtomic(path, serializeBaseline(baseline), shown);
  const count = baselineSize(baseline) - kept;
  const also = kept > 0 ? ` (and keeping ${kept} of files outside this run)` : '';
  io.stdout.write(`prodlint: wrote ${shown} accepting ${plural(count, 'finding', 'findings')}${also}; lint with --baseline ${shown} to report only new ones\n`);
  return 0;
}

/** `prodlint init`: a commented starter configuration at the repository root. */
async function init(args: string[], force: boolean, io: CliIo): Promise<number> {
  if (args.length > 0) throw new UsageError(`init takes no paths (it surveys the whole repository), got "${args[0]}"`);
  const root = findRoot(io.cwd);
  const existing = CONFIG_FILE_NAMES.map((n) => join(root, n)).find((p) => existsSync(p));
  if (existing && !force) throw new UsageError(`${relative(io.cwd, existing) || existing} already exists; edit it, or use prodlint init --force to replace it`);
  const target = existing ?? join(root, CONFIG_FILE_NAMES[0]);
  // A run with the defaults says which directories produce most findings (proposed as dev-paths).
  const { settings } = loadSettings({ paths: [root], cwd: root, root, rules: allRules, config: defaultConfig(), workers: 1 });
  const { findings } = await run(settings);
  writeFileAtomic(target, await initConfig(root, allRules, findings), relative(io.cwd, target) || target);
  io.stdout.write(`prodlint: wrote ${relative(io.cwd, target) || target}\n`);
  return 0;
}

/** `--select SH,DC001` / `--ignore PY0`: comma-separated and repeatable, each matching a rule. */
function cliSelection(select: string[] | undefined, ignore: string[] | undefined): { cliSelection?: Selection } {
  const split = (flag: string, values: string[] | undefined) =>
    values?.flatMap((v) => v.split(',').map((x) => x.trim()).filter((x) => x !== '')).map((x) => {
      const problem = selectorProblem(x, allRules);
      if (problem) throw new UsageError(`--${flag} ${problem}`);
      return x;
    });
  const s = split('select', select);
  const i = split('ignore', ignore);
  if (!s && !i) return {};
  return { cliSelection: { ...(s ? { select: s } : {}), ...(i ? { ignore: i } : {}) } };
}

function workerCount(text: string | undefined): number {
  if (text === undefined || text === 'auto') return Math.max(1, Math.min(4, availableParallelism()));
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`--workers needs ${NUMBER_WANTED.workers}, got "${text}"`);
  return Number(text);
}

function positiveInt(text: string, flag: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`${flag} needs a positive whole number, got "${text}"`);
  return Number(text);
}

function shardOf(text: string): Shard {
  const shard = parseShard(text);
  if (!shard) throw new UsageError(`--shard needs i/n with 1 <= i <= n, e.g. 2/4; got "${text}"`);
  return shard;
}

function merge(files: string[], output: string | undefined, io: CliIo): number {
  if (files.length === 0) throw new UsageError('merge needs SARIF files: prodlint merge a.sarif b.sarif [-o merged.sarif]');
  const texts = files.map((f) => {
    try {
      return { name: f, text: readFileSync(resolve(io.cwd, f), 'utf8') };
    } catch {
      throw new UsageError(`cannot read ${f}`);
    }
  });
  let merged: string;
  try {
    merged = mergeSarif(texts);
  } catch (err) {
    if (err instanceof MergeError) throw new UsageError(err.message);
    throw err;
  }
  if (output) writeFileAtomic(resolve(io.cwd, output), merged, output);
  else io.stdout.write(merged);
  return 0;
}

function explain(ids: string[], io: { stdout: NodeJS.WritableStream }): number {
  const id = ids[0];
  if (!id) throw new UsageError('explain needs a rule id or name, e.g. prodlint explain SH001');
  // A name shared by several rules (runs-as-root: DF003 and SD004) explains each of them.
  const named = rulesNamed(id, allRules);
  if (named.length === 0) throw new UsageError(`unknown rule "${id}" (prodlint rules lists them)`);
  io.stdout.write(named.map((rule) => renderRuleText(rule) + '\n').join('\n'));
  return 0;
}

function listRules(format: FormatName, io: CliIo, output: string | undefined): number {
  let text: string;
  if (format === 'github') throw new UsageError('prodlint rules lists rules as text, json or sarif; github annotations are for findings');
  if (format === 'sarif') {
    // The rules as a SARIF tool.driver.rules array, in a run with no results (a rules catalogue).
    text = formatSarif({ toolVersion: VERSION, root: io.cwd, findings: [], rules: allRules, notices: [], sources: new Map(), stats: { filesDiscovered: 0, filesLinted: 0, filesParsed: 0, durationMs: 0, suppressed: 0, baselined: 0 } });
  } else if (format === 'json') {
    const list = allRules.map((r) => ({ id: r.id, name: r.name, severity: r.severity, category: r.category, kinds: r.kinds, productionOnly: r.productionOnly, summary: r.docs.summary }));
    text = JSON.stringify(list, null, 2) + '\n';
  } else {
    text = allRules.map((r) => `${r.id}  ${r.name.padEnd(38)} ${r.severity.padEnd(8)} ${r.kinds.length === 8 ? 'all kinds' : r.kinds.join(', ')}\n`).join('');
  }
  if (output) writeFileAtomic(resolve(io.cwd, output), text, output);
  else io.stdout.write(text);
  return 0;
}

const isMain = process.argv[1] && /(^|[\\/])(cli\.(ts|js)|prodlint)$/.test(process.argv[1]);
if (isMain) {
  // `prodlint … | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
