// The Action's report of a run that could not lint (exit 2: a bad flag, input or configuration).
// prodlint prints such an error as one line on stderr, `prodlint: <file>:<line>:<col>: <reason>`
// when it knows the place; this turns that line into what a GitHub user sees: an `::error`
// annotation (on the file and line when known), a step-summary section, and the `error` output the
// gate step prints. Plain Node, no dependencies: it runs beside dist/ on the runner's Node.
//
// Usage: node report-error.mjs <stderr-file> <exit-code>   (GITHUB_STEP_SUMMARY, GITHUB_OUTPUT from env)
import { appendFileSync, readFileSync } from 'node:fs';

const [stderrFile, exitCode = '2'] = process.argv.slice(2);
const lines = readFileSync(stderrFile, 'utf8').split('\n').map((l) => l.trimEnd()).filter((l) => l !== '');
// The last `prodlint:` line is the one that stopped the run (warnings may come before it).
const line = [...lines].reverse().find((l) => l.startsWith('prodlint: ')) ?? lines.at(-1) ?? `prodlint exited ${exitCode} without saying why`;
const reason = line.replace(/^prodlint: /, '');

// `file:line:col: reason` or `file:line: reason` (config errors with a position); else `file: reason`
// when it names a configuration or baseline file.
let file = '';
let lineNo = 0;
let col = 0;
const placed = /^([^:\s][^:]*):(\d+)(?::(\d+))?: /.exec(reason);
if (placed) {
  file = placed[1];
  lineNo = Number(placed[2]);
  col = Number(placed[3] ?? 0);
} else {
  const named = /^([^:\s][^:]*\.(?:ya?ml|json)): /.exec(reason);
  if (named) file = named[1];
}

// Escaping of workflow commands, as actions/toolkit's escapeData/escapeProperty (also
// src/format/github.ts, which this script cannot import: it runs without a build).
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const props = [];
if (file !== '') props.push(`file=${escapeProperty(file)}`);
if (lineNo > 0) props.push(`line=${lineNo}`);
if (col > 0) props.push(`col=${col}`);
props.push(`title=${escapeProperty('prodlint could not run')}`);
process.stdout.write(`::error ${props.join(',')}::${escapeData(reason)}\n`);

if (process.env.GITHUB_STEP_SUMMARY) {
  const where = file !== '' ? ` in \`${file.replace(/`/g, "'")}\`${lineNo > 0 ? ` line ${lineNo}` : ''}` : '';
  const text = [
    '## prodlint',
    '',
    `**✖ prodlint could not run** (exit code ${exitCode}): a usage or configuration error${where}.`,
    '',
    '```text',
    line.replace(/```/g, "'''"),
    '```',
    '',
    'Nothing was linted. Fix the inputs or the configuration named above and re-run; `prodlint --help` lists the flags.',
    '',
  ].join('\n');
  appendFileSync(process.env.GITHUB_STEP_SUMMARY, text);
}
if (process.env.GITHUB_OUTPUT) {
  // Heredoc form with a delimiter that cannot occur in one line of text.
  appendFileSync(process.env.GITHUB_OUTPUT, `error<<PRODLINT_EOF_${process.pid}\n${reason}\nPRODLINT_EOF_${process.pid}\n`);
}
