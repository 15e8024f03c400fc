/**
 * `prodlint merge a.sarif b.sarif …`: join the SARIF files of `--shard i/n` runs into one run, as
 * GitHub code scanning wants one run per tool and category. Rules are united by id (first file's
 * order, then any new ones), results and notifications are put in the order an unsharded run
 * gives them, so merging every shard of a run reproduces the unsharded SARIF.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export class MergeError extends Error {}

function location(r: Json): { path: string; line: number; column: number } {
  const loc = r.locations?.[0]?.physicalLocation;
  const uri = String(loc?.artifactLocation?.uri ?? '');
  let path = uri;
  try {
    path = decodeURIComponent(uri);
  } catch {
    // keep the raw uri
  }
  return { path, line: Number(loc?.region?.startLine ?? 0), column: Number(loc?.region?.startColumn ?? 0) };
}

function compareResults(a: Json, b: Json): number {
  const x = location(a);
  const y = location(b);
  if (x.path !== y.path) return x.path < y.path ? -1 : 1;
  const id = (r: Json) => String(r.ruleId ?? '');
  const msg = (r: Json) => String(r.message?.text ?? '');
  return x.line - y.line || x.column - y.column || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0) || (msg(a) < msg(b) ? -1 : msg(a) > msg(b) ? 1 : 0);
}

export function mergeSarif(texts: { name: string; text: string }[]): string {
  if (texts.length === 0) throw new MergeError('merge needs at least one SARIF file');
  const runs: Json[] = texts.map(({ name, text }) => {
    let log: Json;
    try {
      log = JSON.parse(text);
    } catch {
      throw new MergeError(`${name}: not valid JSON`);
    }
    if (log.version !== '2.1.0' || !Array.isArray(log.runs) || log.runs.length !== 1) throw new MergeError(`${name}: not a one-run SARIF 2.1.0 log written by prodlint`);
    const run = log.runs[0];
    if (run?.tool?.driver?.name !== 'prodlint') throw new MergeError(`${name}: written by ${run?.tool?.driver?.name ?? 'an unknown tool'}, not prodlint`);
    return run;
  });
  const first = runs[0]!;
  const rules: Json[] = [];
  const index = new Map<string, number>();
  for (const run of runs) {
    for (const rule of run.tool.driver.rules ?? []) {
      const at = index.get(rule.id);
      // A shard lists full help only for rules it has results for: keep the fullest descriptor.
      if (at !== undefined && rule.help && !rules[at]!.help) rules[at] = rule;
      if (at !== undefined) continue;
      index.set(rule.id, rules.length);
      rules.push(rule);
    }
  }
  const results = runs
    .flatMap((run) => run.results ?? [])
    .map((r: Json) => ({ ...r, ruleIndex: index.get(r.ruleId) ?? r.ruleIndex }))
    .sort(compareResults);
  const notes = runs.flatMap((run) => run.invocations?.[0]?.toolExecutionNotifications ?? []);
  const byPath = (a: Json, b: Json) => {
    const x = location(a).path;
    const y = location(b).path;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const parseErrors = notes.filter((n: Json) => n.descriptor?.id === 'parse-error').map((n: Json) => ({ ...n, ...(n.associatedRule ? { associatedRule: { ...n.associatedRule, index: index.get(n.associatedRule.id) ?? n.associatedRule.index } } : {}) }));
  const other = notes.filter((n: Json) => n.descriptor?.id !== 'parse-error' && n.descriptor?.id !== 'sarif-capped');
  const capped = notes.filter((n: Json) => n.descriptor?.id === 'sarif-capped');
  const notifications = [...other.sort(byPath), ...parseErrors.sort((a: Json, b: Json) => compareResults({ ...a, ruleId: '' }, { ...b, ruleId: '' })), ...capped];
  const run = {
    ...first,
    tool: { ...first.tool, driver: { ...first.tool.driver, rules } },
    invocations: [{ executionSuccessful: runs.every((r) => r.invocations?.[0]?.executionSuccessful !== false), ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
    results,
  };
  return `${JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] }, null, 2)}\n`;
}
