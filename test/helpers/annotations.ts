/**
 * Fixture annotations (DESIGN.md §6), read from a file's own comments with the same parsers the
 * engine uses, so a fixture's expectations sit exactly where suppressions would.
 *   ruleid: SH001            one SH001 finding starts on the next logical line (repeatable)
 *   ruleid: SH001 @ "--x"    ... and its start column is where "--x" first occurs there
 *   ok: SH001                no SH001 finding starts on the next logical line
 *   ruleid: SH001 (note)     ... and the finding has that severity (`(error)`, `(warning)`, `(note)`)
 *   todoruleid: / todook:    known gaps; they fail once the gap is fixed
 * Files without comments use a sidecar `<file>.expect` of `line:col ID` lines.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { SourceFile } from '../../src/source.js';
import { commentOnlyLines, nextLogicalLine } from '../../src/suppress.js';
import type { Document } from '../../src/types.js';

export type AnnotationKind = 'ruleid' | 'ok' | 'todoruleid' | 'todook';

export interface Annotation {
  kind: AnnotationKind;
  ruleId: string;
  /** Target logical line. */
  first: number;
  last: number;
  /** Pinned start column, when `@ "text"` or `@ 14` was given. */
  column?: number;
  /** Required severity, when `(note)`/`(warning)`/`(error)` was given. */
  severity?: 'error' | 'warning' | 'note';
  /** Where the annotation is written (for messages). */
  line: number;
}

const ANNOTATION = /^\s*(todoruleid|todook|ruleid|ok):\s*([A-Z]{2}\d{3}(?:\s*,\s*[A-Z]{2}\d{3})*)(?:\s*@\s*(?:"((?:[^"\\]|\\.)*)"|(\d+)))?(?:\s*\((error|warning|note)\))?\s*$/;

export function readAnnotations(doc: Document): Annotation[] {
  const out: Annotation[] = [];
  const commentLines = commentOnlyLines(doc);
  for (const c of doc.comments) {
    const body = c.body.replace(/\*\/\s*$/, '').replace(/^\*+/, '');
    const m = ANNOTATION.exec(body);
    if (!m) continue;
    const line = doc.source.lineOf(c.span.start);
    const endLine = doc.source.lineOf(Math.max(c.span.start, c.span.end - 1));
    const target = nextLogicalLine(doc, endLine + 1, commentLines);
    for (const ruleId of m[2]!.split(/\s*,\s*/)) {
      const a: Annotation = { kind: m[1] as AnnotationKind, ruleId, first: target.first, last: target.last, line };
      if (m[3] !== undefined) a.column = columnOf(doc.source, target.first, target.last, m[3].replace(/\\(.)/g, '$1'));
      if (m[4] !== undefined) a.column = Number(m[4]);
      if (m[5] !== undefined) a.severity = m[5] as Annotation['severity'];
      out.push(a);
    }
  }
  return out;
}

/** Column of the first occurrence of `text` in the target lines (searched line by line). */
function columnOf(source: SourceFile, first: number, last: number, text: string): number {
  for (let l = first; l <= last; l++) {
    const i = source.lineText(l).indexOf(text);
    if (i !== -1) return i + 1;
  }
  throw new Error(`${source.path}:${first}: pinned text ${JSON.stringify(text)} not found on the target line`);
}

/** `<file>.expect`: one `line:col ID` (or `line ID`) per line; `#` starts a comment. */
export function readSidecar(absPath: string): Annotation[] | undefined {
  const sidecar = `${absPath}.expect`;
  if (!existsSync(sidecar)) return undefined;
  const out: Annotation[] = [];
  readFileSync(sidecar, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const text = raw.replace(/#.*/, '').trim();
      if (!text) return;
      const m = /^(ok|ruleid|todoruleid|todook)?\s*(\d+)(?::(\d+))?\s+([A-Z]{2}\d{3})$/.exec(text);
      if (!m) throw new Error(`${sidecar}:${i + 1}: expected "line:col ID" or "ok line ID"`);
      const a: Annotation = { kind: (m[1] as AnnotationKind) ?? 'ruleid', ruleId: m[4]!, first: Number(m[2]), last: Number(m[2]), line: i + 1 };
      if (m[3]) a.column = Number(m[3]);
      out.push(a);
    });
  return out;
}
