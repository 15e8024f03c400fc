/**
 * One entry point to parse any kind. Parsers are imported lazily, so a run without Python or
 * TypeScript files never loads tree-sitter-python or the TypeScript compiler.
 */
import type { SourceFile } from '../source.js';
import type { Document, Environment, Kind } from '../types.js';

export async function parseFile(kind: Kind, source: SourceFile, environment: Environment): Promise<Document> {
  switch (kind) {
    case 'shell':
      return (await import('./shell.js')).parseShellFile(source, environment);
    case 'dockerfile':
      return (await import('./dockerfile.js')).parseDockerfile(source, environment);
    case 'compose':
      return (await import('./compose.js')).parseCompose(source, environment);
    case 'systemd':
      return (await import('./systemd.js')).parseSystemd(source, environment);
    case 'procfile':
      return (await import('./procfile.js')).parseProcfile(source, environment);
    case 'packagejson':
      return (await import('./packagejson.js')).parsePackageJson(source, environment);
    case 'python':
      return (await import('./python.js')).parsePython(source, environment);
    case 'typescript':
      return (await import('./typescript.js')).parseTypeScript(source, environment);
    case 'kubernetes':
      return (await import('./kubernetes.js')).parseKubernetes(source, environment);
    case 'cron':
      return (await import('./cron.js')).parseCron(source, environment);
    case 'railway':
    case 'fly':
    case 'render':
    case 'heroku':
      return (await import('./platform.js')).parsePlatform(kind, source, environment);
    default:
      return unsupported(kind, source, environment);
  }
}

function unsupported(kind: Kind, source: SourceFile, environment: Environment): Document {
  return { kind, source, environment, tree: null, comments: [], logicalLines: [], parseErrors: [] };
}
