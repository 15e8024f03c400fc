/**
 * The `.env` file compose reads from the project directory (the directory of the first compose
 * file) before anything else. prodlint only asks it which files make up the project:
 * `COMPOSE_FILE` (a list of compose files, separated by `COMPOSE_PATH_SEPARATOR`, `:` by default;
 * docs.docker.com "Set or change pre-defined environment variables in Docker Compose").
 *
 * The syntax read is what compose accepts (docs.docker.com "Environment file syntax"): `KEY=VALUE`
 * lines, `export KEY=VALUE`, `#` comments (own line, or after an unquoted value with a space
 * before the `#`), single quotes taken literally, double quotes with `\n`-style escapes. Values are
 * not interpolated: a `COMPOSE_FILE` built from `${OTHER}` is not followed.
 */

export function parseDotenv(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    out.set(m[1]!, value(m[2]!));
  }
  return out;
}

function value(rest: string): string {
  const q = rest[0];
  if (q === "'" || q === '"') {
    const close = rest.indexOf(q, 1);
    const inner = close === -1 ? rest.slice(1) : rest.slice(1, close);
    return q === '"' ? inner.replace(/\\n/g, '\n').replace(/\\(["\\])/g, '$1') : inner;
  }
  const hash = rest.search(/\s#/);
  return (hash === -1 ? rest : rest.slice(0, hash)).trim();
}

/** The files `COMPOSE_FILE` names, as written (relative to the project directory unless absolute). */
export function composeFileList(env: ReadonlyMap<string, string>): string[] {
  const list = env.get('COMPOSE_FILE');
  if (!list) return [];
  // compose-go splits on the separator (os.PathListSeparator, `:` on Linux, when unset).
  const sep = env.get('COMPOSE_PATH_SEPARATOR') || ':';
  return list
    .split(sep)
    .map((p) => p.trim())
    .filter(Boolean);
}
