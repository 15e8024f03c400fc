/**
 * "Is this missing, or did a Helm action provide it?" A Kubernetes rule that reports something
 * absent asks here first: in a Helm template, an emitting action alone on a line inside the
 * construct (`{{- include "app.probes" . | nindent 10 }}`) may add any key, and an action on the
 * line of a key (`resources: {{- toYaml .Values.resources | nindent 12 }}`) gives it a value
 * nobody can read. Outside Helm templates nothing is templated.
 */
import { templatedIn } from './helm.js';
import type { KubernetesTree } from '../parse/kubernetes.js';
import type { Span } from '../source.js';

/**
 * A span stretched over the blank text after it: a blanked block action that ends a mapping
 * (`resources:` then `{{- toYaml … | nindent 10 }}` on the next line) lies outside the node's
 * range, in what is now whitespace.
 */
function withTrailingBlank(tree: KubernetesTree, span: Span): Span {
  const t = tree.view.text;
  let end = span.end;
  while (end < t.length && (t[end] === ' ' || t[end] === '\t' || t[end] === '\n' || t[end] === '\r')) end++;
  return { start: span.start, end };
}

/** An action in `span` (or in the blank text right after it) may have added keys to it. */
export function mayHoldTemplatedKeys(tree: KubernetesTree, span: Span): boolean {
  return tree.helm !== undefined && templatedIn(tree.helm.blocks, withTrailingBlank(tree, span));
}

/** The value of the key at `keySpan` is (partly) written by an action after the key, before anything else. */
export function templatedValue(tree: KubernetesTree, keySpan: Span): boolean {
  if (!tree.helm) return false;
  return templatedIn(tree.helm.emitting, withTrailingBlank(tree, keySpan));
}
