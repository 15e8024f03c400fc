/**
 * Helm chart templates, best effort: every `{{ … }}` action is replaced by characters of the same
 * length (newlines kept; `_` inside a value, spaces elsewhere), so the YAML around it parses with
 * every position unchanged. What an
 * action would have produced is unknown: a blanked scalar (`replicas: {{ .Values.n }}`) reads as
 * empty, and an action that emits YAML (`{{- toYaml .Values.resources | nindent 12 }}`,
 * `{{ include "x" . }}`) may have added keys nobody can see. Rules ask `templatedIn` before they
 * call something missing.
 */
import type { Span } from '../source.js';

export interface Blanked {
  text: string;
  /** Every blanked action. */
  actions: Span[];
  /** Actions that may emit YAML or a value (not `if`/`else`/`end`/`with`/`range`/`define`/comments). */
  emitting: Span[];
  /** Emitting actions alone on their line (`{{- include "app.resources" . | nindent 10 }}`): they may add any keys. */
  blocks: Span[];
}

const CONTROL = /^-?\s*(?:(?:if|else|end|with|range|define|block)\b|\/\*)/;

/** Only files under a chart's `templates/` directory are templates. */
export function isHelmTemplatePath(rel: string): boolean {
  return /(^|\/)templates\/([^/]+\/)*[^/]+\.ya?ml$/.test(rel);
}

export function blankTemplateActions(text: string): Blanked {
  const actions: Span[] = [];
  const emitting: Span[] = [];
  const blocks: Span[] = [];
  const parts: string[] = [];
  let at = 0;
  // A scan, not a lazy regular expression: `{{` after `{{` with no `}}` must stay linear.
  for (let open = text.indexOf('{{'); open !== -1; open = text.indexOf('{{', at)) {
    const close = text.indexOf('}}', open + 2);
    if (close === -1) break;
    const span = { start: open, end: close + 2 };
    const body = text.slice(open + 2, close);
    actions.push(span);
    if (!CONTROL.test(body)) {
      emitting.push(span);
      if (aloneOnLine(text, span)) blocks.push(span);
    }
    // An action inside a value (`image: {{ .Values.repo }}:{{ .Values.tag }}`) becomes `_`s, so
    // the value stays one plain scalar (spaces would leave `:  ` in it, which YAML rejects);
    // control actions and actions alone on their line become spaces.
    const fill = !CONTROL.test(body) && !aloneOnLine(text, span) ? '_' : ' ';
    parts.push(text.slice(at, open), text.slice(open, close + 2).replace(/[^\n\r]/g, fill));
    at = close + 2;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), actions, emitting, blocks };
}

function aloneOnLine(text: string, span: Span): boolean {
  let a = span.start - 1;
  while (a >= 0 && (text[a] === ' ' || text[a] === '\t')) a--;
  let b = span.end;
  while (b < text.length && (text[b] === ' ' || text[b] === '\t' || text[b] === '\r')) b++;
  return (a < 0 || text[a] === '\n') && (b >= text.length || text[b] === '\n');
}

/** Whether an emitting action sits inside `span` (sorted list; few actions per file). */
export function templatedIn(emitting: readonly Span[], span: Span): boolean {
  return emitting.some((a) => a.start < span.end && a.end > span.start);
}
