import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import {
  KIND_FENCE_LANGUAGE,
  RULES_DOC_URL,
  headingAnchor,
  renderRuleMarkdown,
  renderRuleText,
  ruleAnchor,
  ruleHelpUri,
} from '../src/docs.js';
import { KINDS } from '../src/types.js';
import {
  README_END,
  README_START,
  renderIndex,
  renderReadmeBlock,
  renderRulesReadme,
  replaceMarkedBlock,
  runGen,
} from '../scripts/gen.js';
import { makeRule } from './format-helpers.js';

const sh = makeRule('SH001', 'dev-server-in-production', {
  options: { extraServers: ['granian'], allowInScripts: false },
});
const df = makeRule('DF002', 'shell-form-entrypoint', {
  severity: 'warning',
  kinds: ['dockerfile'],
  docs: { ...makeRule('X', 'y').docs, summary: 'CMD or ENTRYPOINT | in shell form', references: undefined },
});
const pl = makeRule('PL000', 'parse-error', { severity: 'warning', category: 'tool', kinds: [], productionOnly: false });

test('anchors and help URIs follow GitHub heading slugs', () => {
  assert.equal(ruleAnchor(sh), 'sh001-dev-server-in-production');
  assert.equal(RULES_DOC_URL, 'https://github.com/prodlint/prodlint/blob/v0.1.0/rules/README.md');
  assert.equal(ruleHelpUri(sh), 'https://github.com/prodlint/prodlint/blob/v0.1.0/rules/README.md#sh001-dev-server-in-production');
  assert.equal(headingAnchor('DF — Dockerfile'), 'df--dockerfile');
  assert.equal(headingAnchor('What it does?'), 'what-it-does');
  assert.equal(headingAnchor('snake_case & Ünïcode'), 'snake_case--ünïcode');
});

test('rule Markdown: heading, facts, summary, sections in order, options with defaults', () => {
  const md = renderRuleMarkdown(sh, 3);
  const lines = md.split('\n');
  assert.equal(lines[0], '### SH001 dev-server-in-production');
  assert.ok(
    md.includes('**Severity:** error · **Category:** reliability · **Applies to:** shell, Dockerfile · **Production only:** yes'),
  );
  assert.ok(md.includes('\nSummary of SH001.\n'), 'summary becomes a sentence');
  const headings = lines.filter((l) => l.startsWith('#### '));
  assert.deepEqual(headings, [
    '#### What it does',
    '#### Why it matters',
    '#### Example',
    '#### Fix',
    '#### References',
    '#### Options',
  ]);
  assert.ok(md.includes('```dockerfile\nCMD uvicorn app:app --reload\n```'));
  assert.ok(md.includes('- <https://www.uvicorn.org/settings/>'));
  assert.ok(md.includes('| `allowInScripts` | `false` |'));
  assert.ok(md.includes('| `extraServers` | `["granian"]` |'));
  assert.ok(md.endsWith('|\n'));
});

test('rule Markdown: optional parts are left out, heading levels clamp', () => {
  const md = renderRuleMarkdown(df, 6);
  assert.ok(md.startsWith('###### DF002 shell-form-entrypoint\n'));
  assert.ok(md.includes('\n###### What it does\n'), 'sub-headings cannot go below level 6');
  assert.ok(!md.includes('References'));
  assert.ok(!md.includes('Options'));
  assert.ok(renderRuleMarkdown(pl, 2).includes('**Applies to:** any file'));
  assert.ok(renderRuleMarkdown(pl, 2).includes('**Production only:** no'));
});

test('example fences carry the language of their kind and survive backticks in the code', () => {
  for (const kind of KINDS) {
    const rule = makeRule('SH009', 'x', { docs: { ...sh.docs, example: { kind, code: 'a' } } });
    assert.ok(renderRuleMarkdown(rule, 2).includes(`\n\`\`\`${KIND_FENCE_LANGUAGE[kind]}\na\n\`\`\`\n`), kind);
  }
  assert.deepEqual(KIND_FENCE_LANGUAGE, {
    shell: 'sh',
    dockerfile: 'dockerfile',
    compose: 'yaml',
    systemd: 'ini',
    procfile: 'text',
    packagejson: 'json',
    python: 'python',
    typescript: 'ts',
    kubernetes: 'yaml',
    cron: 'text',
    railway: 'toml',
    fly: 'toml',
    render: 'yaml',
    heroku: 'json',
  });
  const tricky = makeRule('SH009', 'x', { docs: { ...sh.docs, example: { kind: 'shell', code: 'echo ```\n' } } });
  assert.ok(renderRuleMarkdown(tricky, 2).includes('\n````sh\necho ```\n````\n'));
});

test('rule text: the same content for a terminal, without Markdown syntax', () => {
  const text = renderRuleText(sh);
  const lines = text.split('\n');
  assert.equal(lines[0], 'SH001 dev-server-in-production');
  assert.equal(lines[1], 'Severity: error · Category: reliability · Applies to: shell, Dockerfile · Production only: yes');
  for (const title of ['What it does', 'Why it matters', 'Example (Dockerfile)', 'Fix (Dockerfile)', 'References', 'Options (defaults)']) {
    assert.ok(lines.includes(title), title);
  }
  assert.ok(text.includes('  Detects dev-server-in-production in start commands. See the docs (https://example.com/SH001).'));
  assert.ok(text.includes('\n    CMD uvicorn app:app --reload\n'), 'code is indented, not fenced');
  assert.ok(!text.includes('```') && !text.includes('**'));
  assert.ok(text.includes('  extraServers: ["granian"]'));
  assert.ok(text.endsWith(`More: ${ruleHelpUri(sh)}\n`));
});

test('rules/index.ts: sorted imports, allRules in id order, "do not edit", valid TypeScript', () => {
  const index = renderIndex(['SH001-dev-server-in-production.ts', 'DF002-shell-form-entrypoint.ts', 'PL000-parse-error.ts']);
  assert.match(index, /^\/\/ Generated by scripts\/gen\.ts .*do not edit/);
  const imports = index.split('\n').filter((l) => l.startsWith('import '));
  assert.deepEqual(imports, [
    "import type { AnyRule } from '../src/rule.js';",
    "import DF002_shell_form_entrypoint from './DF002-shell-form-entrypoint.js';",
    "import PL000_parse_error from './PL000-parse-error.js';",
    "import SH001_dev_server_in_production from './SH001-dev-server-in-production.js';",
  ]);
  assert.ok(
    index.endsWith(
      'export const allRules: AnyRule[] = [\n  DF002_shell_form_entrypoint,\n  PL000_parse_error,\n  SH001_dev_server_in_production,\n];\n',
    ),
  );
  const { diagnostics } = ts.transpileModule(index, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } });
  assert.deepEqual(diagnostics, []);
  assert.ok(renderIndex([]).endsWith('export const allRules: AnyRule[] = [];\n'));
});

test('rules/README.md: intro, a table per family in family order, then every section', () => {
  const other = makeRule('ZZ001', 'experimental', { severity: 'note' });
  const md = renderRulesReadme([pl, other, df, sh]);
  assert.ok(md.startsWith('# prodlint rules\n'));
  const h2 = md.split('\n').filter((l) => l.startsWith('## '));
  assert.deepEqual(h2, [
    '## SH — commands and environment',
    '## DF — Dockerfile',
    '## PL — prodlint itself',
    '## Other rules',
    '## Rule reference',
  ]);
  assert.ok(md.includes('| ID | Name | Severity | Applies to | Summary |'));
  assert.ok(md.includes('| [SH001](#sh001-dev-server-in-production) | dev-server-in-production | error | shell, Dockerfile | Summary of SH001 |'));
  assert.ok(md.includes('| [DF002](#df002-shell-form-entrypoint) | shell-form-entrypoint | warning | Dockerfile | CMD or ENTRYPOINT \\| in shell form |'));
  assert.ok(md.includes('| [PL000](#pl000-parse-error) | parse-error | warning | any file |'));
  const sections = md.split('\n').filter((l) => l.startsWith('### '));
  assert.deepEqual(sections, ['### SH001 dev-server-in-production', '### DF002 shell-form-entrypoint', '### PL000 parse-error', '### ZZ001 experimental']);
  // Every table link resolves to a section heading in the same document.
  for (const [, anchor] of md.matchAll(/\]\(#([^)]+)\)/g)) {
    assert.ok(sections.some((s) => headingAnchor(s.slice(4)) === anchor), anchor);
  }
  assert.equal(renderRulesReadme([sh, df, pl]), renderRulesReadme([pl, df, sh]), 'input order does not matter');
  assert.ok(renderRulesReadme([]).includes('No rules yet.'));
});

test('README block links into rules/README.md; marker replacement keeps everything else', () => {
  const block = renderReadmeBlock([sh]);
  assert.ok(block.includes('| [SH001](rules/README.md#sh001-dev-server-in-production) |'));
  assert.ok(block.includes('### SH — commands and environment'));
  const readme = `# prodlint\n\nIntro.\n\n${README_START}\nold table\n${README_END}\n\n## Licence\nMIT\n`;
  const updated = replaceMarkedBlock(readme, block);
  assert.ok(updated !== null);
  assert.ok(updated.startsWith(`# prodlint\n\nIntro.\n\n${README_START}\n<!-- Generated`));
  assert.ok(updated.endsWith(`|\n\nEach rule is documented in [rules/README.md](rules/README.md).\n${README_END}\n\n## Licence\nMIT\n`));
  assert.ok(!updated.includes('old table'));
  assert.equal(replaceMarkedBlock(updated, block), updated, 'idempotent');
  assert.equal(replaceMarkedBlock('# no markers\n', block), null);
  assert.equal(replaceMarkedBlock(`${README_END}\n${README_START}\n`, block), null, 'reversed markers');
  assert.equal(replaceMarkedBlock(`${README_START}\n${README_END}\n${README_START}\n${README_END}\n`, block), null, 'two blocks');
});

const fakeRoots: string[] = [];
after(() => {
  for (const root of fakeRoots) rmSync(root, { recursive: true, force: true });
});

/** A throwaway repository with rule files (plain objects; they need no imports). */
function fakeRepo(rules: Record<string, object | string>, readme?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'prodlint-gen-'));
  fakeRoots.push(root);
  mkdirSync(join(root, 'rules'));
  for (const [file, rule] of Object.entries(rules)) {
    const body = typeof rule === 'string' ? rule : `export default ${JSON.stringify(rule)};\n`;
    writeFileSync(join(root, 'rules', file), body);
  }
  if (readme !== undefined) writeFileSync(join(root, 'README.md'), readme);
  return root;
}

const plain = (rule: ReturnType<typeof makeRule>) => JSON.parse(JSON.stringify(rule)) as object;

test('runGen: --check names stale files and writes nothing; a run writes them; then --check passes', async () => {
  const readme = `# prodlint\n\n${README_START}\n${README_END}\n\nEnd.\n`;
  const root = fakeRepo(
    {
      'SH001-dev-server-in-production.ts': plain(sh),
      'PL000-parse-error.ts': plain(pl),
      'notes.md': 'not a rule',
      'helpers.ts': 'export const x = 1;\n',
    },
    readme,
  );
  const check = await runGen({ root, check: true });
  assert.equal(check.exitCode, 1);
  assert.deepEqual(check.stale, ['rules/index.ts', 'rules/README.md', 'README.md']);
  assert.deepEqual(check.written, []);
  assert.ok(!existsSync(join(root, 'rules/index.ts')));
  assert.equal(readFileSync(join(root, 'README.md'), 'utf8'), readme);

  const write = await runGen({ root, check: false });
  assert.equal(write.exitCode, 0);
  assert.deepEqual(write.written, ['rules/index.ts', 'rules/README.md', 'README.md']);
  const index = readFileSync(join(root, 'rules/index.ts'), 'utf8');
  assert.equal(index, renderIndex(['PL000-parse-error.ts', 'SH001-dev-server-in-production.ts']));
  assert.ok(!index.includes('helpers'));
  const rulesReadme = readFileSync(join(root, 'rules/README.md'), 'utf8');
  assert.ok(rulesReadme.includes('### SH001 dev-server-in-production'));
  assert.ok(rulesReadme.indexOf('## SH —') < rulesReadme.indexOf('## PL —'));
  const top = readFileSync(join(root, 'README.md'), 'utf8');
  assert.ok(top.includes('[PL000](rules/README.md#pl000-parse-error)'));
  assert.ok(top.endsWith(`${README_END}\n\nEnd.\n`));

  const again = await runGen({ root, check: true });
  assert.deepEqual({ exitCode: again.exitCode, stale: again.stale }, { exitCode: 0, stale: [] });
});

test('runGen: a README without markers is left alone with a warning', async () => {
  const root = fakeRepo({ 'SH001-dev-server-in-production.ts': plain(sh) }, '# hand-written\n');
  const r = await runGen({ root, check: false });
  assert.equal(r.exitCode, 0);
  assert.equal(readFileSync(join(root, 'README.md'), 'utf8'), '# hand-written\n');
  assert.equal(r.warnings.length, 1);
  assert.match(r.warnings[0]!, /README\.md has no single/);
  const noReadme = await runGen({ root: fakeRepo({}), check: true });
  assert.match(noReadme.warnings[0]!, /README\.md not found/);
  assert.deepEqual(noReadme.stale, ['rules/index.ts', 'rules/README.md']);
});

test('runGen: broken rule files are reported, not thrown, and nothing is written', async () => {
  const root = fakeRepo({
    'SH001-wrong-name.ts': plain(sh),
    'DF002-shell-form-entrypoint.ts': 'throw new Error("boom");\n',
    'DF003-nothing.ts': 'export const notDefault = 1;\n',
    'SH001-dev-server-in-production.ts': plain(sh),
  });
  const r = await runGen({ root, check: false });
  assert.equal(r.exitCode, 1);
  assert.deepEqual(r.written, []);
  assert.ok(!existsSync(join(root, 'rules/index.ts')));
  const text = r.problems.join('\n');
  assert.match(text, /DF002-shell-form-entrypoint\.ts: cannot be imported: boom/);
  assert.match(text, /DF003-nothing\.ts: has no default export/);
  assert.match(text, /SH001-wrong-name\.ts: exports SH001 dev-server-in-production, so the file should be named SH001-dev-server-in-production\.ts/);
  assert.match(text, /id SH001 is already used by rules\/SH001-dev-server-in-production\.ts/);
});

test('gen.ts rejects unknown arguments with exit code 2', () => {
  const script = new URL('../scripts/gen.ts', import.meta.url).pathname;
  let status = 0;
  let stderr = '';
  try {
    execFileSync(process.execPath, ['--import', 'tsx', script, '--bogus'], { stdio: 'pipe' });
  } catch (err) {
    const e = err as { status: number; stderr: Buffer };
    status = e.status;
    stderr = e.stderr.toString();
  }
  assert.equal(status, 2);
  assert.match(stderr, /unknown argument --bogus/);
});
