/** Facts (commands, environment assignments) out of a parsed document of any kind. */
import type { ShellDocument } from '../parse/shell.js';
import type { Carrier, Document, Kind } from '../types.js';
import { addParsedScript, newSink, readCommands, type CommandSink } from './build.js';
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

/** Embedded scripts (each `RUN`, `command:`, `ExecStart=`...) are read by `readCommands` (build.ts). */
export async function extractFacts(doc: Document): Promise<CommandSink> {
  if (doc.kind === 'shell') {
    const sink = newSink();
    const carrier: Carrier = { kind: 'shell', label: 'script', source: doc.source, span: { start: 0, end: doc.source.text.length }, shellForm: true };
    const tree = (doc as ShellDocument).tree;
    addParsedScript(sink, tree, 'script', carrier);
    crontabWrites(tree, doc.source, sink);
    return sink;
  }
  const extract = CARRIERS[doc.kind];
  return extract ? readCommands((sink) => extract(doc as never, sink)) : newSink();
}
