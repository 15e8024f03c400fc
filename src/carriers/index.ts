/** Facts (commands, environment assignments) out of a parsed document of any kind. */
import type { ComposeDocument } from '../parse/compose.js';
import type { DockerfileDocument } from '../parse/dockerfile.js';
import type { ShellDocument } from '../parse/shell.js';
import { loadShellParser } from '../shell/script.js';
import { withParseDeadline } from '../parse/deadline.js';
import type { Carrier, Document } from '../types.js';
import { addParsedScript, newSink, type CommandSink } from './build.js';
import { composeCarriers } from './compose.js';
import { dockerfileCarriers } from './dockerfile.js';
import { packageJsonCarriers } from './packagejson.js';
import { procfileCarriers } from './procfile.js';
import { systemdCarriers } from './systemd.js';
import type { UnitTree } from '../parse/systemd.js';
import type { ProcfileTree } from '../parse/procfile.js';
import type { PackageJsonTree } from '../parse/packagejson.js';
import { kubernetesCarriers } from './kubernetes.js';
import type { KubernetesDocument } from '../parse/kubernetes.js';
import { cronCarriers } from './cron.js';
import { crontabWrites } from '../cron/from-script.js';
import type { CronDocument } from '../parse/cron.js';
import type { PlatformDocument } from '../parse/platform.js';
import { platformCarriers } from './platform.js';

/**
 * Embedded scripts (each `RUN`, `command:`, `ExecStart=`...) are parsed under one time budget per
 * file (parse/deadline.ts), so a file of many pathological snippets cannot hang the run.
 */
export async function extractFacts(doc: Document): Promise<CommandSink> {
  const sink = newSink();
  switch (doc.kind) {
    case 'shell': {
      const d = doc as ShellDocument;
      const carrier: Carrier = { kind: 'shell', label: 'script', source: doc.source, span: { start: 0, end: doc.source.text.length }, shellForm: true };
      addParsedScript(sink, d.tree, 'script', carrier);
      crontabWrites(d.tree, doc.source, sink);
      break;
    }
    case 'dockerfile':
      await loadShellParser();
      withParseDeadline(() => dockerfileCarriers(doc as DockerfileDocument, sink));
      break;
    case 'compose':
      await loadShellParser();
      withParseDeadline(() => composeCarriers(doc as ComposeDocument, sink));
      break;
    case 'systemd':
      await loadShellParser();
      withParseDeadline(() => systemdCarriers(doc as Document<UnitTree>, sink));
      break;
    case 'procfile':
      await loadShellParser();
      withParseDeadline(() => procfileCarriers(doc as Document<ProcfileTree>, sink));
      break;
    case 'packagejson':
      await loadShellParser();
      withParseDeadline(() => packageJsonCarriers(doc as Document<PackageJsonTree>, sink));
      break;
    case 'kubernetes':
      await loadShellParser();
      withParseDeadline(() => kubernetesCarriers(doc as KubernetesDocument, sink));
      break;
    case 'cron':
      await loadShellParser();
      withParseDeadline(() => cronCarriers(doc as CronDocument, sink));
      break;
    case 'railway':
    case 'fly':
    case 'render':
    case 'heroku':
      await loadShellParser();
      withParseDeadline(() => platformCarriers(doc as PlatformDocument, sink));
      break;
    default:
      break;
  }
  return sink;
}
