/**
 * Where code runs for the life of a service, as opposed to once: the iteration of a long-running
 * worker loop, a web request handler, a task-queue job, a bot update handler. A call that can block
 * forever matters there (one stuck call stalls the worker or pins a request thread for good) and
 * much less in a one-shot script or a CLI command, where the person running it sees the hang.
 *
 * Handlers are recognised by their decorator's last name, on any receiver: `@app.get("/x")`,
 * `@router.post(...)`, `@bp.route(...)`, `@app.task`, `@shared_task`, `@dramatiq.actor`,
 * `@dp.message(...)`, `@bot.message_handler(...)`. Django views are functions of a `views.py` module
 * (or a `views/` package) whose first parameter is `request`.
 */
import { posix } from 'node:path';
import { dottedName, kwarg } from './calls.js';
import { literalOf } from './literals.js';
import { enclosingFunction, enclosingLoops, isLongRunningLoop, LONG_LOOP_KEYWORDS, type FunctionInfo } from './context.js';
import { walk, type PyNode } from './node.js';

export type ServiceScope =
  | { kind: 'worker-loop'; anchor: PyNode }
  | { kind: 'request-handler' | 'bot-handler'; anchor: PyNode; name: string }
  /** `timeLimited`: the queue stops the task at a time limit, even inside a blocking wait. */
  | { kind: 'task'; anchor: PyNode; name: string; timeLimited: boolean };

/** Route decorators of Flask, FastAPI, Starlette, Quart, Sanic, Litestar, aiohttp's RouteTableDef. */
const ROUTE_DECORATORS = new Set(['route', 'get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'api_route', 'websocket', 'view']);
/** Celery (`task`, `shared_task`, `periodic_task`), Dramatiq (`actor`), Huey (`task`, `periodic_task`, `db_task`), RQ (`job`), arq cron. */
const TASK_DECORATORS = new Set(['task', 'shared_task', 'periodic_task', 'db_task', 'db_periodic_task', 'actor', 'job']);
/**
 * Task decorators' keywords that end a task at a time limit even while it waits in a system call:
 * Celery's `time_limit` (the pool kills the worker process) and `soft_time_limit` (a signal raises
 * `SoftTimeLimitExceeded` in the task, and `subprocess.run` kills its child on the way out), RQ's
 * `@job(timeout=…)` (SIGALRM in the work horse). Not Dramatiq's `time_limit`: its exception is
 * raised between bytecodes, which a wait in C never reaches.
 * (docs.celeryq.dev userguide/workers "Time Limits"; python-rq.org docs/jobs "Job timeouts".)
 */
const TIME_LIMIT_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  task: ['time_limit', 'soft_time_limit'],
  shared_task: ['time_limit', 'soft_time_limit'],
  periodic_task: ['time_limit', 'soft_time_limit'],
  job: ['timeout'],
};
/** aiogram 3 routers (`message`, `callback_query`...), aiogram 2 and pyTelegramBotAPI (`*_handler`), discord.py (`event`, `command`). */
const BOT_DECORATORS = /^(message|edited_message|callback_query|inline_query|channel_post|chat_member|my_chat_member|pre_checkout_query|shipping_query|[a-z_]+_handler|event|listener)$/;

/**
 * Words a file must contain for any of its code to have a service scope: a long-running loop's
 * keyword, a decorator's `@`, or a Django view's `request` parameter.
 */
export const SERVICE_SCOPE_WORDS: readonly string[] = [...LONG_LOOP_KEYWORDS, '@', 'request'];

/** The service scope `node` runs in within its own function, if any (innermost first). */
export function serviceScope(node: PyNode, path: string): ServiceScope | undefined {
  const loop = enclosingLoops(node).find((l) => isLongRunningLoop(l.node) && !endsOnSuccess(l.node));
  if (loop) return { kind: 'worker-loop', anchor: loop.node };
  const fn = enclosingFunction(node);
  if (!fn || fn.kind !== 'def') return undefined;
  return handlerScope(fn, path);
}

/**
 * A `while True:` that breaks unconditionally once its body got through (`try: proc.wait(); break`)
 * is a retry, not a service loop; a `break` under an `if` (`if stop: break`) does not make it one.
 */
function endsOnSuccess(loop: PyNode): boolean {
  let found = false;
  walk(loop.child('body') ?? loop, (n) => {
    if (found || n.type === 'while_statement' || n.type === 'for_statement' || n.type === 'if_statement' || n.type === 'function_definition' || n.type === 'lambda' || n.type === 'class_definition' || n.type === 'except_clause') return false;
    if (n.type === 'break_statement' || n.type === 'return_statement') found = true;
    return !found;
  });
  return found;
}

function handlerScope(fn: FunctionInfo, path: string): ServiceScope | undefined {
  const decorated = fn.node.parent?.type === 'decorated_definition' ? fn.node.parent : undefined;
  for (const d of decorated?.children ?? []) {
    if (d.type !== 'decorator') continue;
    const last = decoratorName(d)?.split('.').pop();
    if (!last) continue;
    // `@property.get`-style noise is not a route: a route decorator always has a receiver (`app.get`).
    const hasReceiver = (decoratorName(d) ?? '').includes('.');
    if (hasReceiver && ROUTE_DECORATORS.has(last)) return { kind: 'request-handler', anchor: d, name: fn.name ?? '' };
    if (TASK_DECORATORS.has(last)) return { kind: 'task', anchor: d, name: fn.name ?? '', timeLimited: timeLimited(d, last) };
    if (hasReceiver && BOT_DECORATORS.test(last)) return { kind: 'bot-handler', anchor: d, name: fn.name ?? '' };
  }
  if (isDjangoViewModule(path) && firstParameter(fn) === 'request' && !fn.name?.startsWith('_')) {
    return { kind: 'request-handler', anchor: fn.node, name: fn.name ?? '' };
  }
  return undefined;
}

/** A task decorator call that sets a time limit (not `None`): `@shared_task(soft_time_limit=300)`. */
function timeLimited(decorator: PyNode, last: string): boolean {
  const call = decorator.namedChildren.find((c) => c.type !== 'comment');
  if (call?.type !== 'call') return false;
  return (TIME_LIMIT_KEYWORDS[last] ?? []).some((k) => {
    const kw = kwarg(call, k);
    return kw !== undefined && literalOf(kw.value).kind !== 'none';
  });
}

/** `@app.get("/x")` -> `app.get`; `@shared_task` -> `shared_task`. */
function decoratorName(decorator: PyNode): string | null {
  let expr = decorator.namedChildren.find((c) => c.type !== 'comment');
  if (expr?.type === 'call') expr = expr.child('function');
  return expr ? dottedName(expr) : null;
}

function isDjangoViewModule(path: string): boolean {
  const base = posix.basename(path);
  return base === 'views.py' || posix.basename(posix.dirname(path)) === 'views';
}

function firstParameter(fn: FunctionInfo): string | undefined {
  const params = fn.node.child('parameters')?.namedChildren ?? [];
  const first = params.find((p) => p.type !== 'comment' && p.text !== 'self');
  if (!first) return undefined;
  return first.type === 'identifier' ? first.text : first.child('name')?.text ?? first.namedChildren[0]?.text;
}

/** What a scope is, for messages: "this worker loop", "request handler health()". */
export function describeScope(scope: ServiceScope): string {
  switch (scope.kind) {
    case 'worker-loop':
      return 'the worker loop';
    case 'request-handler':
      return `request handler ${scope.name}()`;
    case 'task':
      return `task ${scope.name}()`;
    case 'bot-handler':
      return `bot handler ${scope.name}()`;
  }
}
