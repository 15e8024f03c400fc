/**
 * Inline suppressions, written in each kind's own comment syntax:
 *   prodlint-disable-next-line SH001,DF002 -- reason     (the next logical line)
 *   prodlint-disable-line SH001 -- reason                (this line; not in Dockerfiles/units)
 *   prodlint-disable-file SH001                          (the whole file)
 *   prodlint-disable SH001 ... prodlint-enable SH001     (a range; enable without ids ends all)
 * Rules are named by id (any case) or name, and a name shared by several rules names all of them;
 * no list means every rule. `until=YYYY-MM-DD` makes a directive
 * expire. Unused directives become PL002, unknown rule names PL003, and with `require-reason`
 * a directive without `-- reason` becomes PL002 too.
 *
 * Peer pragmas (`# noqa: S113`, `# nosec B113`, `# hadolint ignore=DL3025`; see `pragmas.ts`) are
 * read from the same comments and become directives for their mapped prodlint rules, marked with
 * `peer`. They are never reported as unused, unknown or reasonless: they serve the peer tool too.
 */
import type { Document, LineRange } from './types.js';
import type { Span } from './source.js';
import { mappedRules, parsePeerPragma, type PeerTool } from './pragmas.js';
import { namesRule } from './rule-names.js';

export type DirectiveKind = 'next-line' | 'line' | 'file' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or names as written; empty means all rules. */
  rules: { name: string; span: Span }[];
  reason?: string;
  until?: string;
  /** The comment holding the directive. */
  span: Span;
  /** Lines it covers (1-based, inclusive); for `disable` up to the matching `enable` or EOF. */
  first: number;
  last: number;
  /** Set for a peer tool's pragma; its `rules` are the prodlint ids its codes map to. */
  peer?: PeerTool;
}

const DIRECTIVE = /^\s*prodlint-(disable-next-line|disable-line|disable-file|disable|enable)\b(.*)$/s;

/** The logical line that starts at or after `line` (skipping comment-only lines). */
export function nextLogicalLine(doc: Document, line: number, commentLines: Set<number>): LineRange {
  let l = line;
  while (commentLines.has(l) && l <= doc.source.lineCount) l++;
  return logicalLineAt(doc, l);
}

export function logicalLineAt(doc: Document, line: number): LineRange {
  for (const r of doc.logicalLines) {
    if (r.first > line) break;
    if (line <= r.last) return r;
  }
  return { first: line, last: line };
}

/** Lines that hold nothing but a comment. */
export function commentOnlyLines(doc: Document): Set<number> {
  const set = new Set<number>();
  for (const c of doc.comments) {
    if (!c.ownLine) continue;
    const first = doc.source.lineOf(c.span.start);
    const last = doc.source.lineOf(Math.max(c.span.start, c.span.end - 1));
    for (let l = first; l <= last; l++) set.add(l);
  }
  return set;
}

/**
 * A word every directive and peer pragma holds (`prodlint-`, `hadolint`, `noqa`, `nosec`; see
 * DIRECTIVE and pragmas.ts): a text without any has none, which one scan of the file tells
 * instead of several regular expressions per comment (most files have comments, few have these).
 */
const ANY_DIRECTIVE = /prodlint-|hadolint|noqa|nosec/i;

export function parseDirectives(doc: Document): Directive[] {
  if (doc.comments.length === 0 || !ANY_DIRECTIVE.test(doc.source.text)) return [];
  const out: Directive[] = [];
  const commentLines = commentOnlyLines(doc);
  const open: Directive[] = [];
  for (const c of doc.comments) {
    const body = c.body.replace(/\*\/\s*$/, '').replace(/^\*+/, '');
    const m = DIRECTIVE.exec(body);
    if (!m) {
      const peer = peerDirective(doc, c, body, commentLines);
      if (peer) out.push(peer);
      continue;
    }
    const kind = (m[1] === 'disable-next-line' ? 'next-line' : m[1] === 'disable-line' ? 'line' : m[1] === 'disable-file' ? 'file' : m[1]) as DirectiveKind;
    let rest = m[2] ?? '';
    let reason: string | undefined;
    const dash = rest.indexOf('--');
    if (dash !== -1) {
      reason = rest.slice(dash + 2).trim() || undefined;
      rest = rest.slice(0, dash);
    }
    // Where `rest` starts inside the file, to give each rule name its own span.
    const bodyStart = c.span.end - c.body.length;
    const restStart = bodyStart + c.body.indexOf(m[2] ?? '') ;
    const rules: Directive['rules'] = [];
    let until: string | undefined;
    const tokenRe = /[^\s,]+/g;
    for (let t = tokenRe.exec(rest); t; t = tokenRe.exec(rest)) {
      const tok = t[0];
      if (tok.startsWith('until=')) {
        until = tok.slice(6);
        continue;
      }
      rules.push({ name: tok, span: { start: restStart + t.index, end: restStart + t.index + tok.length } });
    }
    const line = doc.source.lineOf(c.span.start);
    const endLine = doc.source.lineOf(Math.max(c.span.start, c.span.end - 1));
    let first = line;
    let last = line;
    if (kind === 'next-line') {
      const r = nextLogicalLine(doc, endLine + 1, commentLines);
      first = r.first;
      last = r.last;
    } else if (kind === 'line') {
      const r = logicalLineAt(doc, line);
      first = r.first;
      last = r.last;
    } else if (kind === 'file') {
      first = 1;
      last = doc.source.lineCount;
    } else if (kind === 'disable') {
      last = doc.source.lineCount;
    }
    const d: Directive = { kind, rules, span: c.span, first, last, ...(reason ? { reason } : {}), ...(until ? { until } : {}) };
    if (kind === 'disable') open.push(d);
    if (kind === 'enable') {
      // Close the matching open ranges: all of them without ids, else those naming these ids.
      for (const o of open) {
        if (o.last !== doc.source.lineCount) continue;
        const names = new Set(rules.map((r) => r.name.toLowerCase()));
        if (names.size === 0 || o.rules.some((r) => names.has(r.name.toLowerCase()))) o.last = line;
      }
    }
    out.push(d);
  }
  // Own directives first: the engine marks the first match as used, and a prodlint directive that
  // also matches should not be reported unused because a peer pragma took the finding.
  return [...out.filter((d) => !d.peer), ...out.filter((d) => d.peer)];
}

/**
 * A peer pragma as a directive over the lines its own tool applies it to, or undefined when it
 * names no code with a prodlint equivalent (an empty rule list would mean "every rule").
 */
function peerDirective(doc: Document, c: Document['comments'][number], body: string, commentLines: Set<number>): Directive | undefined {
  const pragma = parsePeerPragma(doc.kind, body);
  if (!pragma) return undefined;
  const bodyStart = c.span.end - c.body.length + c.body.indexOf(body);
  const rules: Directive['rules'] = [];
  for (const code of pragma.codes) {
    for (const id of mappedRules(pragma.tool, code.code)) {
      if (!rules.some((r) => r.name === id)) rules.push({ name: id, span: { start: bodyStart + code.offset, end: bodyStart + code.offset + code.code.length } });
    }
  }
  if (rules.length === 0) return undefined;
  const line = doc.source.lineOf(c.span.start);
  let range: LineRange;
  switch (pragma.scope) {
    case 'line':
      range = { first: line, last: line };
      break;
    case 'statement':
      range = logicalLineAt(doc, line);
      break;
    case 'next-line': {
      // hadolint applies an ignore to `line + 1` only: a comment or blank line there takes it.
      const next = doc.source.lineOf(Math.max(c.span.start, c.span.end - 1)) + 1;
      range = commentLines.has(next) || next > doc.source.lineCount ? { first: 0, last: -1 } : logicalLineAt(doc, next);
      break;
    }
    case 'file':
      range = { first: 1, last: doc.source.lineCount };
      break;
  }
  return { kind: pragma.scope === 'file' ? 'file' : pragma.scope === 'next-line' ? 'next-line' : 'line', rules, span: c.span, first: range.first, last: range.last, peer: pragma.tool };
}

export interface SuppressionTarget {
  ruleId: string;
  ruleName: string;
  line: number;
}

/** Whether a directive applies to a finding (enable directives suppress nothing). */
export function directiveMatches(d: Directive, f: SuppressionTarget, today: string): boolean {
  if (d.kind === 'enable') return false;
  if (d.until && d.until < today) return false;
  if (f.line < d.first || f.line > d.last) return false;
  return d.rules.length === 0 || d.rules.some((r) => namesRule(r.name, { id: f.ruleId, name: f.ruleName }));
}
