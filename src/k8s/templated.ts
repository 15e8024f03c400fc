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

/** An action in `span` may have added keys to it. */
export function mayHoldTemplatedKeys(tree: KubernetesTree, span: Span): boolean {
  return tree.helm !== undefined && templatedIn(tree.helm.blocks, span);
}

/** The value of the key at `keySpan` is (partly) written by an action on the key's line. */
export function templatedValue(tree: KubernetesTree, keySpan: Span): boolean {
  if (!tree.helm) return false;
  const text = tree.view.text;
  let end = text.indexOf('\n', keySpan.end);
  if (end === -1) end = text.length;
  return templatedIn(tree.helm.emitting, { start: keySpan.end, end });
}
