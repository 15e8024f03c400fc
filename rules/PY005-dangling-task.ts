import { defineRule } from '../src/rule.js';
import type { PythonTree } from '../src/parse/python.js';
import { calleeName, calls, isAwaited, methodName, receiver, resolverFor, resultDiscarded, unparenthesize, type PyNode, type PyResolver } from '../src/python/index.js';
import { importedCallee } from '../src/python/libraries.js';

const TASK_FACTORIES = new Set(['asyncio.create_task', 'asyncio.tasks.create_task', 'asyncio.ensure_future', 'asyncio.tasks.ensure_future']);
/** Receivers that keep strong references to their tasks: `asyncio.TaskGroup`, anyio/trio groups. */
const GROUP_NAME = /(^|_)(tg|taskgroup|task_group|group|nursery|scope)$/i;
const LOOP_GETTERS = /^asyncio\.(get_event_loop|get_running_loop|new_event_loop|events\.get_event_loop|events\.get_running_loop)$/;

export default defineRule({
  id: 'PY005',
  name: 'dangling-task',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['python'],
  triggers: ['create_task', 'ensure_future'],
  precision: 'high',
  messages: {
    dangling: 'The task from {{call}}() is not kept: the event loop holds only a weak reference, so it can be garbage-collected mid-flight and its exception is never seen',
  },
  docs: {
    summary: 'A task is created and its reference dropped',
    what: `Reports \`asyncio.create_task(…)\`, \`asyncio.ensure_future(…)\` and \`loop.create_task(…)\` (a loop from \`asyncio.get_event_loop()\`/\`get_running_loop()\`, or a receiver named \`loop\`, \`self.loop\`, \`bot.loop\`…) whose result is thrown away: the call is a statement of its own, or its result is assigned to \`_\` (\`await asyncio.create_task(…)\` waits for it and is fine). Not reported: \`create_task\` on an \`asyncio.TaskGroup\` or a receiver named like a task group or nursery (\`tg\`, \`task_group\`, \`nursery\`), which keep their tasks; and calls on other receivers, which may be a project's own wrapper that keeps them. Limits: a task passed straight to a function that stores it (\`register(asyncio.create_task(…))\`) is kept and not reported, but one stored only in a local variable that is then dropped is not seen.`,
    why: `The event loop keeps only a weak reference to a task. A task nobody else references can be garbage-collected before it finishes — the background job simply stops — and an exception it raised is at best logged as "Task exception was never retrieved" when that happens, at worst never. For a bot's workers, webhook processing or notification sending, this is work that silently does not happen. Keep the task (a set of background tasks with \`add_done_callback(tasks.discard)\`, a \`TaskGroup\`, or a supervisor that awaits it).`,
    example: {
      kind: 'python',
      path: 'bot/main.py',
      code: `import asyncio

from bot.workers import reminders_worker, renewal_worker


async def on_startup() -> None:
    asyncio.create_task(reminders_worker())
    asyncio.create_task(renewal_worker())
`,
    },
    fix: {
      kind: 'python',
      path: 'bot/main.py',
      code: `import asyncio

from bot.workers import reminders_worker, renewal_worker

background_tasks: set[asyncio.Task] = set()


def start_background(coro) -> asyncio.Task:
    task = asyncio.create_task(coro)
    background_tasks.add(task)
    task.add_done_callback(background_tasks.discard)
    return task


async def on_startup() -> None:
    start_background(reminders_worker())
    start_background(renewal_worker())
`,
    },
    references: ['https://docs.python.org/3/library/asyncio-task.html#asyncio.create_task', 'https://docs.astral.sh/ruff/rules/asyncio-dangling-task/'],
  },
  document(doc, ctx) {
    const tree = doc.tree as PythonTree;
    const resolver = resolverFor(tree);
    for (const call of calls(tree.root)) {
      const what = taskFactory(call, resolver);
      if (!what || !resultDiscarded(call) || isAwaited(call)) continue;
      ctx.report({ messageId: 'dangling', data: { call: what }, span: call.child('function')!.span });
    }
  },
});

/** The factory a call is (`asyncio.create_task`, `loop.create_task`), or undefined. */
function taskFactory(call: PyNode, resolver: PyResolver): string | undefined {
  const name = importedCallee(call, resolver);
  if (name !== null && TASK_FACTORIES.has(name)) return name.replace('.tasks.', '.');
  if (methodName(call) !== 'create_task') return undefined;
  const recv = receiver(call);
  if (!recv) return undefined;
  const r = unparenthesize(recv);
  const written = r.type === 'identifier' ? r.text : r.type === 'attribute' ? (r.child('attribute')?.text ?? '') : '';
  if (GROUP_NAME.test(written)) return undefined;
  const resolved = resolver.resolve(r);
  if (resolved?.root === 'import') {
    if (/TaskGroup$/.test(resolved.name)) return undefined;
    if (LOOP_GETTERS.test(resolved.name)) return 'loop.create_task';
  }
  // `asyncio.get_event_loop().create_task(...)`
  if (r.type === 'call' && LOOP_GETTERS.test(importedCallee(r, resolver) ?? '')) return 'loop.create_task';
  return /(^|_)loop$/i.test(written) ? (calleeName(call) ?? 'loop.create_task') : undefined;
}
