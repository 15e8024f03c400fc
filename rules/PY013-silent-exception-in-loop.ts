import { defineRule } from '../src/rule.js';
import type { PythonTree } from '../src/parse/python.js';
import { enclosingLoops, exceptHandler, isLongRunningLoop, walk, type PyNode } from '../src/python/index.js';
import { LONG_LOOP_TRIGGERS } from '../src/python/worker-loops.js';

export default defineRule({
  id: 'PY013',
  name: 'silent-exception-in-loop',
  severity: 'warning',
  category: 'operability',
  productionOnly: true,
  kinds: ['python'],
  triggers: LONG_LOOP_TRIGGERS,
  precision: 'high',
  messages: {
    silent: '{{clause}} swallows every error of this long-running loop without a trace: the worker can fail on every iteration and no log line says so',
  },
  docs: {
    summary: 'A long-running loop swallows every exception without logging it',
    what: `Reports \`except Exception:\`, \`except BaseException:\` and bare \`except:\` clauses (also in a tuple with other types) inside a long-running loop — \`while True\`, \`while 1\`, \`while not stop.is_set()\`, \`while self.running\`, \`for _ in itertools.count()\`, in any function or at module level — whose body does nothing but \`pass\`, \`continue\`, \`...\` or a string. Anchored on the \`except\` clause. Narrow handlers (\`except KeyError: pass\`), handlers that log, count, re-raise or sleep, and handlers with a comment that explains the decision (\`pass  # best effort, the next tick retries\`) are not reported. Limits: a handler that calls a function which does nothing is not recognised as silent.`,
    why: `A worker that swallows its errors looks alive — the process is up, the loop spins — while every iteration fails: the database password changed, an API started returning 500, a column was renamed. Nothing reaches the logs, so nobody knows until users notice. One team's stability checklist after repeated backend outages put it first among the rules: no silent failures, log every error with its stack trace.`,
    example: {
      kind: 'python',
      path: 'worker.py',
      code: `import time

from app.jobs import process_pending_jobs


def main() -> None:
    while True:
        try:
            process_pending_jobs()
        except Exception:
            pass
        time.sleep(5)


if __name__ == "__main__":
    main()
`,
    },
    fix: {
      kind: 'python',
      path: 'worker.py',
      code: `import logging
import time

from app.jobs import process_pending_jobs

logger = logging.getLogger(__name__)


def main() -> None:
    while True:
        try:
            process_pending_jobs()
        except Exception:
            logger.exception("processing pending jobs failed")
        time.sleep(5)


if __name__ == "__main__":
    main()
`,
    },
    references: ['https://docs.python.org/3/library/logging.html#logging.Logger.exception', 'https://docs.astral.sh/ruff/rules/try-except-pass/'],
  },
  document(doc, ctx) {
    const tree = doc.tree as PythonTree;
    walk(tree.root, (n) => {
      if (n.type !== 'except_clause') return true;
      const h = exceptHandler(n);
      if (!h.catchesAll || !isSilent(h.body) || hasComment(n)) return true;
      if (!enclosingLoops(n).some((l) => isLongRunningLoop(l.node))) return true;
      // `except Exception as e:` up to the colon.
      const colon = n.children.find((c) => !c.named && c.type === ':');
      const end = colon ? colon.start : n.start + 'except'.length;
      const clause = doc.source.text.slice(n.start, colon ? colon.end : end).replace(/\s+/g, ' ').trim();
      ctx.report({ messageId: 'silent', data: { clause }, span: { start: n.start, end } });
      return true;
    });
  },
});

/** A comment in the handler (`pass  # best effort`) records a decision: it is not an oversight. */
function hasComment(clause: PyNode): boolean {
  let found = false;
  walk(clause, (n) => {
    if (n.type === 'comment') found = true;
    return !found;
  });
  return found;
}

/** A handler body of only `pass`, `continue`, `...` or string literals. */
function isSilent(body: PyNode | undefined): boolean {
  if (!body) return false;
  const statements = body.namedChildren.filter((c) => c.type !== 'comment');
  return (
    statements.length > 0 &&
    statements.every((s) => {
      if (s.type === 'pass_statement' || s.type === 'continue_statement') return true;
      if (s.type !== 'expression_statement') return false;
      const e = s.namedChildren.filter((c) => c.type !== 'comment');
      return e.length === 1 && (e[0]!.type === 'ellipsis' || e[0]!.type === 'string' || e[0]!.type === 'concatenated_string');
    })
  );
}
