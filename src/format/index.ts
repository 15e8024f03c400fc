/**
 * The output formats by name, for the CLI's `--format` (repeatable with `--output`).
 */
import type { RunResult } from '../report.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
import { formatConcise } from './concise.js';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'concise'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface FormatOptions {
  /** Colour in text output (the CLI decides from the TTY and NO_COLOR). */
  color?: boolean;
  /** Terminal columns text output wraps at (unset: no wrapping). */
  width?: number;
  /** SARIF `automationDetails.id` category. */
  sarifCategory?: string;
}

export type Formatter = (result: RunResult, opts: FormatOptions) => string;

export const formatters: Readonly<Record<FormatName, Formatter>> = {
  text: (result, opts) => formatText(result, { color: opts.color ?? false, ...(opts.width !== undefined ? { width: opts.width } : {}) }),
  json: (result) => formatJson(result),
  sarif: (result, opts) =>
    formatSarif(result, opts.sarifCategory !== undefined ? { category: opts.sarifCategory } : {}),
  github: (result) => formatGithub(result),
  concise: (result) => formatConcise(result),
};

export function isFormatName(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}

/** Renders a result in the named format. */
export function formatResult(name: FormatName, result: RunResult, opts: FormatOptions = {}): string {
  return formatters[name](result, opts);
}
