/**
 * Rule documentation rendered from rule metadata: the single source for `rules/README.md`, the
 * README tables, SARIF `help`, and `prodlint explain ID`. Nothing here is written by hand per rule.
 */
import type { AnyRule } from './rule.js';
import { KINDS, type Kind } from './types.js';
import { RELEASE_TAG } from './version.js';

export const REPOSITORY_URL = 'https://github.com/prodlint/prodlint';
/**
 * Where the generated rule reference lives; every rule's help link points into it, at this
 * release's tag (not main, whose rules may have changed since this version shipped).
 */
export const RULES_DOC_URL = `${REPOSITORY_URL}/blob/${RELEASE_TAG}/rules/README.md`;

/** How each kind is named to people (tables, meta lines). */
export const KIND_LABELS: Record<Kind, string> = {
  shell: 'shell',
  dockerfile: 'Dockerfile',
  compose: 'compose',
  systemd: 'systemd',
  procfile: 'Procfile',
  packagejson: 'package.json',
  python: 'Python',
  typescript: 'TypeScript/JavaScript',
  kubernetes: 'Kubernetes',
  cron: 'crontab',
  railway: 'Railway',
  fly: 'Fly.io',
  render: 'Render',
  heroku: 'Heroku',
};

/** The info string of a fenced code block showing a snippet of each kind. */
export const KIND_FENCE_LANGUAGE: Record<Kind, string> = {
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
};

type RuleIdentity = Pick<AnyRule, 'id' | 'name'>;

/** The heading of a rule's section: `SH001 dev-server-in-production`. */
export function ruleHeading(rule: RuleIdentity): string {
  return `${rule.id} ${rule.name}`;
}

/**
 * The anchor GitHub gives a heading: lower-cased, punctuation other than `-` and `_` dropped,
 * spaces turned into `-` (the github-slugger algorithm, minus duplicate numbering, which cannot
 * happen because rule ids are unique).
 */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

export function ruleAnchor(rule: RuleIdentity): string {
  return headingAnchor(ruleHeading(rule));
}

export function ruleHelpUri(rule: RuleIdentity): string {
  return `${RULES_DOC_URL}#${ruleAnchor(rule)}`;
}

/** `shell, Dockerfile, compose`; `any file` for rules (like PL ones) that are not tied to kinds. */
export function kindsLabel(kinds: readonly Kind[]): string {
  if (kinds.length === 0 || KINDS.every((k) => kinds.includes(k))) return 'any file';
  return kinds.map((k) => KIND_LABELS[k] ?? String(k)).join(', ');
}

/** A fence longer than any backtick run in the code, so snippets containing ``` stay intact. */
function fenceFor(code: string): string {
  let longest = 0;
  for (const run of code.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return '`'.repeat(Math.max(3, longest + 1));
}

/** Markdown inline code that survives backticks inside the value. */
export function inlineCode(value: string): string {
  let longest = 0;
  for (const run of value.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const ticks = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${value}${pad}${ticks}`;
}

/** JSON for an option default; never throws (cyclic or BigInt values fall back to String()). */
function showValue(value: unknown): string {
  try {
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : json;
  } catch {
    return String(value);
  }
}

function optionEntries(rule: AnyRule): [string, string][] {
  const options: unknown = rule.options;
  if (options === null || typeof options !== 'object') return [];
  return Object.keys(options)
    .sort()
    .map((key) => [key, showValue((options as Record<string, unknown>)[key])]);
}

/** Adds a full stop to a summary (which is written without one for tables). */
function sentence(text: string): string {
  const t = text.trim();
  return t === '' || /[.!?:]$/.test(t) ? t : `${t}.`;
}

function trimBlock(text: string | undefined): string {
  return (text ?? '').replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, '');
}

function metaFacts(rule: AnyRule): [string, string][] {
  return [
    ['Severity', rule.severity],
    ['Category', rule.category],
    ['Applies to', kindsLabel(rule.kinds ?? [])],
    ['Production only', rule.productionOnly ? 'yes' : 'no'],
  ];
}

/**
 * A rule's documentation as Markdown, its heading at `headingLevel` (1–6) and its parts one level
 * below. Used for `rules/README.md` sections and SARIF `help.markdown`.
 */
export function renderRuleMarkdown(rule: AnyRule, headingLevel = 3): string {
  const level = Math.min(6, Math.max(1, Math.trunc(headingLevel) || 1));
  const h = '#'.repeat(level);
  const sub = '#'.repeat(Math.min(6, level + 1));
  const docs = rule.docs;
  const out: string[] = [];
  const section = (title: string, body: string): void => {
    if (body === '') return;
    out.push(`${sub} ${title}`, '', body, '');
  };
  const snippet = (title: string, ex: AnyRule['docs']['example'] | undefined): void => {
    if (!ex || trimBlock(ex.code) === '') return;
    const code = trimBlock(ex.code);
    const fence = fenceFor(code);
    const lang = KIND_FENCE_LANGUAGE[ex.kind] ?? '';
    const caption = ex.path ? `${inlineCode(ex.path)}:\n\n` : '';
    const others = (ex.others ?? []).map((o) => {
      const c = trimBlock(o.code);
      const f = fenceFor(c);
      return `\n\n${inlineCode(o.path)}:\n\n${f}${KIND_FENCE_LANGUAGE[o.kind] ?? ''}\n${c}\n${f}`;
    });
    section(title, `${caption}${fence}${lang}\n${code}\n${fence}${others.join('')}`);
  };

  out.push(`${h} ${ruleHeading(rule)}`, '');
  out.push(metaFacts(rule).map(([k, v]) => `**${k}:** ${v}`).join(' · '), '');
  const summary = sentence(docs?.summary ?? '');
  if (summary !== '') out.push(summary, '');
  section('What it does', trimBlock(docs?.what));
  section('Why it matters', trimBlock(docs?.why));
  snippet('Example', docs?.example);
  snippet('Fix', docs?.fix);
  const refs = (docs?.references ?? []).filter((r) => r.trim() !== '');
  section('References', refs.map((r) => `- ${/^https?:\/\/\S+$/.test(r) ? `<${r}>` : r}`).join('\n'));
  const options = optionEntries(rule);
  if (options.length > 0) {
    const rows = options.map(([k, v]) => `| ${inlineCode(k)} | ${inlineCode(v).replace(/\|/g, '\\|')} |`);
    section('Options', ['| Option | Default |', '| --- | --- |', ...rows].join('\n'));
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/**
 * Markdown reduced to what reads well in a terminal or a plain-text field: links become
 * `text (url)`, strong emphasis markers go, autolinks lose their brackets. Inline code keeps its
 * backticks because they still mark code in plain text.
 */
export function markdownToPlain(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, (_m, text: string, url: string) =>
      text === url ? url : `${text} (${url})`,
    )
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/__([^_\n]+)__/g, '$1');
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : by + line))
    .join('\n');
}

/** The same content as `renderRuleMarkdown`, laid out as plain terminal text (`prodlint explain`). */
export function renderRuleText(rule: AnyRule): string {
  const docs = rule.docs;
  const out: string[] = [];
  const section = (title: string, body: string): void => {
    if (body === '') return;
    out.push(title, body, '');
  };
  const snippet = (title: string, ex: AnyRule['docs']['example'] | undefined): void => {
    const code = trimBlock(ex?.code);
    if (!ex || code === '') return;
    section(`${title} (${ex.path ?? KIND_LABELS[ex.kind] ?? ex.kind})`, indent(code, '    '));
    for (const o of ex.others ?? []) section(`  ${o.path}:`, indent(trimBlock(o.code), '    '));
  };

  out.push(ruleHeading(rule));
  out.push(metaFacts(rule).map(([k, v]) => `${k}: ${v}`).join(' · '), '');
  const summary = sentence(docs?.summary ?? '');
  if (summary !== '') out.push(summary, '');
  section('What it does', indent(markdownToPlain(trimBlock(docs?.what)), '  '));
  section('Why it matters', indent(markdownToPlain(trimBlock(docs?.why)), '  '));
  snippet('Example', docs?.example);
  snippet('Fix', docs?.fix);
  const refs = (docs?.references ?? []).filter((r) => r.trim() !== '');
  section('References', refs.map((r) => `  - ${markdownToPlain(r)}`).join('\n'));
  const options = optionEntries(rule);
  section('Options (defaults)', options.map(([k, v]) => `  ${k}: ${v}`).join('\n'));
  out.push(`More: ${ruleHelpUri(rule)}`);
  return `${out.join('\n')}\n`;
}
