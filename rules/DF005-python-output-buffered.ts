import { productionDocuments } from '../src/docker/documents.js';
import { migrationCommand } from '../src/docker/migrations.js';
import { fromSpan, rootImage, stageChain, startInstructions } from '../src/docker/stages.js';
import { composeEnvironment, imageStartCommands, startEnvironment, type StartCommand } from '../src/docker/start.js';
import type { DockerfileDocument } from '../src/parse/dockerfile.js';
import type { ProjectModel } from '../src/project.js';
import { defineRule, type ReportDescriptor } from '../src/rule.js';
import { baseName, isPythonWord } from '../src/shell/unwrap.js';
import type { Span } from '../src/source.js';
import type { Command, Document, EnvAssignment } from '../src/types.js';

/** Programs that run Python code: servers, workers and task queues installed as console scripts. */
const PYTHON_PROGRAMS = new Set(['uvicorn', 'gunicorn', 'celery', 'hypercorn', 'daphne', 'granian', 'flask', 'waitress-serve', 'rq', 'dramatiq', 'arq', 'huey_consumer', 'streamlit', 'django-admin', 'manage.py', 'faust']);

export default defineRule({
  id: 'DF005',
  name: 'python-output-buffered',
  severity: 'warning',
  category: 'operability',
  productionOnly: true,
  kinds: ['dockerfile'],
  triggers: ['CMD', 'ENTRYPOINT', 'cmd', 'entrypoint'],
  anchor: 'owner',
  triggersIgnoreCase: true,
  precision: 'high',
  messages: {
    buffered: '{{program}} runs without PYTHONUNBUFFERED or python -u: stdout is block-buffered without a TTY, so the last log lines before a crash are lost',
  },
  docs: {
    summary: 'A Python image buffers its stdout, so the last logs before a crash are lost',
    what: `Reports a Dockerfile whose final stage starts Python — \`python\`/\`python3\` (also \`python -m …\`), a \`*.py\` program, or a Python server or worker (\`uvicorn\`, \`gunicorn\`, \`celery\`, \`hypercorn\`, \`daphne\`, \`granian\`, \`flask\`, \`rq\`, \`dramatiq\`, \`arq\`, \`streamlit\`…) — in its \`CMD\`/\`ENTRYPOINT\`, in the script those run, or in the \`command:\` of a compose service that builds it, while nothing sets \`PYTHONUNBUFFERED\` to a non-empty value and the interpreter is not started with \`-u\`.

Looked for: \`ENV PYTHONUNBUFFERED\` in the final stage or the stages it is built \`FROM\`, an assignment in front of the command, an \`export\` in the start script, and \`environment:\` of compose services that build the image. In a start script only the program that keeps running counts (the one it \`exec\`s, backgrounds, or runs last): one-shot steps such as \`manage.py migrate\` exit and flush their output. Anchored on the program in \`CMD\`/\`ENTRYPOINT\` (or on the instruction that runs the script). Only images built on Docker official images are checked: a custom base image may set \`PYTHONUNBUFFERED\` itself, and is not seen.`,
    why: `Python block-buffers stdout when it is not a terminal, and in a container it never is: \`print()\` and logging handlers on stdout sit in an 8 KiB buffer. When the process dies — an \`os._exit()\`, an OOM kill, a SIGKILL after the stop timeout — the buffer dies with it, and the lines that explained why are never written. One team chased a "silent process exit" crash loop on a hosting platform for days: the bot logged the reason every time, but the log lines never left the buffer.`,
    example: {
      kind: 'dockerfile',
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY bot/ ./bot/\nUSER nobody\nHEALTHCHECK CMD ["python", "-m", "bot.healthcheck"]\nCMD ["python", "-m", "bot"]\n',
    },
    fix: {
      kind: 'dockerfile',
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY bot/ ./bot/\nUSER nobody\nHEALTHCHECK CMD ["python", "-m", "bot.healthcheck"]\nCMD ["python", "-m", "bot"]\n',
    },
    references: ['https://docs.python.org/3/using/cmdline.html#envvar-PYTHONUNBUFFERED', 'https://docs.python.org/3/using/cmdline.html#cmdoption-u'],
  },
  project(model, ctx) {
    for (const doc of productionDocuments(model, 'dockerfile')) check(doc, model, (r) => ctx.report({ ...r, source: doc.source }));
  },
});

function unbuffers(a: EnvAssignment): boolean {
  return a.name === 'PYTHONUNBUFFERED' && (a.value === null || a.value !== '');
}

/** The Python program a command runs, with the word to anchor on. */
function pythonProgram(cmd: Command): { name: string; span: Span } | undefined {
  const head = cmd.argv[0];
  if (!head) return undefined;
  if (cmd.wrappers.includes('python -m')) {
    const py = cmd.raw.find((w) => isPythonWord(w));
    return { name: `python -m ${head.value ?? head.text}`, span: (py ?? head).span };
  }
  if (isPythonWord(head)) return { name: baseName(head.value) ?? 'python', span: head.span };
  const name = baseName(head.value);
  if (!name) return undefined;
  if (PYTHON_PROGRAMS.has(name) || name.endsWith('.py')) return { name, span: head.span };
  return undefined;
}

/**
 * In a script, the program that stays running: the one it `exec`s, starts in the background, or
 * runs last at the top level. One-shot steps before it (`manage.py migrate`) exit and flush.
 */
function longRunning(cmd: Command, all: readonly StartCommand[]): boolean {
  if (cmd.wrappers.includes('exec') || cmd.background) return true;
  if (cmd.depth > 0 || cmd.nesting > 0) return false;
  const sameScript = all.filter((s) => s.command.carrier.source.path === cmd.carrier.source.path && s.command.depth === 0 && s.command.nesting === 0);
  return sameScript.every((s) => s.command.index <= cmd.index);
}

/** `python -u …`, `python -Bu …`: unbuffered by flag. */
function usesDashU(cmd: Command): boolean {
  const at = cmd.raw.findIndex((w) => isPythonWord(w));
  if (at === -1) return false;
  for (let i = at + 1; i < cmd.raw.length; i++) {
    const v = cmd.raw[i]!.value;
    if (v === null || !v.startsWith('-') || v === '-m' || v === '-c') return false;
    if (v === '-W' || v === '-X') i++;
    else if (/^-[A-Za-z]*u[A-Za-z]*$/.test(v) && !v.startsWith('--')) return true;
  }
  return false;
}

/** The instruction that starts the container: its arguments. */
function anchorOf(tree: DockerfileDocument['tree'], final: NonNullable<DockerfileDocument['tree']['finalStage']>): Span | undefined {
  const ins = startInstructions(tree, final)[0];
  if (!ins) return undefined;
  return ins.args.spanToFile({ start: 0, end: ins.args.length });
}

type Report = (r: ReportDescriptor<'buffered'>) => void;

function check(doc: Document, model: ProjectModel, report: Report): void {
  const tree = (doc as DockerfileDocument).tree;
  const final = tree.finalStage;
  if (!final) return;
  // A custom base image may set PYTHONUNBUFFERED itself; official images never do.
  if (stageChain(tree, final).some((s) => s.image.includes('$'))) return;
  const root = rootImage(tree, final);
  if (root && !root.official) return;
  const file = model.byPath.get(doc.source.path);
  const chainSpans = new Set(stageChain(tree, final).flatMap((s) => s.instructions.filter((i) => i.keyword === 'ENV').map((i) => i.span.start)));
  const dockerEnv = (file?.facts?.env ?? []).filter((a) => a.carrier.label === 'ENV' && chainSpans.has(a.carrier.span.start));
  if (dockerEnv.some(unbuffers)) return;
  const starts: StartCommand[] = file ? imageStartCommands(model, file) : [];
  if (startEnvironment(starts).some(unbuffers) || composeEnvironment(model, doc.source.path).some(unbuffers)) return;
  // The long-running program first: a migration or set-up step before it is not what dies silently.
  const ordered = [...starts].sort((a, b) => Number(migrationCommand(a.command) !== undefined) - Number(migrationCommand(b.command) !== undefined));
  for (const start of ordered) {
    if (start.origin === 'script' && !longRunning(start.command, starts)) continue;
    const program = pythonProgram(start.command);
    if (!program || usesDashU(start.command)) continue;
    const related = start.origin === 'dockerfile' ? [] : [{ source: start.command.carrier.source, span: program.span, message: `${program.name} runs here` }];
    const span = start.origin === 'dockerfile' ? program.span : anchorOf(tree, final) ?? fromSpan(final);
    report({ messageId: 'buffered', data: { program: program.name }, span, related });
    return;
  }
}
