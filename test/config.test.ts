/**
 * Configuration: discovery, loading with exact error positions, per-path resolution, `--rule`
 * flags, dev/prod classification, glob safety limits, and agreement between the loader and
 * `schema/prodlint.schema.json`.
 *
 * Config files are written to a fresh directory under os.tmpdir() and the process works from
 * there, so messages show `.prodlint.yaml` exactly as a user running in that directory sees it.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { defineRule, type AnyRule } from '../src/rule.js';
import { KINDS } from '../src/types.js';
import {
  ConfigError,
  DEFAULT_DEV_PATHS,
  DEFAULT_MAX_FILE_SIZE,
  RULE_LEVELS,
  defaultConfig,
  environmentOf,
  findConfig,
  isIgnored,
  kindOverride,
  loadConfig,
  parseConfigText,
  parseRuleFlag,
  parseSize,
  resolveRules,
  type ProdlintConfig,
} from '../src/config.js';
import { compileGlobs, globProblem } from '../src/config/glob.js';

const docs = {
  summary: 's',
  what: 'w',
  why: 'y',
  example: { kind: 'shell' as const, code: 'x' },
  fix: { kind: 'shell' as const, code: 'y' },
};
const devServer = defineRule({
  id: 'SH001',
  name: 'dev-server-in-production',
  severity: 'error',
  category: 'reliability',
  productionOnly: true,
  kinds: ['shell'],
  triggers: [],
  messages: { m: 'x' },
  options: { port: 8000, shells: ['sh', 'bash'], strict: false, extra: { a: 1 } },
  docs,
});
const noRestart = defineRule({
  id: 'DC002',
  name: 'missing-restart-policy',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['compose'],
  triggers: [],
  messages: { m: 'x' },
  docs,
});
const unboundedPool = defineRule({
  id: 'PY003',
  name: 'unbounded-pool',
  severity: 'note',
  category: 'performance',
  productionOnly: false,
  kinds: ['python'],
  triggers: [],
  messages: { m: 'x' },
  options: { limit: 10, anything: null },
  docs,
});
const RULES: AnyRule[] = [devServer, noRestart, unboundedPool];

let work: string;
before(() => {
  work = mkdtempSync(join(tmpdir(), 'prodlint-config-'));
  process.chdir(work);
});
after(() => {
  process.chdir(tmpdir());
  rmSync(work, { recursive: true, force: true });
});

/** Write `text` as `.prodlint.yaml` in a fresh directory, work from there, and load it. */
function load(text: string, name = '.prodlint.yaml'): ProdlintConfig {
  const dir = mkdtempSync(join(work, 'case-'));
  writeFileSync(join(dir, name), text);
  process.chdir(dir);
  return loadConfig(join(dir, name), RULES);
}

/** The ConfigError message loading `text` produces (fails the test if it loads). */
function errorOf(text: string, name = '.prodlint.yaml'): string {
  try {
    load(text, name);
  } catch (e) {
    assert.ok(e instanceof ConfigError, `expected ConfigError, got ${String(e)}`);
    assert.ok(!e.message.includes('\n'), 'message is one line');
    return e.message;
  }
  assert.fail(`expected ${JSON.stringify(text)} to be rejected`);
}

// --- findConfig ---

test('findConfig walks up to the stop directory; both spellings in one directory are an error', () => {
  const root = mkdtempSync(join(work, 'repo-'));
  const deep = join(root, 'a', 'b', 'c');
  mkdirSync(deep, { recursive: true });
  assert.equal(findConfig(deep, root), undefined);

  writeFileSync(join(root, '.prodlint.yml'), '');
  assert.equal(findConfig(deep, root), join(root, '.prodlint.yml'));
  writeFileSync(join(root, '.prodlint.yaml'), '');
  // Both spellings in one directory: an error naming both, never a silent pick.
  assert.throws(() => findConfig(deep, root), (e: Error) => e instanceof ConfigError && /both .*\.prodlint\.yaml and .*\.prodlint\.yml exist/.test(e.message));
  rmSync(join(root, '.prodlint.yml'));
  assert.equal(findConfig(deep, root), join(root, '.prodlint.yaml'));

  // The nearest one wins.
  writeFileSync(join(root, 'a', '.prodlint.yml'), '');
  assert.equal(findConfig(deep, root), join(root, 'a', '.prodlint.yml'));
  assert.equal(findConfig(root, root), join(root, '.prodlint.yaml'));
});

test('findConfig never looks above the stop directory and ignores directories named like a config', () => {
  const outer = mkdtempSync(join(work, 'outer-'));
  writeFileSync(join(outer, '.prodlint.yaml'), '');
  const repo = join(outer, 'repo');
  const sub = join(repo, 'sub');
  mkdirSync(join(sub, '.prodlint.yaml'), { recursive: true }); // a directory, not a file
  assert.equal(findConfig(sub, repo), undefined);
  // startDir outside stopDir: only startDir itself is searched.
  const elsewhere = mkdtempSync(join(work, 'elsewhere-'));
  mkdirSync(join(elsewhere, 'x'));
  writeFileSync(join(elsewhere, '.prodlint.yaml'), '');
  assert.equal(findConfig(join(elsewhere, 'x'), repo), undefined);
  assert.equal(findConfig(elsewhere, repo), join(elsewhere, '.prodlint.yaml'));
});

// --- loading: every key ---

test('loadConfig reads every key', () => {
  const cfg = load(
    [
      'rules:',
      '  SH001: warning',
      '  missing-restart-policy: off',
      '  PY003:',
      '    severity: error',
      '    options:',
      '      limit: 50',
      'ignore:',
      '  - vendor/**',
      '  - "*.generated.sh"',
      'dev-paths: [scripts/local/**]',
      'production-paths: docs/deploy/**',
      'kinds:',
      '  "deploy/hooks/*": shell',
      '  Containerfile.prod: dockerfile',
      'overrides:',
      '  - files: [legacy/**, "*.old.sh"]',
      '    rules:',
      '      SH001: note',
      'require-reason: true',
      'max-file-size: 512KB',
      '',
    ].join('\n'),
  );
  assert.deepEqual(cfg.rules, {
    SH001: { severity: 'warning' },
    DC002: { severity: 'off' },
    PY003: { severity: 'error', options: { limit: 50 } },
  });
  assert.deepEqual(cfg.ignore, ['vendor/**', '*.generated.sh']);
  assert.deepEqual(cfg.devPaths, ['scripts/local/**']);
  assert.deepEqual(cfg.productionPaths, ['docs/deploy/**']);
  assert.deepEqual(cfg.kinds, [
    { pattern: 'deploy/hooks/*', kind: 'shell' },
    { pattern: 'Containerfile.prod', kind: 'dockerfile' },
  ]);
  assert.deepEqual(cfg.overrides, [{ files: ['legacy/**', '*.old.sh'], rules: { SH001: { severity: 'note' } } }]);
  assert.equal(cfg.requireReason, true);
  assert.equal(cfg.maxFileSize, 512_000);
  assert.equal(cfg.path, resolve('.prodlint.yaml'));
  assert.equal(cfg.dir, process.cwd());
  assert.ok(Object.isFrozen(cfg) && Object.isFrozen(cfg.rules) && Object.isFrozen(cfg.overrides[0]!.files));
});

test('an empty or comment-only file, and empty sections, give the defaults', () => {
  for (const text of ['', '# nothing yet\n', '\ufeff', 'rules:\nignore:\ndev-paths:\nkinds:\noverrides:\n']) {
    const cfg = load(text);
    assert.deepEqual(
      { ...cfg, path: undefined, dir: undefined },
      { ...defaultConfig(), path: undefined, dir: undefined },
      JSON.stringify(text),
    );
  }
  assert.equal(defaultConfig().maxFileSize, DEFAULT_MAX_FILE_SIZE);
  assert.equal(defaultConfig().requireReason, false);
});

test('.prodlint.yml loads the same way', () => {
  assert.deepEqual(load('rules: {SH001: off}\n', '.prodlint.yml').rules, { SH001: { severity: 'off' } });
});

test('max-file-size accepts bytes and decimal or binary units', () => {
  const cases: [string, number][] = [
    ['1048576', 1048576],
    ['"1MiB"', 1048576],
    ['512KB', 512_000],
    ['512kib', 524_288],
    ['"2 GiB"', 2 * 1024 ** 3],
    ['1.5MB', 1_500_000],
    ['100B', 100],
  ];
  for (const [value, bytes] of cases) assert.equal(load(`max-file-size: ${value}\n`).maxFileSize, bytes, value);
  for (const bad of ['0', '-1', '1.5', '"0KB"', '1TB', 'big', '[1]', '"1 MiB 2"']) {
    assert.match(errorOf(`max-file-size: ${bad}\n`), /^\.prodlint\.yaml:1:16: max-file-size: expected a positive number of bytes or a size such as "1MiB" or "512KB", got /, bad);
  }
  assert.equal(parseSize('constructor'), undefined);
  assert.equal(parseSize('3 kB'), 3000);
});

// --- loading: every error, with its exact message ---

test('every kind of mistake is reported with file, line, column and key', () => {
  const cases: [string, string][] = [
    ['rules:\n  SH001: eror\n', '.prodlint.yaml:2:10: rules.SH001: unknown severity "eror" (expected off, note, warning or error)'],
    ['rules:\n    SH001: 2\n', '.prodlint.yaml:2:12: rules.SH001: expected a severity (off, note, warning or error), got a number 2'],
    ['rules:\n  SH001:\n    severity: fatal\n', '.prodlint.yaml:3:15: rules.SH001.severity: unknown severity "fatal" (expected off, note, warning or error)'],
    ['rules:\n  SH001:\n', '.prodlint.yaml:2:3: rules.SH001: expected a severity (off, note, warning or error) or a mapping with severity and options, got an empty value'],
    ['rules:\n  SH001: [error]\n', '.prodlint.yaml:2:10: rules.SH001: expected a severity (off, note, warning or error) or a mapping with severity and options, got a list'],
    ['rules:\n  SH001:\n    level: error\n', ".prodlint.yaml:3:5: rules.SH001.level: unknown key (expected severity or options)"],
    ['rules:\n  SH001:\n    severty: error\n', ".prodlint.yaml:3:5: rules.SH001.severty: unknown key (did you mean 'severity'?)"],
    ['dev_paths: [x]\n', ".prodlint.yaml:1:1: dev_paths: unknown key (did you mean 'dev-paths'?)"],
    ['rule:\n  SH001: off\n', ".prodlint.yaml:1:1: rule: unknown key (did you mean 'rules'?)"],
    ['colour: true\n', '.prodlint.yaml:1:1: colour: unknown key (expected rules, ignore, dev-paths, production-paths, vendor-dirs, kinds, overrides, require-reason, max-file-size, select or ignore-rules)'],
    ['rules:\n  SH01: off\n', ".prodlint.yaml:2:3: rules.SH01: unknown rule \"SH01\" (did you mean 'SH001'?)"],
    ['rules:\n  dev-server-in-prod: off\n', ".prodlint.yaml:2:3: rules.dev-server-in-prod: unknown rule \"dev-server-in-prod\" (did you mean 'dev-server-in-production'?)"],
    ['rules:\n  XX999: off\n', ".prodlint.yaml:2:3: rules.XX999: unknown rule \"XX999\" (run 'prodlint rules' to list them)"],
    ['rules:\n  SH001: off\n  dev-server-in-production: error\n', '.prodlint.yaml:3:3: rules.dev-server-in-production: rule SH001 is already configured on line 2'],
    ['rules:\n  SH001:\n    options:\n      prot: 1\n', ".prodlint.yaml:4:7: rules.SH001.options.prot: unknown option \"prot\" (did you mean 'port'?)"],
    ['rules:\n  SH001:\n    options:\n      colour: 1\n', '.prodlint.yaml:4:7: rules.SH001.options.colour: unknown option "colour" (expected port, shells, strict or extra)'],
    ['rules:\n  DC002:\n    options: {x: 1}\n', '.prodlint.yaml:3:15: rules.DC002.options.x: unknown option "x" (DC002 has no options)'],
    ['rules:\n  SH001:\n    options:\n      port: "80"\n', '.prodlint.yaml:4:13: rules.SH001.options.port: expected a number like the default 8000, got a string "80"'],
    ['rules:\n  SH001:\n    options:\n      strict: yes\n', '.prodlint.yaml:4:15: rules.SH001.options.strict: expected true or false like the default false, got a string "yes"'],
    ['rules:\n  SH001:\n    options:\n      shells: sh\n', '.prodlint.yaml:4:15: rules.SH001.options.shells: expected a list like the default ["sh","bash"], got a string "sh"'],
    ['rules:\n  SH001:\n    options:\n      shells: [sh, 3]\n', ".prodlint.yaml:4:20: rules.SH001.options.shells[1]: expected a string like the default's items, got a number 3"],
    ['rules:\n  SH001:\n    options:\n      extra: [1]\n', '.prodlint.yaml:4:14: rules.SH001.options.extra: expected a mapping like the default {"a":1}, got a list'],
    ['rules:\n  SH001:\n    options: [port]\n', '.prodlint.yaml:3:14: rules.SH001.options: expected a mapping of option names to values, got a list'],
    ['rules: [SH001]\n', '.prodlint.yaml:1:8: rules: expected a mapping of rule ids or names to settings, got a list'],
    ['- rules\n', '.prodlint.yaml:1:1: expected a mapping of settings at the top level, got a list'],
    ['just text\n', '.prodlint.yaml:1:1: expected a mapping of settings at the top level, got a string "just text"'],
    ['ignore: {a: b}\n', '.prodlint.yaml:1:9: ignore: expected a glob or a list of globs, got a mapping'],
    ['ignore: 3\n', '.prodlint.yaml:1:9: ignore: expected a glob or a list of globs, got a number 3'],
    ['ignore:\n  - ok/**\n  - [nested]\n', '.prodlint.yaml:3:5: ignore[1]: expected a glob string, got a list'],
    ['dev-paths:\n  - ""\n', '.prodlint.yaml:2:5: dev-paths[0]: empty glob'],
    ['production-paths: ["!docs/**"]\n', '.prodlint.yaml:1:20: production-paths[0]: negated globs ("!...") are not supported; list what to match instead, or use production-paths to exempt files from dev-paths'],
    ['ignore: ["{a,b"]\n', ".prodlint.yaml:1:10: ignore[0]: unbalanced '{' (write \\{ for a literal brace)"],
    ['ignore: ["{1..5}.sh"]\n', '.prodlint.yaml:1:10: ignore[0]: brace ranges like {1..5} are not supported; list the alternatives, e.g. {1,2,3}'],
    ['ignore: ["*a*b*c*d"]\n', ".prodlint.yaml:1:10: ignore[0]: more than 3 '*' wildcards in one path segment (too slow to match; use fewer)"],
    ['ignore: ["**/a/**/b/**/c/**/d/**"]\n', ".prodlint.yaml:1:10: ignore[0]: more than 4 '**' segments (too slow to match; use fewer)"],
    ['kinds:\n  "deploy/*": bash\n', '.prodlint.yaml:2:15: kinds["deploy/*"]: unknown kind "bash" (expected shell, dockerfile, compose, systemd, procfile, packagejson, python, typescript, kubernetes, cron, railway, fly, render or heroku)'],
    ['kinds:\n  "deploy/*": shel\n', ".prodlint.yaml:2:15: kinds[\"deploy/*\"]: unknown kind \"shel\" (did you mean 'shell'?)"],
    ['kinds:\n  units/*.conf: [systemd]\n', '.prodlint.yaml:2:17: kinds["units/*.conf"]: expected a single value, got a list'],
    ['kinds: [shell]\n', '.prodlint.yaml:1:8: kinds: expected a mapping of globs to kinds, got a list'],
    ['kinds:\n  ? [a]\n  : shell\n', '.prodlint.yaml:2:5: kinds: keys must be plain strings'],
    ['overrides: {files: x}\n', '.prodlint.yaml:1:12: overrides: expected a list of { files, rules } entries, got a mapping'],
    ['overrides:\n  - x\n', '.prodlint.yaml:2:5: overrides[0]: expected a mapping with files and rules, got a string "x"'],
    ['overrides:\n  - files: x\n', '.prodlint.yaml:2:5: overrides[0]: missing "rules"'],
    ['overrides:\n  - rules: {SH001: off}\n', '.prodlint.yaml:2:5: overrides[0]: missing "files" (a glob or a list of globs)'],
    ['overrides:\n  - files: []\n    rules: {}\n', '.prodlint.yaml:2:5: overrides[0]: missing "files" (a glob or a list of globs)'],
    ['overrides:\n  - files: x\n    rule: {}\n', ".prodlint.yaml:3:5: overrides[0].rule: unknown key (did you mean 'rules'?)"],
    ['overrides:\n  - files: x\n    rules:\n      SH001: bad\n', '.prodlint.yaml:4:14: overrides[0].rules.SH001: unknown severity "bad" (expected off, note, warning or error)'],
    ['require-reason: yes\n', '.prodlint.yaml:1:17: require-reason: expected true or false, got a string "yes"'],
    ['require-reason:\n', '.prodlint.yaml:1:1: require-reason: expected true or false, got an empty value'],
    ['require-reason: [true]\n', '.prodlint.yaml:1:17: require-reason: expected true or false, got a list'],
    ['rules:\n  SH001:\n    severity:\n', '.prodlint.yaml:3:5: rules.SH001.severity: expected a severity (off, note, warning or error), got an empty value'],
    ['kinds:\n  x:\n', '.prodlint.yaml:2:3: kinds.x: unknown kind an empty value (expected shell, dockerfile, compose, systemd, procfile, packagejson, python, typescript, kubernetes, cron, railway, fly, render or heroku)'],
    ['base: &b {SH001: off}\nrules: *b\n', ".prodlint.yaml:1:1: base: unknown key (expected rules, ignore, dev-paths, production-paths, vendor-dirs, kinds, overrides, require-reason, max-file-size, select or ignore-rules)"],
    ['rules:\n  SH001: *nope\n', '.prodlint.yaml:2:10: rules.SH001: unknown YAML alias "*nope"'],
    ['rules:\n  <<: {SH001: off}\n', '.prodlint.yaml:2:3: rules["<<"]: YAML merge keys (<<) are not supported; repeat the settings or use an alias as the whole value'],
    // YAML-level problems.
    ['rules:\n  SH001: off\n  SH001: error\n', '.prodlint.yaml:3:3: YAML error: Map keys must be unique'],
    ['ignore: [\n', '.prodlint.yaml:2:1: YAML error: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['ignore: "x\n', '.prodlint.yaml:2:1: YAML error: Missing closing "quote'],
    ['rules: {}\n---\nrules: {}\n', '.prodlint.yaml:2:1: YAML error: Source contains multiple documents; please use YAML.parseAllDocuments()'],
    ['\trules: {}\n', '.prodlint.yaml:1:1: YAML error: Tabs are not allowed as indentation'],
  ];
  for (const [text, message] of cases) assert.equal(errorOf(text), message, JSON.stringify(text));
});

test('positions count UTF-16 columns after a BOM and ignore CRLF', () => {
  assert.equal(
    errorOf('\ufeffrules:\r\n  SH001: eror\r\n'),
    '.prodlint.yaml:2:10: rules.SH001: unknown severity "eror" (expected off, note, warning or error)',
  );
  assert.equal(
    errorOf('# 🚀 ok\nrules: {"SH001": x} # é\n'),
    '.prodlint.yaml:2:18: rules.SH001: unknown severity "x" (expected off, note, warning or error)',
  );
});

test('ConfigError carries the position and key as fields', () => {
  try {
    load('rules:\n  SH001:\n    options:\n      port: "80"\n');
    assert.fail('should throw');
  } catch (e) {
    assert.ok(e instanceof ConfigError);
    assert.equal(e.file, '.prodlint.yaml');
    assert.equal(e.line, 4);
    assert.equal(e.column, 13);
    assert.equal(e.key, 'rules.SH001.options.port');
    assert.equal(e.name, 'ConfigError');
  }
});

test('the file is named relative to the working directory, or absolute when outside it', () => {
  const dir = mkdtempSync(join(work, 'named-'));
  mkdirSync(join(dir, 'sub'));
  const file = join(dir, 'sub', '.prodlint.yaml');
  writeFileSync(file, 'bogus: 1\n');
  process.chdir(dir);
  assert.throws(() => loadConfig(file, RULES), { message: /^sub\/\.prodlint\.yaml:1:1: bogus: / });
  process.chdir(join(dir, 'sub'));
  assert.throws(() => loadConfig(join(dir, 'sub', '..', 'sub', '.prodlint.yaml'), RULES), { message: /^\.prodlint\.yaml:1:1: / });
  const other = mkdtempSync(join(work, 'other-'));
  process.chdir(other);
  assert.throws(() => loadConfig(file, RULES), { message: new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1: `) });
});

test('an unreadable or oversized config file is a ConfigError, not a crash', () => {
  const dir = mkdtempSync(join(work, 'unreadable-'));
  process.chdir(dir);
  assert.throws(() => loadConfig(join(dir, 'missing.yaml'), RULES), (e: unknown) => {
    assert.ok(e instanceof ConfigError);
    assert.equal(e.message, 'missing.yaml: cannot read config file (ENOENT)');
    return true;
  });
  mkdirSync(join(dir, 'adir.yaml'));
  assert.throws(() => loadConfig(join(dir, 'adir.yaml'), RULES), { name: 'ConfigError', message: 'adir.yaml: cannot read config file (EISDIR)' });
  writeFileSync(join(dir, 'big.yaml'), `# ${'x'.repeat(1024 * 1024)}\n`);
  assert.throws(() => loadConfig(join(dir, 'big.yaml'), RULES), {
    name: 'ConfigError',
    message: 'big.yaml: config file is 1048579 bytes (at most 1048576)',
  });
});

// --- rules: ids, names, options ---

test('rules may be named by id or by name; settings are stored by id', () => {
  const cfg = load('rules:\n  dev-server-in-production: note\n  unbounded-pool:\n    options: {limit: 3}\n');
  assert.deepEqual(cfg.rules, { SH001: { severity: 'note' }, PY003: { options: { limit: 3 } } });
});

test('option values of the right type are accepted, whatever the YAML spelling', () => {
  const cfg = load(
    [
      'rules:',
      '  SH001:',
      '    options:',
      '      port: 0x1F90',
      '      shells: [zsh]',
      '      strict: true',
      '      extra: {b: 2}',
      '  PY003:',
      '    options:',
      '      limit: 2.5',
      '      anything: [1, "two", {three: 3}]',
      '',
    ].join('\n'),
  );
  assert.deepEqual(cfg.rules.SH001!.options, { port: 8080, shells: ['zsh'], strict: true, extra: { b: 2 } });
  assert.deepEqual(cfg.rules.PY003!.options, { limit: 2.5, anything: [1, 'two', { three: 3 }] });
  // An empty list is a list; `options:` left empty means no options.
  assert.deepEqual(load('rules:\n  SH001:\n    options:\n      shells: []\n').rules.SH001!.options, { shells: [] });
  assert.deepEqual(load('rules:\n  SH001:\n    options:\n').rules.SH001, { options: {} });
});

test('aliases work as whole values', () => {
  const cfg = load(
    'rules: &strict\n  SH001: error\n  DC002: error\noverrides:\n  - files: legacy/**\n    rules: *strict\n',
  );
  assert.deepEqual(cfg.overrides[0]!.rules, { SH001: { severity: 'error' }, DC002: { severity: 'error' } });
});

// --- resolveRules ---

function resolved(cfg: ProdlintConfig, path: string, cli: Parameters<typeof resolveRules>[3] = []) {
  return Object.fromEntries([...resolveRules(cfg, RULES, path, cli)].map(([id, r]) => [id, { ...r, options: { ...r.options } }]));
}

test('resolveRules starts from each rule\'s defaults', () => {
  assert.deepEqual(resolved(defaultConfig(), 'deploy/start.sh'), {
    SH001: { severity: 'error', options: { port: 8000, shells: ['sh', 'bash'], strict: false, extra: { a: 1 } } },
    DC002: { severity: 'warning', options: {} },
    PY003: { severity: 'note', options: { limit: 10, anything: null } },
  });
});

test('config rules, then overrides in order, then CLI flags; options merge shallowly', () => {
  const cfg = load(
    [
      'rules:',
      '  SH001: {severity: warning, options: {port: 9000}}',
      '  DC002: off',
      '  PY003: {options: {limit: 20}}',
      'overrides:',
      '  - files: [services/**]',
      '    rules:',
      '      SH001: {options: {strict: true}}',
      '      DC002: {options: {}}',
      '  - files: services/api/**',
      '    rules:',
      '      SH001: note',
      '      DC002: error',
      '  - files: "*.sh"',
      '    rules:',
      '      SH001: {severity: error, options: {port: 1}}',
      '',
    ].join('\n'),
  );
  const shDefaults = { port: 9000, shells: ['sh', 'bash'], strict: false, extra: { a: 1 } };
  assert.deepEqual(resolved(cfg, 'app.py'), {
    SH001: { severity: 'warning', options: shDefaults },
    PY003: { severity: 'note', options: { limit: 20, anything: null } },
  });
  // Options alone do not turn an `off` rule back on.
  assert.deepEqual(resolved(cfg, 'services/web/x.py'), {
    SH001: { severity: 'warning', options: { ...shDefaults, strict: true } },
    PY003: { severity: 'note', options: { limit: 20, anything: null } },
  });
  assert.deepEqual(resolved(cfg, 'services/api/x.py').SH001, { severity: 'note', options: { ...shDefaults, strict: true } });
  assert.deepEqual(resolved(cfg, 'services/api/x.py').DC002, { severity: 'error', options: {} });
  // The last matching override wins.
  assert.deepEqual(resolved(cfg, 'services/api/run.sh').SH001, { severity: 'error', options: { ...shDefaults, strict: true, port: 1 } });
  // CLI flags beat everything.
  const cli = [...parseRuleFlag('SH001=off', RULES), ...parseRuleFlag('missing-restart-policy=note', RULES)];
  const withCli = resolved(cfg, 'services/api/run.sh', cli);
  assert.equal(withCli.SH001, undefined);
  assert.deepEqual(withCli.DC002, { severity: 'note', options: {} });
  // The last flag for a rule wins.
  assert.equal(resolved(cfg, 'app.py', [...parseRuleFlag('SH001=off', RULES), ...parseRuleFlag('SH001=note', RULES)]).SH001!.severity, 'note');
});

test('resolveRules returns a fresh map each time, so callers may change it', () => {
  const cfg = load('rules: {SH001: warning}\n');
  const first = resolveRules(cfg, RULES, 'a.sh', []);
  first.delete('SH001');
  first.clear();
  assert.deepEqual([...resolveRules(cfg, RULES, 'b.sh', [])].map(([id, r]) => [id, r.severity]), [
    ['SH001', 'warning'],
    ['DC002', 'warning'],
    ['PY003', 'note'],
  ]);
  // Different flags are not served from the cache of other flags.
  assert.equal(resolveRules(cfg, RULES, 'b.sh', [{ ruleId: 'SH001', severity: 'off' }]).has('SH001'), false);
  assert.equal(resolveRules(cfg, RULES, 'b.sh', []).has('SH001'), true);
  // A different rule list is resolved on its own.
  assert.deepEqual([...resolveRules(cfg, [noRestart], 'b.sh', []).keys()], ['DC002']);
});

test('resolving 100k paths reuses results per override signature', () => {
  const cfg = load('overrides:\n  - files: a/**\n    rules: {SH001: off}\n  - files: "*.py"\n    rules: {PY003: off}\n');
  const seen = new Set<unknown>();
  for (let i = 0; i < 100_000; i++) {
    const path = `${i % 2 ? 'a' : 'b'}/dir${i % 100}/file${i}.${i % 3 ? 'sh' : 'py'}`;
    for (const r of resolveRules(cfg, RULES, path, []).values()) seen.add(r);
  }
  // 4 signatures; each yields at most 3 resolved rule objects, shared across paths.
  assert.ok(seen.size <= 12, `expected shared results, saw ${seen.size} distinct objects`);
});

// --- --rule flags ---

test('parseRuleFlag accepts ids and names and reports mistakes in one line', () => {
  assert.deepEqual(parseRuleFlag('SH001=off', RULES), [{ ruleId: 'SH001', severity: 'off' }]);
  assert.deepEqual(parseRuleFlag('dev-server-in-production=warning', RULES), [{ ruleId: 'SH001', severity: 'warning' }]);
  assert.deepEqual(parseRuleFlag(' PY003 = error ', RULES), [{ ruleId: 'PY003', severity: 'error' }]);
  // Ids in any case.
  assert.deepEqual(parseRuleFlag('sh001=off', RULES), [{ ruleId: 'SH001', severity: 'off' }]);
  const cases: [string, string][] = [
    ['SH001', '--rule "SH001": expected RULE=LEVEL, e.g. SH001=off (LEVEL is off, note, warning or error)'],
    ['=off', '--rule "=off": missing rule id or name before "="'],
    ['SH01=off', "--rule \"SH01=off\": unknown rule \"SH01\" (did you mean 'SH001'?)"],
    ['ZZ123=off', "--rule \"ZZ123=off\": unknown rule \"ZZ123\" (run 'prodlint rules' to list them)"],
    ['SH001=eror', '--rule "SH001=eror": unknown severity "eror" (expected off, note, warning or error)'],
    ['SH001=', '--rule "SH001=": unknown severity "" (expected off, note, warning or error)'],
  ];
  for (const [flag, message] of cases) {
    assert.throws(() => parseRuleFlag(flag, RULES), (e: unknown) => {
      assert.ok(e instanceof ConfigError);
      assert.equal(e.message, message);
      return true;
    });
  }
});

// --- environment, kinds, ignore ---

test('typical development and production paths are classified by the defaults', () => {
  const cfg = defaultConfig();
  const development = [
    'docker-compose.override.yml',
    'deploy/compose.override.yaml',
    'docker-compose.dev.yml',
    'Dockerfile.dev',
    'services/api/Dockerfile.dev',
    'Dockerfile-dev',
    'Containerfile.local',
    'Procfile.dev',
    'bin/dev',
    'scripts/start-dev.sh',
    'scripts/run-local.sh',
    'config/settings_dev.py',
    'config.local.js',
    'tests/x.sh',
    'test/start.sh',
    'src/__tests__/server.ts',
    'spec/support/boot.sh',
    'e2e/run.sh',
    'src/app.test.ts',
    'src/app.spec.js',
    'docker-compose.test.yml',
    'pkg/test_api.py',
    'pkg/api_test.py',
    'conftest.py',
    'docs/deploy.sh',
    'examples/Dockerfile',
    'dev/run.sh',
    'docker/dev/Dockerfile',
    '.devcontainer/Dockerfile',
    '.devcontainer/docker-compose.yml',
    'app/settings/local.py',
    'app/settings/dev.py',
    'app/settings/development.py',
    'app/settings/test.py',
    'app/settings/testing.py',
    './tests/x.sh',
    // Issue 16: development set-ups found in real repositories.
    'devcontainer-example/docker-compose.yml',
    'samples/web/Dockerfile',
    'dev-env/compose.yaml',
    '{{cookiecutter.project_slug}}/compose/local/django/Dockerfile',
    'docker-compose.debug.yml',
    'Dockerfile.debug',
    'docker/debug/Dockerfile',
    'tools/kafka/docker-compose.yml',
    'sandbox/docker-compose.yml',
    'Procfile.windows',
    // Measured in docs/precision-issue16.md.
    '.examples/docker-compose/with-nginx-proxy/postgres/fpm/compose.yaml',
    'a/.samples/Dockerfile',
    'debug/docker-compose.yaml',
    'ops/debug/stack/compose.yml',
    '_integration-test/custom-ca-roots/custom-ca-roots-test.py',
    'integration-tests/compose.yaml',
    'pkg/integration_test/run.sh',
  ];
  const production = [
    'app/settings/production.py',
    // Linted as production by choice: this project's own fixtures and demo live here.
    'fixtures/demo/start.sh',
    'app/settings/base.py',
    'app/settings.py',
    'deploy/start.sh',
    'docker-compose.yml',
    'compose.prod.yaml',
    'Dockerfile',
    'Dockerfile.prod',
    'Procfile',
    'rc.local',
    'etc/rc.local',
    'src/thread_local.py',
    'src/devices.py',
    'src/latest.py',
    'src/contest.py',
    'deploy/systemd/app.service',
    'testing.sh',
    'document.py',
    'package.json',
    // Ambiguous names stay production: images copy rootfs/usr/local/bin into production, and
    // tools/ and sandbox/ also hold production modules (langfuse's worker/src/.../sandbox/).
    'docker/rootfs/usr/local/bin/start.sh',
    'local/start.sh',
    'tools/deploy.sh',
    'worker/src/features/runtime/sandbox/run.ts',
    'src/debug/index.ts',
    'debug/Dockerfile',
    'debug/start.sh',
    'src/debug-compose.ts',
    'examples.py',
    '.example.env.sh',
    'src/integration.py',
    'integration/compose.yaml',
    '{{cookiecutter.project_slug}}/compose/production/django/Dockerfile',
  ];
  for (const p of development) assert.equal(environmentOf(p, cfg), 'development', p);
  for (const p of production) assert.equal(environmentOf(p, cfg), 'production', p);
});

test('dev-paths add to the defaults and production-paths win over both', () => {
  const cfg = load('dev-paths: [scripts/local/, sandbox]\nproduction-paths: [docs/deploy/**, "*.prod.test.sh"]\n');
  assert.equal(environmentOf('scripts/local/run.sh', cfg), 'development');
  assert.equal(environmentOf('scripts/local', cfg), 'production', 'a trailing / matches directories only');
  assert.equal(environmentOf('sandbox', cfg), 'development');
  assert.equal(environmentOf('a/b/sandbox/x.sh', cfg), 'development', 'no / matches the basename at any depth');
  assert.equal(environmentOf('tests/x.sh', cfg), 'development', 'defaults still apply');
  assert.equal(environmentOf('docs/deploy/start.sh', cfg), 'production');
  assert.equal(environmentOf('docs/intro/start.sh', cfg), 'development');
  assert.equal(environmentOf('tests/smoke.prod.test.sh', cfg), 'production');
});

test('globs with a slash are anchored at the config directory; a leading / or ./ is dropped', () => {
  const cfg = load('ignore: [vendor/*.sh, /build, ./gen/**, "*.min.js", ".cache/"]\n');
  assert.equal(isIgnored('vendor/x.sh', cfg), true);
  assert.equal(isIgnored('vendor/sub/x.sh', cfg), false, '* does not cross /');
  assert.equal(isIgnored('src/vendor/x.sh', cfg), false, 'anchored');
  assert.equal(isIgnored('build/out.sh', cfg), true, 'a matching directory covers its contents');
  assert.equal(isIgnored('src/build/out.sh', cfg), false, 'a leading / anchors');
  assert.equal(isIgnored('gen/a/b.py', cfg), true);
  assert.equal(isIgnored('./gen/a/b.py', cfg), true);
  assert.equal(isIgnored('web/app.min.js', cfg), true);
  assert.equal(isIgnored('.cache/x/y.sh', cfg), true, 'dot directories are not special');
  assert.equal(isIgnored('src/app.js', cfg), false);
  assert.equal(isIgnored('anything', defaultConfig()), false);
});

test('kinds: the last matching glob wins', () => {
  const cfg = load('kinds:\n  "deploy/**": shell\n  "deploy/units/*": systemd\n  run: procfile\n');
  assert.equal(kindOverride('deploy/hooks/pre', cfg), 'shell');
  assert.equal(kindOverride('deploy/units/app', cfg), 'systemd');
  assert.equal(kindOverride('x/run', cfg), 'procfile');
  assert.equal(kindOverride('deploy/run', cfg), 'procfile');
  assert.equal(kindOverride('src/app.py', cfg), undefined);
  assert.equal(kindOverride('Dockerfile', defaultConfig()), undefined);
});

// --- globs ---

test('pathological globs are rejected with a clear error', () => {
  const long = 'a'.repeat(1001);
  assert.equal(errorOf(`ignore: [${long}]\n`), '.prodlint.yaml:1:10: ignore[0]: glob is 1001 characters long (at most 1000)');
  assert.equal(globProblem('a'.repeat(1000)), undefined);
  const many = Array.from({ length: 1001 }, (_, i) => `  - f${i}`).join('\n');
  assert.equal(errorOf(`ignore:\n${many}\n`), '.prodlint.yaml:2:3: ignore: more than 1000 globs in one list');
  assert.equal(load(`ignore:\n${many.split('\n').slice(1).join('\n')}\n`).ignore.length, 1000);
  // 2^14 = 16384 alternatives.
  assert.equal(errorOf(`ignore: "${'{a,b}'.repeat(14)}"\n`), '.prodlint.yaml:1:9: ignore: brace sets expand to more than 10000 alternatives');
  assert.equal(globProblem('{a,b}'.repeat(13)), undefined, '8192 alternatives are fine');
  // Nested sets add up inside and multiply outside: 100 * 101 > 10000.
  const hundred = `{${Array.from({ length: 100 }, (_, i) => `x${i}`).join(',')}}`;
  const hundredOne = `{${Array.from({ length: 100 }, (_, i) => `y${i}`).join(',')},{z}}`;
  assert.match(globProblem(hundred + hundredOne) ?? '', /more than 10000 alternatives/);
  assert.equal(globProblem(hundred + hundred), undefined);
  assert.equal(globProblem('\\{1..5}'), undefined, 'escaped braces are literal');
  assert.equal(globProblem('[{]x'), undefined, 'a brace in a class is literal');
  // Stars: counted per segment and per brace alternative.
  assert.equal(globProblem('*a*b*'), undefined);
  assert.match(globProblem('{*a,b}*c*d*') ?? '', /more than 3 '\*'/);
  assert.equal(globProblem('{*a,b}/*c*d*'), undefined);
  assert.equal(globProblem('**/*.{dev,local}.*'), undefined);
  for (const glob of DEFAULT_DEV_PATHS) assert.equal(globProblem(glob), undefined, glob);
});

test('a pathological glob never reaches the matcher, and allowed ones stay quick', () => {
  // Limits chosen so the worst allowed shapes still finish; this only checks they return.
  const worstStars = compileGlobs(['*a*a*b']);
  assert.equal(worstStars('a'.repeat(255)), false);
  const worstGlobstars = compileGlobs(['**/a/**/a/**/a/**/b']);
  assert.equal(worstGlobstars(`${'a/'.repeat(60)}c`), false);
});

// --- safety: data only ---

test('the loader only reads YAML: tags, code-looking strings and prototype keys do nothing', () => {
  const marker = join(work, 'executed-marker');
  const attempts = [
    'rules: !!js/function "function () { require(\'fs\').writeFileSync(\'' + marker + '\', \'x\') }"\n',
    'rules: !!python/object/apply:os.system ["touch ' + marker + '"]\n',
    'ignore: !include other.yaml\n',
    `ignore: ["$(touch ${marker})", "\`touch ${marker}\`"]\n`,
    `rules:\n  SH001:\n    options:\n      extra: {cmd: "$(touch ${marker})", __proto__: {polluted: true}}\n`,
    'rules:\n  SH001:\n    options:\n      __proto__: {polluted: true}\n',
    'rules:\n  __proto__: off\n',
    'kinds:\n  __proto__: shell\n  constructor: shell\n',
  ];
  const outcomes: string[] = [];
  for (const text of attempts) {
    try {
      const cfg = load(text);
      // Using the config must not run anything either.
      environmentOf(`$(touch ${marker})`, cfg);
      isIgnored('x', cfg);
      kindOverride('__proto__', cfg);
      resolveRules(cfg, RULES, 'a.sh', []);
      outcomes.push('ok');
    } catch (e) {
      assert.ok(e instanceof ConfigError, String(e));
      outcomes.push(e.message.replace(/^\.prodlint\.yaml:\d+:\d+: /, ''));
    }
  }
  assert.equal(existsSync(marker), false);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.deepEqual(outcomes, [
    'YAML tags are not allowed: Unresolved tag: tag:yaml.org,2002:js/function',
    'YAML tags are not allowed: Unresolved tag: tag:yaml.org,2002:python/object/apply:os.system',
    'YAML tags are not allowed: Unresolved tag: !include',
    'ok',
    'ok',
    'rules.SH001.options.__proto__: unknown option "__proto__" (expected port, shells, strict or extra)',
    'rules.__proto__: unknown rule "__proto__" (run \'prodlint rules\' to list them)',
    'ok',
  ]);
  const kinds = load('kinds:\n  __proto__: shell\n').kinds;
  assert.deepEqual(kinds, [{ pattern: '__proto__', kind: 'shell' }]);
  // The options object kept `__proto__` as data, not as a prototype.
  const extra = load('rules:\n  SH001:\n    options:\n      extra: {__proto__: {polluted: true}}\n').rules.SH001!.options!.extra as object;
  assert.equal(Object.getPrototypeOf(extra), Object.prototype);
  assert.equal((extra as Record<string, unknown>).polluted, undefined);
});

test('a config beside a .js or .ts config never loads the code', () => {
  const dir = mkdtempSync(join(work, 'code-'));
  const marker = join(dir, 'ran');
  for (const name of ['.prodlint.js', '.prodlint.ts', '.prodlint.mjs', 'prodlint.config.js']) {
    writeFileSync(join(dir, name), `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x');\n`);
  }
  assert.equal(findConfig(dir, dir), undefined);
  writeFileSync(join(dir, '.prodlint.yaml'), 'rules: {SH001: off}\n');
  const found = findConfig(dir, dir);
  assert.equal(found, join(dir, '.prodlint.yaml'));
  loadConfig(found!, RULES);
  assert.equal(existsSync(marker), false);
});

test('alias bombs and deep nesting end in a ConfigError', () => {
  const laughs = [
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  ];
  const inOptions = `rules:\n  PY003:\n    options:\n      anything:\n        ${laughs.join('\n        ')}\n`;
  assert.equal(errorOf(inOptions), '.prodlint.yaml:5:9: rules.PY003.options.anything: too many YAML nodes (more than 100000, counting alias expansions)');
  // Aliases are followed with a budget: 500 overrides each pulling in a 300-item anchored list.
  const items = Array.from({ length: 300 }, (_, i) => i).join(', ');
  const many = [
    'overrides:',
    `  - {files: x, rules: {PY003: {options: {anything: &big [${items}]}}}}`,
    ...Array.from({ length: 500 }, () => '  - {files: x, rules: {PY003: {options: {anything: *big}}}}'),
    '',
  ].join('\n');
  assert.match(errorOf(many), /^\.prodlint\.yaml:\d+:\d+: overrides\[\d+\]\.rules\.PY003\.options\.anything: too many YAML nodes \(more than 100000, counting alias expansions\)$/);
  // Globs count towards a total as well: 20 lists of 600 are more than 10000.
  const globs = Array.from({ length: 600 }, (_, i) => `g${i}`).join(', ');
  const lotsOfGlobs = `overrides:\n  - &f {files: [${globs}], rules: {}}\n${'  - *f\n'.repeat(19)}`;
  // 16 lists of 600 plus 400 reach the limit; the position is the glob in the anchored list.
  const column = lotsOfGlobs.split('\n')[1]!.indexOf('g400') + 1;
  assert.equal(errorOf(lotsOfGlobs), `.prodlint.yaml:2:${column}: overrides[16].files[400]: more than 10000 globs in the config file`);
  // Deep nesting is refused before the YAML composer recurses (repeated stack overflows there can
  // abort Node itself), however often it is tried.
  for (let attempt = 0; attempt < 3; attempt++) {
    const flow = `rules:\n  PY003:\n    options:\n      anything: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    assert.equal(errorOf(flow), '.prodlint.yaml:4:77: YAML is nested more than 64 levels deep');
    assert.equal(errorOf(`ignore:\n${'- '.repeat(5000)}x\n`), '.prodlint.yaml:2:127: YAML is nested more than 64 levels deep');
  }
  // Ordinary depth is fine.
  const twenty = load(`rules:\n  PY003:\n    options:\n      anything: ${'['.repeat(20)}1${']'.repeat(20)}\n`);
  let value: unknown = twenty.rules.PY003!.options!.anything;
  let depth = 0;
  while (Array.isArray(value)) {
    value = value[0];
    depth++;
  }
  assert.equal(depth, 20);
  assert.equal(value, 1);
});

test('whatever the bytes, loading returns a config or throws a one-line ConfigError', () => {
  const keys = ['rules', 'ignore', 'dev-paths', 'production-paths', 'kinds', 'overrides', 'require-reason', 'max-file-size', 'SH001', 'options', 'severity', 'files', 'port', 'shells', '<<', '&a', '*a'];
  const token = fc.oneof(
    fc.constantFrom(...keys, ':', ' ', '\n', '  ', '- ', '[', ']', '{', '}', ',', '"', "'", '!', '#', '*', '**', '?', 'off', 'error', 'true', '1MiB', '{a,b}', '\t', '\r\n', '---', '|', '>'),
    fc.string({ maxLength: 6 }),
  );
  fc.assert(
    fc.property(fc.array(token, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      try {
        parseConfigText(text, 'fuzz.yaml', '/fuzz.yaml', RULES);
      } catch (e) {
        if (!(e instanceof ConfigError)) throw new Error(`non-ConfigError for ${JSON.stringify(text)}: ${String(e)}`);
        if (e.message.includes('\n') || !e.message.startsWith('fuzz.yaml')) throw new Error(`bad message: ${e.message}`);
      }
    }),
    { numRuns: 3000, seed: 20240601 },
  );
});

// --- the JSON Schema agrees with the loader ---

const schemaPath = fileURLToPath(new URL('../schema/prodlint.schema.json', import.meta.url));
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
const validateSchema = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** Both sides accept these. */
const BOTH_ACCEPT = [
  '',
  '# comment only\n',
  'rules: {SH001: off, missing-restart-policy: note}\n',
  'rules:\n  PY003:\n    severity: warning\n    options: {limit: 4}\n',
  'rules:\n  SH001: {}\n',
  'rules:\n  SH001:\n    options:\n',
  'rules:\n',
  'ignore: vendor/**\n',
  'ignore: [vendor/**, "*.gen.sh"]\n',
  'ignore: []\n',
  'dev-paths: [sandbox/**]\nproduction-paths: docs/deploy/**\n',
  'vendor-dirs: []\n',
  'vendor-dirs: [vendor, third_party, 3rdparty]\n',
  'vendor-dirs: bower_components\n',
  'kinds: {"deploy/*": shell, "units/*.conf": systemd}\n',
  'kinds:\n',
  'overrides:\n  - files: legacy/**\n    rules: {SH001: off}\n',
  'overrides:\n  - files: [a, b]\n    rules:\n',
  'overrides: []\n',
  'require-reason: false\n',
  'max-file-size: 2048\n',
  'max-file-size: 1MiB\n',
  'max-file-size: "0.5 KB"\n',
  'max-file-size: 1.5mb\n',
];

/** Both sides reject these. */
const BOTH_REJECT = [
  'bogus: 1\n',
  'dev_paths: [x]\n',
  '- a\n',
  '"a string"\n',
  'rules: []\n',
  'rules: {SH001: eror}\n',
  'rules: {SH001: }\n',
  'rules: {SH001: 1}\n',
  'rules: {SH001: [off]}\n',
  'rules: {SH001: {level: off}}\n',
  'rules: {SH001: {severity: fatal}}\n',
  'rules: {SH001: {options: [1]}}\n',
  'rules: {sh_001: off}\n',
  'rules: {Dev-Server: off}\n',
  'vendor-dirs: [lib/vendor]\n',
  'vendor-dirs: ["vendor*"]\n',
  'vendor-dirs: [".."]\n',
  'vendor-dirs: [1]\n',
  'ignore: 3\n',
  'ignore: {a: b}\n',
  'ignore: [""]\n',
  'ignore: [[a]]\n',
  'ignore: ["!keep.sh"]\n',
  `ignore: [${'a'.repeat(1001)}]\n`,
  `ignore: [${Array.from({ length: 1001 }, (_, i) => `f${i}`).join(', ')}]\n`,
  'kinds: [shell]\n',
  'kinds: {"x": bash}\n',
  'kinds: {"x": 1}\n',
  'kinds: {"!x": shell}\n',
  'overrides: {files: x}\n',
  'overrides: [x]\n',
  'overrides:\n  - files: x\n',
  'overrides:\n  - rules: {}\n',
  'overrides:\n  - files: []\n    rules: {}\n',
  'overrides:\n  - files: x\n    rules: {}\n    extra: 1\n',
  'require-reason: "yes"\n',
  'require-reason: 1\n',
  'max-file-size: 0\n',
  'max-file-size: -5\n',
  'max-file-size: 1.5\n',
  'max-file-size: "0KB"\n',
  'max-file-size: 1TB\n',
  'max-file-size: big\n',
];

/** Only the loader can tell: rule ids that do not exist, option names and types, glob shapes. */
const LOADER_ONLY_REJECT = [
  'rules: {XX999: off}\n',
  'rules: {no-such-rule: off}\n',
  'rules: {SH001: {options: {prot: 1}}}\n',
  'rules: {SH001: {options: {port: "80"}}}\n',
  'rules: {SH001: off, dev-server-in-production: error}\n',
  'ignore: ["{a,b"]\n',
  'ignore: ["{1..5}"]\n',
  'ignore: ["*a*b*c*d"]\n',
  `ignore: "${'{a,b}'.repeat(14)}"\n`,
];

function loaderAccepts(text: string): boolean {
  try {
    parseConfigText(text, 'x.yaml', '/x.yaml', RULES);
    return true;
  } catch (e) {
    assert.ok(e instanceof ConfigError, String(e));
    return false;
  }
}

function schemaAccepts(text: string): boolean {
  return validateSchema(parseYaml(text, { version: '1.2' }) ?? null) as boolean;
}

test('the JSON Schema accepts what the loader accepts and rejects what it rejects', () => {
  for (const text of BOTH_ACCEPT) {
    assert.equal(loaderAccepts(text), true, `loader should accept ${JSON.stringify(text)}`);
    assert.equal(schemaAccepts(text), true, `schema should accept ${JSON.stringify(text)}: ${JSON.stringify(validateSchema.errors)}`);
  }
  for (const text of BOTH_REJECT) {
    assert.equal(loaderAccepts(text), false, `loader should reject ${JSON.stringify(text)}`);
    assert.equal(schemaAccepts(text), false, `schema should reject ${JSON.stringify(text)}`);
  }
  for (const text of LOADER_ONLY_REJECT) {
    assert.equal(loaderAccepts(text), false, `loader should reject ${JSON.stringify(text)}`);
    assert.equal(schemaAccepts(text), true, `schema is not expected to know ${JSON.stringify(text)}`);
  }
});

test('the schema lists the same keys, kinds and severities as the code', () => {
  const properties = schema.properties as Record<string, unknown>;
  assert.deepEqual(Object.keys(properties), ['rules', 'ignore', 'dev-paths', 'production-paths', 'vendor-dirs', 'kinds', 'overrides', 'require-reason', 'max-file-size', 'select', 'ignore-rules']);
  // The loader's list of known keys, as its unknown-key message spells it out.
  const listed = /expected (.*)\)$/.exec(errorOf('colour: true\n'))![1]!.split(/, | or /);
  assert.deepEqual(listed, Object.keys(properties));
  const defs = schema.$defs as Record<string, { enum?: string[] }>;
  assert.deepEqual(defs.kind!.enum, [...KINDS]);
  assert.deepEqual(defs.severity!.enum, [...RULE_LEVELS]);
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.additionalProperties, false);
  for (const id of RULES.flatMap((r) => [r.id, r.name])) {
    assert.equal(schemaAccepts(`rules: {${id}: off}\n`), true, id);
  }
});
