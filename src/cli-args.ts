/**
 * Turning `node:util` parseArgs failures into one line a user can act on. Its own messages are
 * long, name the problem in its terms ("argument is ambiguous") and, for unknown options, end in
 * an unbalanced quote once cut to one line.
 */
import { closest } from './config/error.js';

/** Options whose value is a number: a negative number there is a bad value, not a missing one. */
const NUMERIC = new Set(['file-timeout', 'workers', 'max-file-size']);

/** What the value of a numeric option must be, for messages. */
export const NUMBER_WANTED: Readonly<Record<string, string>> = {
  'file-timeout': 'a positive whole number of milliseconds',
  workers: 'a positive whole number or auto',
  'max-file-size': 'a size such as 1048576, 512KiB or 2MB',
};

export function parseArgsMessage(err: unknown, argv: readonly string[], options: readonly string[]): string {
  const e = err as NodeJS.ErrnoException;
  const text = e.message ?? String(err);
  const quoted = /'(-{1,2}[^' ]+)/.exec(text)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const guess = quoted.startsWith('--') ? closest(quoted.slice(2), options) : undefined;
    if (guess) return `unknown option ${quoted} (did you mean --${guess}?)`;
    return `unknown option ${quoted} (see prodlint --help; a path starting with "-" goes after --, as in: prodlint -- ${quoted})`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // The long name appears in every variant of the message ("use '--config=-XYZ'", "'-q, --quiet'").
    const name = /--([a-z][\w-]*)/.exec(text)?.[1] ?? quoted.replace(/^-+|,$/g, '');
    const typed = quoted.replace(/,$/, '');
    const at = argv.indexOf(typed);
    const value = at >= 0 ? argv[at + 1] : undefined;
    if (/ambiguous/.test(text) && value !== undefined) {
      if (NUMERIC.has(name)) return `--${name} needs ${NUMBER_WANTED[name]}, got "${value}"`;
      return `--${name} needs a value, but "${value}" looks like an option (write --${name}=${value} if it is the value)`;
    }
    if (/missing/.test(text)) return `--${name} needs a value (see prodlint --help)`;
    if (/does not take an argument/.test(text)) return `--${name} takes no value (see prodlint --help)`;
  }
  return `${text.split('\n')[0]} (see prodlint --help)`;
}
