/**
 * One-shot scripts: a module run as `python script.py` that does one thing and exits — it has an
 * `if __name__ == "__main__":` block, starts nothing concurrent (threads, tasks, pools, servers) and
 * imports no server or bot framework. Hazards of concurrency (a blocked event loop, a pool that
 * grows with concurrent users) do not apply there.
 */
import { moduleImports } from './imports.js';
import type { PyNode } from './node.js';

/** Frameworks and servers whose process serves other work concurrently. */
const SERVING = /^(aiogram|telegram|telethon|pyrogram|discord|fastapi|starlette|aiohttp|quart|sanic|uvicorn|hypercorn|gunicorn|litestar|websockets|socketio|flask_socketio|grpc|nats|aio_pika|aiokafka|celery|rq|dramatiq|flask|django|tornado|twisted|gevent|eventlet)(\.|$)/;
/** Concurrency started by the module itself. */
const CONCURRENCY = /\b(create_task|ensure_future|gather|TaskGroup|as_completed|run_forever|start_server|serve_forever|Thread|ThreadPool|ThreadPoolExecutor|ProcessPoolExecutor|Pool\(|start_new_thread)\b/;
const MAIN_GUARD = /__name__\s*==\s*['"]__main__['"]/;

export function isStandaloneScript(root: PyNode, text: string): boolean {
  if (!MAIN_GUARD.test(text) || CONCURRENCY.test(text)) return false;
  for (const m of moduleImports(root).modules) if (SERVING.test(m)) return false;
  return true;
}
