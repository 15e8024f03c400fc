/**
 * Whether text output is coloured. Precedence, strongest first:
 *   1. `--color` / `--no-color`;
 *   2. FORCE_COLOR: `0` or `false` turns colour off, any other value (`1`, `2`, `3`, `true`, empty)
 *      on, even when NO_COLOR is set or stdout is not a terminal;
 *   3. NO_COLOR (any value, https://no-color.org) turns it off;
 *   4. otherwise on when stdout is a terminal.
 * FORCE_COLOR over NO_COLOR is Node's own rule (tty.WriteStream#getColorDepth, lib/internal/tty.js,
 * which warns "The 'NO_COLOR' env is ignored due to the 'FORCE_COLOR' env being set"), and what
 * chalk/supports-color, used by most Node CLIs, do.
 */
export function colorEnabled(flag: boolean | undefined, isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}

/**
 * Columns to wrap text output at: the terminal's width on a TTY (80 when it reports none), else
 * COLUMNS when set, else none (files and pipes get unwrapped lines, for grep).
 */
export function textWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number | undefined {
  const fromEnv = /^\d+$/.test(env.COLUMNS ?? '') ? Number(env.COLUMNS) : undefined;
  if (stream.isTTY) return stream.columns && stream.columns > 0 ? stream.columns : (fromEnv ?? 80);
  return fromEnv !== undefined && fromEnv > 0 ? fromEnv : undefined;
}
