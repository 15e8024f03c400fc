/**
 * Regular-expression audit (issue 11): no expression in `src/` or `rules/` may backtrack
 * catastrophically on file content.
 *
 * Every regular-expression literal is found with the TypeScript parser, so an expression added
 * tomorrow is audited without anyone editing this file. For each one, adversarial inputs are
 * derived from the expression itself: for every quantifier, the text that reaches it (a sample of
 * everything before it), then a long run of each character the quantified part can match, then an
 * ending that makes the match fail — the shape that makes `X+Y`, `(.+?)\s*$` or `(a|a)*` backtrack
 * over every split of the run. Generic long runs (`' '`, `'a'`, `'-'`, `'{'`, `'\\'`...) and the
 * long lines of the hostile tree are tried too. Expressions built at run time (`new RegExp`) cannot
 * be derived this way: each construction site is listed in DYNAMIC with the worst input its
 * source can supply, and an unlisted site fails the test.
 *
 * The expressions run in child processes (V8 cannot interrupt a running match); a child that
 * spends more than GUARD.cpuMs of CPU time on one expression is killed and the expression reported
 * with the input that hung it. A linear expression needs well under a second for all its inputs; a
 * quadratic one needs minutes on runs of RUN characters. CPU time, not wall time, so a loaded
 * machine does not turn a slow linear expression into a false alarm.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { pathologicalFiles, REPO_ROOT } from './helpers/hostile-tree.js';
import { CpuWatchdog, type WatchdogLimits } from './helpers/cpu-watchdog.js';
import { expandedForms, MAX_GLOB_LENGTH } from '../src/config/glob.js';
import { formExpressions } from '../src/config/glob-match.js';
import { DEFAULT_DEV_PATHS } from '../src/config/defaults.js';
import { allRules } from '../rules/index.js';

const ROOT = REPO_ROOT;
/** Length of each adversarial run: quadratic work on it takes minutes, linear work milliseconds. */
const RUN = 100_000;
/**
 * CPU time one expression may take for all its inputs (the slowest linear one takes about 0.7 s),
 * and a wall-clock backstop for a child that stops without using CPU (or where /proc is missing).
 */
// The wall limit is only a backstop (a loaded machine stretches wall time, not CPU time).
const GUARD: WatchdogLimits = { cpuMs: 3_000, wallMs: 300_000 };

// ---------------------------------------------------------------------------------------------
// Finding the expressions.

interface Site {
  file: string;
  line: number;
  /** Literal: `/source/flags` as written. Dynamic: the `new RegExp(...)` expression. */
  text: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

function findSites(): { literals: Site[]; dynamic: Site[] } {
  const literals: Site[] = [];
  const dynamic: Site[] = [];
  for (const abs of [...tsFiles(join(ROOT, 'src')), ...tsFiles(join(ROOT, 'rules'))]) {
    const file = relative(ROOT, abs).split('\\').join('/');
    const sf = ts.createSourceFile(abs, readFileSync(abs, 'utf8'), ts.ScriptTarget.Latest, true);
    const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) literals.push({ file, line: lineOf(node), text: node.getText(sf) });
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        dynamic.push({ file, line: lineOf(node), text: node.getText(sf) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, dynamic };
}

function splitLiteral(text: string): { source: string; flags: string } {
  const slash = text.lastIndexOf('/');
  return { source: text.slice(1, slash), flags: text.slice(slash + 1) };
}

// ---------------------------------------------------------------------------------------------
// A small parser for JavaScript regular expressions, enough to find every quantifier and what
// leads to it. It never needs to be exact: a wrong guess only makes an input less adversarial, and
// the generic runs still apply.

type RNode =
  | { t: 'seq'; items: RNode[] }
  | { t: 'alt'; alts: RNode[] }
  | { t: 'group'; body: RNode; zeroWidth: boolean }
  | { t: 'quant'; item: RNode; min: number; max: number }
  | { t: 'atom'; src: string; lit?: string }
  | { t: 'zero' };

class RegexParser {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly unicode: boolean,
  ) {}

  parse(): RNode {
    const n = this.alt();
    return n;
  }

  private alt(): RNode {
    const alts = [this.seq()];
    while (this.s[this.i] === '|') {
      this.i++;
      alts.push(this.seq());
    }
    return alts.length === 1 ? alts[0]! : { t: 'alt', alts };
  }

  private seq(): RNode {
    const items: RNode[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.term();
      items.push(this.quantifier(atom));
    }
    return { t: 'seq', items };
  }

  private term(): RNode {
    const s = this.s;
    const c = s[this.i]!;
    if (c === '(') {
      this.i++;
      let zeroWidth = false;
      if (s.startsWith('?:', this.i)) this.i += 2;
      else if (s.startsWith('?=', this.i) || s.startsWith('?!', this.i)) {
        this.i += 2;
        zeroWidth = true;
      } else if (s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i)) {
        this.i += 3;
        zeroWidth = true;
      } else if (s.startsWith('?<', this.i)) {
        this.i = s.indexOf('>', this.i) + 1;
      }
      const body = this.alt();
      if (s[this.i] === ')') this.i++;
      return { t: 'group', body, zeroWidth };
    }
    if (c === '[') {
      const start = this.i;
      this.i++;
      if (s[this.i] === '^') this.i++;
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
      this.i++;
      return { t: 'atom', src: s.slice(start, this.i) };
    }
    if (c === '\\') {
      const start = this.i;
      const n = s[this.i + 1] ?? '';
      this.i += 2;
      if (/[1-9]/.test(n) || n === 'b' || n === 'B') {
        while (/[0-9]/.test(s[this.i] ?? '')) this.i++;
        return { t: 'zero' };
      }
      if (n === 'k' && s[this.i] === '<') {
        this.i = s.indexOf('>', this.i) + 1;
        return { t: 'zero' };
      }
      if ((n === 'p' || n === 'P') && s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1;
      else if (n === 'x') this.i += 2;
      else if (n === 'u' && s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1;
      else if (n === 'u') this.i += 4;
      else if (n === 'c') this.i += 1;
      return { t: 'atom', src: s.slice(start, this.i) };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { t: 'zero' };
    }
    const cp = this.unicode ? String.fromCodePoint(s.codePointAt(this.i)!) : c;
    this.i += cp.length;
    return cp === '.' ? { t: 'atom', src: cp } : { t: 'atom', src: escapeChar(cp), lit: cp };
  }

  private quantifier(item: RNode): RNode {
    const s = this.s;
    let min: number;
    let max: number;
    const c = s[this.i];
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return item;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return item;
    this.i++;
    if (s[this.i] === '?') this.i++;
    return { t: 'quant', item, min, max };
  }
}

function escapeChar(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? '\\' + c : c;
}

/** Characters tried as pumps and samples: what file content is made of, and regex metacharacters. */
const CANDIDATES = [' ', 'a', 'A', '0', '-', '_', '/', '.', '\\', '{', '}', '"', "'", '$', '#', '\t', '\n', '\r', ':', '=', ',', '*', '[', '(', '@', '%', '!', 'x', 'é', '\u0301', '😀'];

class Sampler {
  private readonly cache = new Map<string, string[]>();
  constructor(private readonly flags: string) {}

  /** Candidate characters an atom matches. */
  chars(src: string): string[] {
    let hit = this.cache.get(src);
    if (!hit) {
      let re: RegExp | undefined;
      try {
        re = new RegExp(`^(?:${src})$`, this.flags.replace(/[gy]/g, ''));
      } catch {
        re = undefined;
      }
      hit = re ? CANDIDATES.filter((c) => re!.test(c)) : [];
      this.cache.set(src, hit);
    }
    return hit;
  }

  /** A short string the node matches (best effort). */
  sample(n: RNode): string {
    switch (n.t) {
      case 'atom':
        return n.lit ?? this.chars(n.src)[0] ?? '';
      case 'zero':
        return '';
      case 'group':
        return n.zeroWidth ? '' : this.sample(n.body);
      case 'alt':
        return this.sample(n.alts[0]!);
      case 'seq':
        return n.items.map((x) => this.sample(x)).join('');
      case 'quant':
        return this.sample(n.item).repeat(Math.max(1, Math.min(n.min, 8)));
    }
  }

  /** What a long run inside a quantified node can be made of. */
  pumps(n: RNode): string[] {
    if (n.t === 'atom') return n.lit !== undefined ? [n.lit] : this.chars(n.src);
    const s = this.sample(n);
    const first = firstAtom(n);
    const singles = first ? (first.lit !== undefined ? [first.lit] : this.chars(first.src).slice(0, 6)) : [];
    return [...new Set([s, ...singles].filter((x) => x !== ''))];
  }
}

function firstAtom(n: RNode): { t: 'atom'; src: string; lit?: string } | undefined {
  switch (n.t) {
    case 'atom':
      return n;
    case 'group':
      return n.zeroWidth ? undefined : firstAtom(n.body);
    case 'alt':
      return firstAtom(n.alts[0]!);
    case 'seq':
      for (const x of n.items) {
        const a = firstAtom(x);
        if (a) return a;
      }
      return undefined;
    case 'quant':
      return firstAtom(n.item);
    default:
      return undefined;
  }
}

/** One adversarial input, built in the child: `prefix + unit.repeat(count) + suffix`. */
interface Input {
  prefix: string;
  unit: string;
  count: number;
  suffix: string;
}

const SUFFIXES = ['', '\u0000', '\n\u0000'];

function derivedInputs(source: string, flags: string): Input[] {
  const out = new Map<string, Input>();
  const add = (prefix: string, unit: string) => {
    for (const suffix of SUFFIXES) {
      const input = { prefix, unit, count: Math.ceil(RUN / unit.length), suffix };
      out.set(JSON.stringify(input), input);
    }
  };
  // Generic runs, with and without the expression's own opening text in front.
  let tree: RNode;
  try {
    tree = new RegexParser(source, /[uv]/.test(flags)).parse();
  } catch {
    tree = { t: 'seq', items: [] };
  }
  const sampler = new Sampler(flags);
  const whole = sampler.sample(tree);
  for (const unit of [' ', 'a', '-', '{', '\\', '\t', '/', '.', '0', '$', '"', '#', 'a ', ' \t', '\\ ', '- ', '${', 'ab']) {
    add('', unit);
    if (whole) add(whole.slice(0, 40), unit);
  }
  // Runs at every quantifier, reached through a sample of what precedes it.
  const visit = (n: RNode, before: string): void => {
    switch (n.t) {
      case 'seq': {
        let b = before;
        for (const x of n.items) {
          visit(x, b);
          b += sampler.sample(x);
        }
        return;
      }
      case 'alt':
        for (const a of n.alts) visit(a, before);
        return;
      case 'group':
        visit(n.body, before);
        return;
      case 'quant':
        if (n.max > 1) for (const unit of sampler.pumps(n.item).slice(0, 8)) add(before.slice(-200), unit);
        visit(n.item, before);
        return;
      default:
        return;
    }
  };
  visit(tree, '');
  return [...out.values()];
}

/** The long lines of the hostile tree: the real shapes file content can take. */
function hostileLines(): Input[] {
  const lines = new Set<string>();
  for (const text of Object.values(pathologicalFiles(300, 20_000))) {
    for (const line of text.split('\n')) if (line.length > 1000) lines.add(line);
  }
  return [...lines].map((l) => ({ prefix: l, unit: '', count: 0, suffix: '' }));
}

// ---------------------------------------------------------------------------------------------
// Expressions built at run time: each construction site with the worst input its source allows.

interface Job {
  id: string;
  source: string;
  flags: string;
  inputs: Input[];
}

interface DynamicCase {
  /** Which `new RegExp` site this covers: file and a distinctive part of the call. */
  file: string;
  contains: string;
  why: string;
  /** Representative expressions as the site builds them from hostile input; a KNOWN entry names one as `contains#label`. */
  build(): { source: string; flags: string; inputs: Input[]; label?: string }[];
}

const long = (unit: string, suffix = '\u0000', length = RUN): Input => ({ prefix: '', unit, count: Math.ceil(length / unit.length), suffix });
/** Linux caps a path at 4096 bytes and a name at 255: paths cannot supply longer runs. */
const PATH_MAX = 4096;
const NAME_MAX = 255;
const deepPath = (segment: string, suffix = '\u0000'): Input => ({ prefix: '', unit: segment, count: Math.floor(PATH_MAX / segment.length), suffix });

const DYNAMIC: DynamicCase[] = [
  {
    file: 'src/config/glob-match.ts',
    contains: 'picomatch.makeRe',
    why: 'config globs, cut at their ** segments into pieces picomatch compiles (each only ever sees the few segments it can match); globProblem() caps stars per segment, so the worst accepted pieces are tried on the longest names and paths Linux allows',
    build: () => [
      { source: globSource(['**/*a*a*b']), flags: '', inputs: [long('a', '\u0000', NAME_MAX), deepPath('a'.repeat(200) + '/'), deepPath('ab/'), deepPath('a/')] },
      { source: globSource(['a/**/b/**/c/**/d/**/e']), flags: '', inputs: [deepPath('a/'), deepPath('a/b/c/d/'), deepPath('x/')], label: 'four globstars' },
      { source: globSource(Array.from({ length: 50 }, (_, i) => `**/*${i}*x*y`)), flags: '', inputs: [deepPath('0'.repeat(100) + '/'), long('0x', '\u0000', NAME_MAX)] },
      // Pieces that may cover several segments: a brace set with a slash, a range that takes `/`.
      { source: globSource(['a/{b/*a*a*b,c}/**/[+-0]*a*a*b/**/x']), flags: '', inputs: [deepPath('a/'), deepPath('+/'), long('a', '\u0000', NAME_MAX), deepPath('b/' + 'a'.repeat(200) + '/')] },
      // The default dev-paths, which every run matches every discovered path against.
      {
        source: globSource(DEFAULT_DEV_PATHS),
        flags: '',
        inputs: [deepPath('a/'), deepPath('dev/', '.x'), deepPath('a-dev/'), deepPath('tests/'), deepPath('settings/'), long('compose', '.y', NAME_MAX), long('-dev', '', NAME_MAX), long('.dev', '.', NAME_MAX), long('a.', '', NAME_MAX), long('_', '', NAME_MAX), deepPath('compose-override/')],
      },
    ],
  },
  {
    file: 'src/docker/ignore-matcher.ts',
    contains: 'new RegExp(`^(?:[${body}])$`)',
    why: 'one character class of a .dockerignore pattern, only ever tested on one code unit (the pattern itself runs as an automaton, see REPLACED)',
    build: () => {
      const oneUnit = CANDIDATES.flatMap((c) => c.split('')).map((c) => ({ prefix: c, unit: '', count: 0, suffix: '' }));
      return ['a-z0-9._-', '^a-c', ']a*a*a*a*a*b', '[:alpha:]'].map((body) => ({ source: `^(?:[${body}])$`, flags: '', inputs: oneUnit }));
    },
  },
  {
    file: 'src/prefilter.ts',
    contains: "new RegExp([...words].map(escapeRegExp).join('|'), 'iu')",
    why: 'the first word of every rule trigger, escaped, in one case-insensitive alternation searched in file content',
    build: () => {
      const words = [...new Set(allRules.flatMap((r) => r.triggers.map((t) => (typeof t === 'string' ? t : t[0]) ?? '')).filter((w) => w !== '').map((w) => w.toLowerCase()))];
      const source = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
      // Runs of each word less its last character: every position starts a partial match.
      const inputs = [...words.filter((w) => w.length > 1).map((w) => long(w.slice(0, -1), '\u0000', RUN / 10)), long('a'), long(' ')];
      return [{ source, flags: 'iu', inputs }];
    },
  },
  {
    file: 'src/triggers.ts',
    contains: "new RegExp(list.map(escapeRegExp).join('|'), 'g')",
    why: 'every trigger word of a rule set, escaped, longest first, in one alternation searched in file content (lower-cased for case-insensitive rules)',
    build: () => {
      const words = [...new Set(allRules.flatMap((r) => r.triggers.flatMap((t) => (typeof t === 'string' ? [t] : t))).filter((w) => w !== ''))].sort((a, b) => b.length - a.length);
      const source = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
      // Runs of each word less its last character: every position starts a partial match.
      const inputs = [...words.filter((w) => w.length > 1).map((w) => long(w.slice(0, -1), '\u0000', RUN / 10)), long('a'), long(' ')];
      return [{ source, flags: 'g', inputs }];
    },
  },
  {
    file: 'rules/SH003-broad-process-kill.ts',
    contains: 'new RegExp(`\\\\bkill\\\\s+',
    why: 'variable names (\\w+) from a kill command, searched in the words of other commands',
    build: () => {
      const vars = ['pid', 'PID', 'a'.repeat(200)];
      const source = `\\bkill\\s+(-(TERM|SIGTERM|15|INT|SIGINT|2)\\s+)?"?\\$\\{?(${vars.join('|')})\\b`;
      return [{ source, flags: '', inputs: [long('kill '), { prefix: 'kill', unit: ' ', count: RUN, suffix: '-TERM' }, { prefix: 'kill -TERM', unit: ' ', count: RUN, suffix: '$x' }, long('a')] }];
    },
  },
];

/** The expressions compileGlobs builds for a list (every expanded form, every piece), joined. */
function globSource(globs: readonly string[]): string {
  return globs.flatMap((g) => expandedForms(g).flatMap((f) => formExpressions(f).map((re) => re.source))).join('|');
}

// ---------------------------------------------------------------------------------------------
// Expressions whose input is bounded by something other than file content; they run with inputs
// cut to that bound.

interface Bounded {
  file: string;
  /** The literal as written, or '*' for every literal in the file. */
  regex: string;
  max: number;
  why: string;
  /** Fails when the bound stops holding. */
  check(): void;
}

const BOUNDED: Bounded[] = [
  {
    file: 'src/docs.ts',
    regex: '*',
    max: 4_000,
    why: 'rule documentation written in this repository',
    check: () => {
      for (const r of allRules) for (const text of [r.docs.summary, r.docs.what, r.docs.why, r.docs.example.code, r.docs.fix.code]) assert.ok(text.length <= 4_000, `${r.id} docs longer than the audited bound`);
    },
  },
  { file: 'src/config/glob.ts', regex: '/^\\/+/', max: 1_000, why: 'a config glob, checked against MAX_GLOB_LENGTH first', check: () => assert.equal(MAX_GLOB_LENGTH, 1_000) },
];

/**
 * Known catastrophic expressions in files this audit does not own (their owners are changing them),
 * left out of the main audit and run by their own test, which fails once one is fixed so that its
 * entry is removed. Keep `fix` precise. Empty since issue 11: every expression is audited.
 */
interface Known {
  file: string;
  /** The literal as written, or the DYNAMIC `contains` text. */
  regex: string;
  input: string;
  fix: string;
}

const KNOWN: Known[] = [];

// ---------------------------------------------------------------------------------------------
// Running them in children, with a watchdog.

const CHILD = `
const fs = require('node:fs');
let buf = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => (buf += d));
process.stdin.on('end', () => {
  const jobs = JSON.parse(buf);
  for (const job of jobs) {
    fs.writeSync(1, 'start ' + job.id + '\\n');
    const t = performance.now();
    const re = new RegExp(job.source, job.flags);
    const global = re.global || re.sticky;
    job.inputs.forEach((inp, k) => {
      fs.writeSync(1, 'input ' + k + '\\n');
      const s = inp.prefix + inp.unit.repeat(inp.count) + inp.suffix;
      if (global) { s.replace(re, ''); re.lastIndex = 0; } else re.exec(s);
    });
    fs.writeSync(1, 'done ' + job.id + ' ' + Math.round(performance.now() - t) + '\\n');
  }
});
`;

interface Outcome {
  slow: { id: string; input: Input | undefined }[];
  ms: Map<string, number>;
}

function describeInput(i: Input | undefined): string {
  if (!i) return '(unknown input)';
  const show = (s: string) => JSON.stringify(s.length > 60 ? s.slice(0, 60) + '…' : s);
  return `${show(i.prefix)} + ${JSON.stringify(i.unit)} x ${i.count} + ${show(i.suffix)}`;
}

/** Run jobs in one child after another; a job over the guard kills its child and is reported. */
async function runJobs(jobs: Job[]): Promise<Outcome> {
  const outcome: Outcome = { slow: [], ms: new Map() };
  let rest = jobs;
  while (rest.length > 0) {
    const { finished, stuck, input } = await runChild(rest);
    for (const [id, ms] of finished) outcome.ms.set(id, ms);
    if (stuck === undefined) break;
    const index = rest.findIndex((j) => j.id === stuck);
    outcome.slow.push({ id: stuck, input: rest[index]?.inputs[input] });
    rest = rest.slice(index + 1);
  }
  return outcome;
}

/**
 * Run `jobs` in a child that reports `start`/`input`/`done` lines (by default the expression
 * runner, fed the jobs on stdin); other lines go to `onLine`.
 */
function runChild(jobs: Job[], argv: string[] = ['-e', CHILD], onLine?: (line: string) => void): Promise<{ finished: Map<string, number>; stuck?: string; input: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { stdio: ['pipe', 'pipe', 'inherit'] });
    const finished = new Map<string, number>();
    // Armed at each job's `start` line: a job over its CPU budget kills the child.
    const dog = new CpuWatchdog(child, GUARD, () => settle({ finished, stuck: current, input }));
    let current: string | undefined;
    let input = -1;
    let pending = '';
    let settled = false;
    const settle = (v: { finished: Map<string, number>; stuck?: string; input: number }) => {
      if (settled) return;
      settled = true;
      dog.disarm();
      resolve(v);
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let nl: number;
      while ((nl = pending.indexOf('\n')) !== -1) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        const [what, a, b] = line.split(' ');
        if (what === 'start') {
          current = a;
          input = -1;
          dog.arm();
        } else if (what === 'input') {
          input = Number(a);
        } else if (what === 'done') {
          dog.disarm();
          finished.set(a!, Number(b));
          current = undefined;
        } else {
          onLine?.(line);
        }
      }
    });
    child.on('error', reject);
    // 'close', not 'exit': only then has every line of stdout been read.
    child.on('close', (code, signal) => {
      if (settled) return;
      if (current !== undefined) settle({ finished, stuck: current, input });
      else if (code === 0) settle({ finished, input });
      else reject(new Error(`regex child exited with ${code ?? signal}`));
    });
    child.stdin.end(JSON.stringify(jobs));
  });
}

// ---------------------------------------------------------------------------------------------

const sites = findSites();

test('every dynamic RegExp construction site is listed with its worst input', () => {
  const unlisted = sites.dynamic.filter((s) => !DYNAMIC.some((d) => d.file === s.file && s.text.includes(d.contains)));
  assert.deepEqual(
    unlisted.map((s) => `${s.file}:${s.line} ${s.text.slice(0, 80)}`),
    [],
    'a new RegExp(...) site: add it to DYNAMIC with the worst input its source can supply',
  );
  assert.ok(sites.literals.length > 100, `found ${sites.literals.length} literals: the scan works`);
});

test('the input generator reaches quantifiers behind a prefix', () => {
  // `(.+?)\s*$` after a key is quadratic only when the run sits behind the key: the generator
  // must produce that input from the expression alone.
  const inputs = derivedInputs('^\\s*script_location\\s*[=:]\\s*(.+?)\\s*$', 'm');
  assert.ok(inputs.some((i) => /script_location ?[:=]/.test(i.prefix) && i.unit === ' '), JSON.stringify(inputs.filter((i) => i.prefix.includes('script')).slice(0, 5)));
  const nested = derivedInputs('(a+)+$', '');
  assert.ok(nested.some((i) => i.unit === 'a' && i.suffix === '\u0000'));
});

test('the watchdog catches a catastrophic expression', async () => {
  const out = await runJobs([
    { id: 'quadratic', source: '[ \\t]+$', flags: '', inputs: [long(' ')] },
    { id: 'linear', source: '[ \\t]+', flags: 'g', inputs: [long(' ')] },
  ]);
  assert.deepEqual(out.slow.map((s) => s.id), ['quadratic']);
  assert.ok(out.ms.has('linear'), 'jobs after a killed one still run');
});

test('the bounds of expressions that never see file content still hold', () => {
  for (const b of BOUNDED) b.check();
});

test('no regular expression backtracks catastrophically on adversarial input', { timeout: 900_000 }, async () => {
  const { jobs, where } = await allJobs();
  const run = jobs.filter((j) => !j.known);
  const results = await runInParallel(run);
  const report = results.slow.map((s) => `${where.get(s.id)}\n    input: ${describeInput(s.input)}`);
  if (process.env.REGEX_AUDIT_TIMES) console.log([...results.ms].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([id, ms]) => `${ms} ms ${where.get(id)}`).join('\n'));
  assert.deepEqual(report, [], `expressions over ${GUARD.cpuMs} ms of CPU time on one input set:\n${report.join('\n')}`);
  assert.equal(results.ran, run.length, 'every expression ran');
});

test('known catastrophic expressions in files owned by others are fixed', { timeout: 900_000 }, async () => {
  const { jobs, where } = await allJobs();
  const known = jobs.filter((j) => j.known);
  // One child each: a catastrophic job takes the whole guard, so they wait side by side.
  const results = await runInParallel(known, known.length);
  const report = results.slow.map((s) => `${where.get(s.id)}\n    input: ${describeInput(s.input)}\n    fix: ${jobs.find((j) => j.id === s.id)?.known?.fix}`);
  const gone = KNOWN.filter((k) => !jobs.some((j) => j.known === k)).map((k) => `${k.file} ${k.regex}: no longer in the code (fixed?), remove it from KNOWN`);
  const fixed = known.filter((j) => !results.slow.some((s) => s.id === j.id)).map((j) => `${where.get(j.id)}: now fast, remove it from KNOWN`);
  assert.deepEqual([...report, ...gone, ...fixed], []);
});

interface AuditJob extends Job {
  known?: Known;
}

async function allJobs(): Promise<{ jobs: AuditJob[]; where: Map<string, string> }> {
  const generic = hostileLines();
  const jobs: AuditJob[] = [];
  const where = new Map<string, string>();
  const seen = new Set<string>();
  for (const s of sites.literals) {
    const key = `${s.file} ${s.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { source, flags } = splitLiteral(s.text);
    const id = `L${jobs.length}`;
    where.set(id, `${s.file}:${s.line} ${s.text}`);
    const bound = BOUNDED.find((b) => b.file === s.file && (b.regex === '*' || b.regex === s.text));
    let inputs = [...derivedInputs(source, flags), ...generic];
    if (bound) inputs = inputs.map((i) => capInput(i, bound.max));
    const known = KNOWN.find((k) => k.file === s.file && k.regex === s.text);
    jobs.push({ id, source, flags, inputs, ...(known ? { known } : {}) });
  }
  for (const d of DYNAMIC) {
    d.build().forEach((b, k) => {
      const known = KNOWN.find((x) => x.file === d.file && (x.regex === d.contains || (b.label !== undefined && x.regex === `${d.contains}#${b.label}`)));
      const id = `D${jobs.length}`;
      where.set(id, `${d.file} (dynamic #${k + 1}${b.label ? ` ${b.label}` : ''}: ${d.why}) /${b.source.slice(0, 100)}/`);
      jobs.push({ id, source: b.source, flags: b.flags, inputs: b.inputs, ...(known ? { known } : {}) });
    });
  }
  return { jobs, where };
}

function capInput(i: Input, max: number): Input {
  const prefix = i.prefix.slice(0, max);
  const room = Math.max(0, max - prefix.length - i.suffix.length);
  return { prefix, unit: i.unit, count: i.unit ? Math.min(i.count, Math.floor(room / i.unit.length)) : 0, suffix: i.suffix };
}

/** Jobs shared among `children` child processes. */
async function runInParallel(jobs: Job[], children = 2): Promise<{ slow: Outcome['slow']; ran: number; ms: Map<string, number> }> {
  const size = Math.ceil(jobs.length / children);
  const parts = Array.from({ length: children }, (_, i) => jobs.slice(i * size, (i + 1) * size)).filter((p) => p.length > 0);
  const results = await Promise.all(parts.map((p) => runJobs(p)));
  return { slow: results.flatMap((r) => r.slow), ran: results.reduce((n, r) => n + r.ms.size, 0), ms: new Map(results.flatMap((r) => [...r.ms])) };
}

// ---------------------------------------------------------------------------------------------
// Code that replaced catastrophic expressions (issue 11): run on the inputs that hung them, in a
// child with the same watchdog, and checked for the right answer so a shortcut cannot pass.

interface Replaced {
  id: string;
  /** An expression over the imported modules (`glob`, `size`, `migrations`, …) whose value is compared. */
  code: string;
  expect: unknown;
  /** What it replaced, and the time that took on this input. */
  was: string;
}

const REPLACED: Replaced[] = [
  { id: 'size', code: `size.parseSize('1' + ' '.repeat(1_000_000) + '!')`, expect: null, was: '/^\\s*(\\d+(?:\\.\\d+)?)\\s*([a-z]*)\\s*$/i: 11 s at 100,000 blanks' },
  { id: 'script_location', code: `migrations.scriptLocation('[alembic]\\nscript_location = a' + ' '.repeat(1_000_000) + 'b\\n').length`, expect: 1_000_002, was: '/^\\s*script_location\\s*[=:]\\s*(.+?)\\s*$/m: 28 s at 100,000 blanks' },
  { id: 'trailing slashes', code: `paths.trimTrailingSlashes('/'.repeat(1_000_000) + 'x').length + paths.trimTrailingSlashes('a' + '/'.repeat(1_000_000))`, expect: '1000001a', was: '/\\/+$/ (DC009, DF001): 10 s at 100,000 slashes' },
  { id: 'dockerignore stars', code: `ignore.matchIgnore(ignore.parseDockerignore('*a*a*a*a*a*a*a*a*a*a*a*a*b\\n'), 'a'.repeat(255)).excluded`, expect: false, was: 'the pattern as one expression: over a minute' },
  { id: 'dockerignore globstars', code: `ignore.matchIgnore(ignore.parseDockerignore('**/**/**/**/**/**/**/**/x\\n'), 'a/'.repeat(2047) + 'y').excluded`, expect: false, was: 'the pattern as one expression: over a minute' },
  { id: 'dockerignore long pattern', code: `ignore.matchIgnore(ignore.parseDockerignore('*a'.repeat(2000) + 'b\\n'), 'a'.repeat(4095)).excluded`, expect: false, was: '(new)' },
  { id: 'go:embed', code: `mentions.embedsDirectory('//go:embed ' + 'go:embed '.repeat(100_000) + '\\n', 'migrations')`, expect: false, was: 'go:embed[^\\n]*\\bNAME\\b|…: 4.9 s at 200,000 characters, quadratic' },
  { id: 'include_dir!', code: `mentions.embedsDirectory('include_dir!('.repeat(100_000) + ')migrations', 'migrations')`, expect: false, was: '(new)' },
  { id: 'quoted path', code: `mentions.quotesPathSegment('"' + 'migrations/'.repeat(100_000), 'migrations') + ' ' + mentions.quotesPathSegment('"' + 'migrations/'.repeat(100_000) + '"', 'migrations')`, expect: 'false true', was: '["\'`](?:[^"\'`\\s]*/)?NAME…: 5.9 s at 200,000 characters, quadratic' },
  { id: 'four globstars', code: `glob.compileGlobs(['a/**/b/**/c/**/d/**/e'])('a/b/c/d/'.repeat(512) + 'x')`, expect: false, was: 'one picomatch expression: 84 s on this path' },
  { id: 'dev-paths, deep', code: `glob.compileGlobs(defaults.DEFAULT_DEV_PATHS)('tests/a-dev/'.repeat(340) + 'x.py')`, expect: true, was: '(new)' },
];

function replacedScript(): string {
  const mod = (rel: string) => JSON.stringify(pathToFileURL(join(ROOT, rel)).href);
  return `
import fs from 'node:fs';
import * as glob from ${mod('src/config/glob.ts')};
import * as defaults from ${mod('src/config/defaults.ts')};
import * as size from ${mod('src/config/size.ts')};
import * as migrations from ${mod('src/docker/migrations.ts')};
import * as paths from ${mod('src/paths.ts')};
import * as ignore from ${mod('src/docker/dockerignore.ts')};
import * as mentions from ${mod('src/docker/dir-mentions.ts')};
const jobs = ${JSON.stringify(REPLACED.map((r) => ({ id: r.id, code: r.code })))};
const results = {};
for (const job of jobs) {
  fs.writeSync(1, 'start ' + job.id.replaceAll(' ', '_') + '\\n');
  const t = performance.now();
  const value = eval(job.code);
  results[job.id] = value === undefined ? null : value;
  fs.writeSync(1, 'done ' + job.id.replaceAll(' ', '_') + ' ' + Math.round(performance.now() - t) + '\\n');
}
fs.writeSync(1, 'results ' + JSON.stringify(results) + '\\n');
`;
}

test('code that replaced catastrophic expressions finishes on the inputs that hung them', { timeout: 900_000 }, async () => {
  let results: Record<string, unknown> = {};
  const argv = ['--import', import.meta.resolve('tsx'), '--input-type=module', '-e', replacedScript()];
  // The child reads no jobs from stdin: it has them in its script.
  const out = await runChild([], argv, (line) => {
    if (line.startsWith('results ')) results = JSON.parse(line.slice('results '.length)) as Record<string, unknown>;
  });
  const slow = REPLACED.find((r) => r.id.replaceAll(' ', '_') === out.stuck);
  assert.equal(out.stuck, undefined, `over ${GUARD.cpuMs} ms of CPU time: ${out.stuck} (replaced ${slow?.was})`);
  assert.deepEqual(results, Object.fromEntries(REPLACED.map((r) => [r.id, r.expect])));
  if (process.env.REGEX_AUDIT_TIMES) console.log([...out.finished].map(([id, ms]) => `${ms} ms ${id}`).join('\n'));
});
