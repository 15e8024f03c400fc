import { defineRule } from '../src/rule.js';
import { eachWith } from '../src/triggers.js';
import type { PythonTree } from '../src/parse/python.js';
import { calls, enclosingFunction, isFalsyConstant, positionalArg, resolverFor, type PyNode, type PyResolver } from '../src/python/index.js';
import { isStandaloneScript } from '../src/python/scripts.js';
import { httpCall, importedCallee } from '../src/python/libraries.js';

/** Blocking calls by qualified name, with what to use instead. */
const BLOCKING: Record<string, string> = {
  'time.sleep': 'await asyncio.sleep(…)',
  'subprocess.run': 'asyncio.create_subprocess_exec(…)',
  'subprocess.call': 'asyncio.create_subprocess_exec(…)',
  'subprocess.check_call': 'asyncio.create_subprocess_exec(…)',
  'subprocess.check_output': 'asyncio.create_subprocess_exec(…)',
  'subprocess.getoutput': 'asyncio.create_subprocess_shell(…)',
  'subprocess.getstatusoutput': 'asyncio.create_subprocess_shell(…)',
  'socket.create_connection': 'asyncio.open_connection(…)',
};

/** The modules of `BLOCKING` and of the synchronous HTTP calls `httpCall` knows. */
const BLOCKING_MODULES = ['time', 'subprocess', 'socket', 'requests', 'httpx', 'urllib'];

export default defineRule({
  id: 'PY006',
  name: 'blocking-call-in-async',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['python'],
  // Every reported call resolves, through the module's imports, to one of these modules, whose
  // name the module therefore spells.
  triggers: eachWith(['async def'], BLOCKING_MODULES),
  precision: 'high',
  messages: {
    blocking: '{{call}}() blocks the whole event loop inside async def {{fn}}: every other task, request and heartbeat waits until it returns; use {{instead}}',
  },
  docs: {
    summary: 'A blocking call inside async def stops the whole event loop',
    what: `Reports, directly in the body of an \`async def\` (not in a nested plain \`def\` or \`lambda\`, which may run in a thread): \`time.sleep(…)\` (not \`time.sleep(0)\`), \`requests\` calls (\`requests.get/post/…\`, methods of a \`requests.Session()\`), synchronous \`httpx\` calls (\`httpx.get\`, methods of an \`httpx.Client()\`), \`urllib.request.urlopen(…)\`, \`subprocess.run/call/check_call/check_output/getoutput/getstatusoutput(…)\` and \`socket.create_connection(…)\`. Imports and aliases are followed (\`import requests as r\`, \`from time import sleep\`, \`s = requests.Session()\`). Passing the function to \`asyncio.to_thread(requests.get, url)\` or \`run_in_executor\` is the fix and is not reported. Not reported in one-shot scripts — a module with an \`if __name__ == "__main__":\` block that starts nothing concurrent (\`create_task\`, \`gather\`, \`TaskGroup\`, threads, servers) and imports no server or bot framework: there the blocking call only delays the script. Limits: blocking calls inside helper functions that the coroutine calls are not seen; database drivers are not covered.`,
    why: `An event loop runs one thing at a time. A \`requests.get\` or \`time.sleep(5)\` inside a coroutine freezes every other coroutine for as long as it takes: webhook requests queue up and time out, Telegram retries them, heartbeats stop, and a liveness watchdog concludes the process hung and kills it — the crash loop of one incident report, whose watchdog read timestamps that blocked handlers could not update.`,
    example: {
      kind: 'python',
      path: 'bot/handlers.py',
      code: `import requests
from aiogram import Router
from aiogram.types import Message

router = Router()


@router.message()
async def rates(message: Message) -> None:
    response = requests.get("https://api.example.com/rates", timeout=10)
    await message.answer(response.text)
`,
    },
    fix: {
      kind: 'python',
      path: 'bot/handlers.py',
      code: `import httpx
from aiogram import Router
from aiogram.types import Message

router = Router()


@router.message()
async def rates(message: Message) -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        response = await client.get("https://api.example.com/rates")
    await message.answer(response.text)
`,
    },
    references: [
      'https://docs.python.org/3/library/asyncio-dev.html#running-blocking-code',
      'https://docs.python.org/3/library/asyncio-task.html#asyncio.to_thread',
    ],
  },
  document(doc, ctx) {
    const tree = doc.tree as PythonTree;
    const resolver = resolverFor(tree);
    if (isStandaloneScript(tree.root, doc.source.text)) return;
    for (const call of calls(tree.root)) {
      const fn = enclosingFunction(call);
      if (!fn?.async) continue;
      const hit = blocking(call, resolver);
      if (!hit) continue;
      ctx.report({ messageId: 'blocking', data: { call: hit.name, fn: fn.name ?? '', instead: hit.instead }, span: call.child('function')!.span });
    }
  },
});

function blocking(call: PyNode, resolver: PyResolver): { name: string; instead: string } | undefined {
  const name = importedCallee(call, resolver);
  if (name === null) return undefined;
  const instead = BLOCKING[name];
  if (instead) {
    if (name === 'time.sleep') {
      const arg = positionalArg(call, 0);
      if (arg && isFalsyConstant(arg)) return undefined;
    }
    return { name, instead };
  }
  const http = httpCall(call, resolver);
  if (http && http.sync && http.kind !== 'client') {
    return { name: http.name, instead: http.library === 'urllib' ? 'an async HTTP client or asyncio.to_thread(…)' : 'httpx.AsyncClient or aiohttp, or asyncio.to_thread(…)' };
  }
  return undefined;
}
