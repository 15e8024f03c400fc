import { oncePerEntry } from '../src/compose/shared-entries.js';
import { serviceVolumes } from '../src/compose/volumes.js';
import type { ComposeDocument } from '../src/parse/compose.js';
import { getPair, nodeSpan, resolve, scalarString } from '../src/parse/yaml-nodes.js';
import { trimTrailingSlashes } from '../src/paths.js';
import { defineRule } from '../src/rule.js';
import type { Span } from '../src/source.js';

const DOCKER_SOCKETS = new Set(['/var/run/docker.sock', '/run/docker.sock']);

export default defineRule({
  id: 'DC009',
  name: 'host-control-granted',
  severity: 'warning',
  category: 'security',
  productionOnly: true,
  kinds: ['compose'],
  triggers: ['privileged', 'docker.sock', 'network_mode', 'pid'],
  securitySeverity: 7.5,
  precision: 'very-high',
  messages: {
    privileged: 'service "{{service}}"{{others}} runs privileged: whoever compromises it has root on the host',
    dockerSocket: 'service "{{service}}"{{others}} mounts the Docker socket: whoever compromises it can start a privileged container and own the host',
    hostNetwork: 'service "{{service}}"{{others}} shares the host\'s network stack: it can bind any host port and reach every service listening on localhost',
    hostPid: 'service "{{service}}"{{others}} shares the host\'s process namespace: it can see and signal every process on the host',
  },
  docs: {
    summary: 'A service is given control over the host',
    what: `Reports \`privileged: true\`, a mount of the Docker socket (\`/var/run/docker.sock\` or \`/run/docker.sock\`, short or long syntax, read-only or not — \`:ro\` does not restrict the API), \`network_mode: host\` and \`pid: host\`. Each is anchored on its own key or mount. Not reported: \`privileged: false\`, \`network_mode: bridge\`/\`none\`/\`service:…\`/\`container:…\`, \`pid: "service:…"\`, and development files. A setting shared through a merge key is reported once. Tools that genuinely need the socket (a reverse proxy reading labels, an updater) should use a socket proxy that allows only the API calls they need; suppress the finding with a reason otherwise.`,
    why: `Each of these removes the wall between container and host. A privileged container can mount the host's disks and load kernel modules; the Docker socket lets anyone inside start a new privileged container with \`/\` mounted — root on the host in one command; host networking exposes every port the container opens on the public interface and lets it talk to services that listen only on localhost (databases, admin endpoints); the host PID namespace lets it inspect and kill any process. A single remote-code-execution bug in such a service compromises the whole machine.`,
    example: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  updater:\n    image: example/updater:2.0\n    restart: unless-stopped\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n',
    },
    fix: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  socket-proxy:\n    image: example/docker-socket-proxy:0.3\n    restart: unless-stopped\n    environment:\n      CONTAINERS: 1\n  updater:\n    image: example/updater:2.0\n    restart: unless-stopped\n    environment:\n      DOCKER_HOST: tcp://socket-proxy:2375\n',
    },
    references: ['https://docs.docker.com/reference/compose-file/services/#privileged', 'https://docs.docker.com/engine/security/#docker-daemon-attack-surface', 'https://docs.docker.com/reference/compose-file/services/#network_mode'],
  },
  document(doc, ctx) {
    const { yaml, services } = (doc as ComposeDocument).tree;
    type Id = 'privileged' | 'dockerSocket' | 'hostNetwork' | 'hostPid';
    const found: { span: Span; service: string; messageId: Id }[] = [];
    for (const service of services) {
      const pairSpan = (key: string, value: (v: string) => boolean): Span | undefined => {
        const pair = getPair(yaml, service.node, key);
        const v = pair ? resolve(yaml, pair.value) : undefined;
        const s = scalarString(v);
        if (s === undefined || !value(s)) return undefined;
        const k = nodeSpan(pair!.key as never);
        const vs = nodeSpan(v as never);
        return k && vs ? { start: k.start, end: vs.end } : undefined;
      };
      const add = (messageId: Id, span: Span | undefined) => span && found.push({ span, service: service.name, messageId });
      add('privileged', pairSpan('privileged', (v) => v === 'true'));
      add('hostNetwork', pairSpan('network_mode', (v) => v === 'host'));
      add('hostPid', pairSpan('pid', (v) => v === 'host'));
      for (const m of serviceVolumes(yaml, service)) {
        const src = m.source === undefined ? undefined : trimTrailingSlashes(m.source.replace(/^\/\//, '/'));
        if (m.type === 'bind' && src && DOCKER_SOCKETS.has(src)) add('dockerSocket', m.anchor);
      }
    }
    for (const f of oncePerEntry(found, (x) => x.messageId)) ctx.report({ messageId: f.messageId, data: { service: f.service, others: f.others }, span: f.span });
  },
});
