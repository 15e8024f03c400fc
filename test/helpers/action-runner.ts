/**
 * A local runner for the composite action in action.yml: evaluates `${{ }}` expressions (property
 * access, string/number/boolean literals, == != && || ! and parentheses), runs `run:` steps with
 * bash as GitHub does (`bash --noprofile --norc -eo pipefail`), gives each step its own
 * GITHUB_OUTPUT, and mocks `uses:` steps by recording their inputs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

type Ctx = Record<string, unknown>;

export const DEFAULT_SHA = '0123456789abcdef0123456789abcdef01234567';

export interface ActionRun {
  steps: { id: string; ran: boolean; uses?: string; with?: Record<string, string>; exitCode?: number; stdout?: string; outputs: Record<string, string> }[];
  outputs: Record<string, string>;
  summary: string;
  /** Exit code of the first failing step, or 0. */
  exitCode: number;
}

export interface ActionRunOptions {
  actionDir: string;
  workspace: string;
  inputs?: Record<string, string>;
  eventName?: string;
  event?: unknown;
  repository?: string;
  /** `github.actor` (default: a person). */
  actor?: string;
  /** `github.sha` (default: a fixed commit id). */
  sha?: string;
}

export function runAction(opts: ActionRunOptions): ActionRun {
  const meta = parse(readFileSync(join(opts.actionDir, 'action.yml'), 'utf8'));
  const tmp = mkdtempSync(join(tmpdir(), 'prodlint-runner-'));
  const eventPath = join(tmp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opts.event ?? {}));
  const summary = join(tmp, 'summary.md');
  writeFileSync(summary, '');
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(meta.inputs as Record<string, { default?: string }>)) {
    inputs[name] = opts.inputs?.[name] ?? (typeof spec.default === 'string' && !spec.default.includes('${{') ? spec.default : spec.default ? 'ghs_token' : '');
  }
  const steps: Ctx = {};
  const ctx: Ctx = {
    inputs,
    steps,
    github: { event_name: opts.eventName ?? 'push', event: opts.event ?? {}, repository: opts.repository ?? 'acme/app', workspace: opts.workspace, token: 'ghs_token', actor: opts.actor ?? 'octocat', sha: opts.sha ?? DEFAULT_SHA },
    runner: { temp: tmp },
  };
  const result: ActionRun = { steps: [], outputs: {}, summary: '', exitCode: 0 };
  (meta.runs.steps as Record<string, unknown>[]).forEach((step, n) => {
    const id = (step.id as string | undefined) ?? `step${n}`;
    const cond = step.if === undefined ? true : truthy(evaluate(String(step.if).replace(/^\s*\$\{\{|\}\}\s*$/g, ''), ctx));
    if (!cond || result.exitCode !== 0) {
      result.steps.push({ id, ran: false, outputs: {} });
      steps[id] = { outputs: {} };
      return;
    }
    if (step.uses) {
      const w = Object.fromEntries(Object.entries((step.with ?? {}) as Record<string, string>).map(([k, v]) => [k, interpolate(String(v), ctx)]));
      result.steps.push({ id, ran: true, uses: String(step.uses), with: w, outputs: {} });
      steps[id] = { outputs: {} };
      return;
    }
    const script = join(tmp, `${id}.sh`);
    const outFile = join(tmp, `${id}.out`);
    writeFileSync(script, interpolate(String(step.run), ctx));
    writeFileSync(outFile, '');
    const env = Object.fromEntries(Object.entries((step.env ?? {}) as Record<string, string>).map(([k, v]) => [k, interpolate(String(v), ctx)]));
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd: opts.workspace,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...env,
        GITHUB_OUTPUT: outFile,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_EVENT_NAME: opts.eventName ?? 'push',
        GITHUB_ACTION_PATH: opts.actionDir,
        GITHUB_WORKSPACE: opts.workspace,
        GITHUB_REPOSITORY: opts.repository ?? 'acme/app',
        GITHUB_SHA: opts.sha ?? DEFAULT_SHA,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_ACTOR: opts.actor ?? 'octocat',
        RUNNER_TEMP: tmp,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
      },
    });
    const outputs = parseOutputs(readFileSync(outFile, 'utf8'));
    steps[id] = { outputs };
    result.steps.push({ id, ran: true, exitCode: r.status ?? 1, stdout: r.stdout + r.stderr, outputs });
    if (r.status !== 0) result.exitCode = r.status ?? 1;
  });
  for (const [name, spec] of Object.entries(meta.outputs as Record<string, { value: string }>)) result.outputs[name] = interpolate(spec.value, ctx);
  result.summary = readFileSync(summary, 'utf8');
  return result;
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== heredoc[2]) body.push(lines[i]!);
      out[heredoc[1]!] = body.join('\n');
    } else if (line.includes('=')) out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return out;
}

function interpolate(s: string, ctx: Ctx): string {
  return s.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, e: string) => {
    const v = evaluate(e, ctx);
    return v === undefined || v === null ? '' : String(v);
  });
}

function truthy(v: unknown): boolean {
  return v !== '' && v !== 0 && v !== false && v !== null && v !== undefined;
}

/** Expression evaluator for the subset action.yml uses. */
export function evaluate(expr: string, ctx: Ctx): unknown {
  const tokens = expr.match(/'(?:[^']|'')*'|&&|\|\||==|!=|!|\(|\)|[A-Za-z_][\w.-]*|\d+/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const or = (): unknown => {
    let v = and();
    while (peek() === '||') {
      i++;
      const r = and();
      v = truthy(v) ? v : r;
    }
    return v;
  };
  const and = (): unknown => {
    let v = cmp();
    while (peek() === '&&') {
      i++;
      const r = cmp();
      v = truthy(v) ? r : v;
    }
    return v;
  };
  const cmp = (): unknown => {
    const l = unary();
    const op = peek();
    if (op === '==' || op === '!=') {
      i++;
      const r = unary();
      const eq = String(l ?? '').toLowerCase() === String(r ?? '').toLowerCase();
      return op === '==' ? eq : !eq;
    }
    return l;
  };
  const unary = (): unknown => {
    const t = tokens[i++];
    if (t === '!') return !truthy(unary());
    if (t === '(') {
      const v = or();
      i++;
      return v;
    }
    if (t === undefined) return undefined;
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (/^\d+$/.test(t)) return Number(t);
    if (t === 'true' || t === 'false') return t === 'true';
    let v: unknown = ctx;
    for (const part of t.split('.')) v = v && typeof v === 'object' ? (v as Ctx)[part] : undefined;
    return v;
  };
  return or();
}
