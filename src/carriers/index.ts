/** Facts (commands, environment assignments) out of a parsed document of any kind. */
import type { ShellDocument } from '../parse/shell.js';
import { loadShellParser, ShellParserNeeded } from '../shell/script.js';
import { withParseDeadline } from '../parse/deadline.js';
import type { Carrier, Document, Kind } from '../types.js';
import { addParsedScript, newSink, type CommandSink } from './build.js';
import { composeCarriers } from './compose.js';
import { dockerfileCarriers } from './dockerfile.js';
import { packageJsonCarriers } from './packagejson.js';
import { procfileCarriers } from './procfile.js';
import { systemdCarriers } from './systemd.js';
import { kubernetesCarriers } from './kubernetes.js';
import { cronCarriers } from './cron.js';
import { crontabWrites } from '../cron/from-script.js';
import { platformCarriers } from './platform.js';

type Extract = (doc: never, sink: CommandSink) => void;

/** The carrier of each deployment kind (types.ts CARRIER_KINDS); shell scripts are handled apart. */
const CARRIERS: Partial<Record<Kind, Extract>> = {
  dockerfile: dockerfileCarriers,
  compose: composeCarriers,
  systemd: systemdCarriers,
  procfile: procfileCarriers,
  packagejson: packageJsonCarriers,
  kubernetes: kubernetesCarriers,
  cron: cronCarriers,
  railway: platformCarriers,
  fly: platformCarriers,
  render: platformCarriers,
  heroku: platformCarriers,
};

/**
 * Embedded scripts (each `RUN`, `command:`, `ExecStart=`...) are parsed under one time budget per
 * file (parse/deadline.ts), so a file of many pathological snippets cannot hang the run. The shell
 * grammar is loaded only when a script comes: extraction is pure, so a file that meets one before
 * the grammar is loaded is read again from the start with it (a run over systemd units or
 * exec-form files never pays the grammar's ~30 ms set-up).
 */
export async function extractFacts(doc: Document): Promise<CommandSink> {
  const sink = newSink();
  if (doc.kind === 'shell') {
    const carrier: Carrier = { kind: 'shell', label: 'script', source: doc.source, span: { start: 0, end: doc.source.text.length }, shellForm: true };
    const tree = (doc as ShellDocument).tree;
    addParsedScript(sink, tree, 'script', carrier);
    crontabWrites(tree, doc.source, sink);
    return sink;
  }
  const extract = CARRIERS[doc.kind];
  if (!extract) return sink;
  try {
    withParseDeadline(() => extract(doc as never, sink));
    return sink;
  } catch (err) {
    if (!(err instanceof ShellParserNeeded)) throw err;
  }
  await loadShellParser();
  const again = newSink();
  withParseDeadline(() => extract(doc as never, again));
  return again;
}
