import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  yamlComments
} from "./chunk-SSERXI7C.js";
import {
  getPath,
  isMap,
  isScalar,
  isSeq,
  nodeSpan,
  require_dist,
  resolve,
  scalarString,
  tooDeepYamlOffset,
  yamlLogicalLines
} from "./chunk-S5IXN3TF.js";
import {
  __toESM
} from "./chunk-LCUPGGL7.js";

// src/parse/kubernetes.ts
var import_yaml = __toESM(require_dist(), 1);

// src/source.ts
var SourceFile = class {
  constructor(path, absPath, rawText) {
    this.path = path;
    this.absPath = absPath;
    this.hadBom = rawText.charCodeAt(0) === 65279;
    this.text = this.hadBom ? rawText.slice(1) : rawText;
    const starts = [0];
    const t = this.text;
    for (let i = t.indexOf("\n"); i !== -1; i = t.indexOf("\n", i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }
  path;
  absPath;
  /** Content without a leading BOM. */
  text;
  hadBom;
  /** Offset of the first character of each line. */
  lineStarts;
  get lineCount() {
    return this.lineStarts.length;
  }
  /** Position of an offset; offsets past the end clamp to the end of the text. */
  positionAt(offset) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.lineStarts[lo] + 1 };
  }
  /** 1-based line number of an offset. */
  lineOf(offset) {
    return this.positionAt(offset).line;
  }
  /** Offset of the first character of a 1-based line (the text length past the last line). */
  lineStart(line) {
    if (line < 1) return 0;
    return line <= this.lineStarts.length ? this.lineStarts[line - 1] : this.text.length;
  }
  /** Offset just past the last visible character of a 1-based line (before `\r\n` or `\n`). */
  lineEnd(line) {
    const next = line < this.lineStarts.length ? this.lineStarts[line] - 1 : this.text.length;
    return next > this.lineStart(line) && this.text.charCodeAt(next - 1) === 13 ? next - 1 : next;
  }
  /** Text of a 1-based line without its terminator. */
  lineText(line) {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
  slice(span) {
    return this.text.slice(span.start, span.end);
  }
};

// src/k8s/helm.ts
var CONTROL = /^-?\s*(?:(?:if|else|end|with|range|define|block)\b|\/\*)/;
function isHelmTemplatePath(rel) {
  return /(^|\/)templates\/([^/]+\/)*[^/]+\.ya?ml$/.test(rel);
}
function blankTemplateActions(text) {
  const actions = [];
  const emitting = [];
  const blocks = [];
  const parts = [];
  let at = 0;
  for (let open = text.indexOf("{{"); open !== -1; open = text.indexOf("{{", at)) {
    const close = text.indexOf("}}", open + 2);
    if (close === -1) break;
    const span = { start: open, end: close + 2 };
    const body = text.slice(open + 2, close);
    actions.push(span);
    if (!CONTROL.test(body)) {
      emitting.push(span);
      if (aloneOnLine(text, span)) blocks.push(span);
    }
    const fill = !CONTROL.test(body) && !aloneOnLine(text, span) ? "_" : " ";
    parts.push(text.slice(at, open), text.slice(open, close + 2).replace(/[^\n\r]/g, fill));
    at = close + 2;
  }
  parts.push(text.slice(at));
  return { text: parts.join(""), actions, emitting, blocks };
}
function aloneOnLine(text, span) {
  let a = span.start - 1;
  while (a >= 0 && (text[a] === " " || text[a] === "	")) a--;
  let b = span.end;
  while (b < text.length && (text[b] === " " || text[b] === "	" || text[b] === "\r")) b++;
  return (a < 0 || text[a] === "\n") && (b >= text.length || text[b] === "\n");
}
function templatedIn(emitting, span) {
  return emitting.some((a) => a.start < span.end && a.end > span.start);
}

// src/k8s/deploy.ts
var PROBE_DEFAULTS = { initialDelaySeconds: 0, periodSeconds: 10, timeoutSeconds: 1, failureThreshold: 3 };
var PROBES = [
  ["livenessProbe", "liveness"],
  ["readinessProbe", "readiness"],
  ["startupProbe", "startup"]
];
function serviceName(w, c) {
  const apps = w.containers.filter((x) => !x.init);
  const wname = w.name || apps.length === 1 && c.name || w.kind;
  if (c.init || apps.length > 1) return `${wname}/${c.name || "?"}`;
  return wname;
}
function k8sDeployServices(tree) {
  const out = [];
  for (const w of tree.workloads) {
    const { yaml } = w;
    const replicas = w.kind === "Deployment" || w.kind === "StatefulSet" || w.kind === "ReplicaSet" ? numberAt(yaml, w.root, "spec.replicas") : void 0;
    const hpa = tree.autoscaled.get(w.name);
    const autoscaled = w.kind === "DaemonSet" ? { value: true, span: w.kindSpan } : hpa ? { value: true, span: hpa } : void 0;
    const restart = restartOf(yaml, w.podSpec);
    const grace = numberAt(yaml, w.podSpec, "terminationGracePeriodSeconds");
    for (const c of w.containers) {
      if (c.init) continue;
      const image = spannedString(getPath(yaml, c.node, "image"));
      const memory = spannedString(getPath(yaml, c.node, "resources.limits.memory"));
      const port = firstPort(yaml, c.node);
      out.push({
        kind: "kubernetes",
        name: serviceName(w, c),
        span: c.nameSpan,
        ...replicas ? { replicas } : {},
        ...autoscaled ? { autoscaled } : {},
        ...restart ? { restart: { policy: restart } } : {},
        healthChecks: probesOf(yaml, c.node),
        ...port ? { port } : {},
        injectsPort: false,
        ...grace ? { stopGraceSeconds: grace } : {},
        ...memory ? { memoryLimit: memory } : {},
        ...image ? { image } : {},
        oneShot: w.kind === "Job" || w.kind === "CronJob"
      });
    }
  }
  return out;
}
function spannedString(node) {
  const v = scalarString(node)?.trim();
  const span = nodeSpan(node);
  return v && span ? { value: v, span } : void 0;
}
function restartOf(yaml, podSpec) {
  const node = getPath(yaml, podSpec, "restartPolicy");
  const v = scalarString(node)?.trim();
  const span = nodeSpan(node);
  const policy = v === "Always" ? "always" : v === "OnFailure" ? "on-failure" : v === "Never" ? "never" : void 0;
  return policy && span ? { value: policy, span } : void 0;
}
function firstPort(yaml, container) {
  const ports = resolve(yaml, getPath(yaml, container, "ports"));
  if (!isSeq(ports)) return void 0;
  for (const p of ports.items) {
    const n = numberAt(yaml, p, "containerPort");
    if (n) return n;
  }
  return void 0;
}
function probesOf(yaml, container) {
  const out = [];
  for (const [key, purpose] of PROBES) {
    const probe = resolve(yaml, getPath(yaml, container, key));
    const span = nodeSpan(probe);
    if (!isMap(probe) || !span) continue;
    const type = getPath(yaml, probe, "httpGet") !== void 0 ? "http" : getPath(yaml, probe, "exec") !== void 0 ? "exec" : getPath(yaml, probe, "grpc") !== void 0 ? "grpc" : "tcp";
    const check = { type, purpose, span };
    const path = spannedString(getPath(yaml, probe, "httpGet.path"));
    if (path) check.path = path;
    const portNode = getPath(yaml, probe, type === "http" ? "httpGet.port" : type === "grpc" ? "grpc.port" : "tcpSocket.port");
    if (isScalar(portNode) && portNode.value !== null && nodeSpan(portNode)) {
      check.port = { value: typeof portNode.value === "number" ? portNode.value : String(portNode.value), span: nodeSpan(portNode) };
    }
    for (const k of ["initialDelaySeconds", "periodSeconds", "timeoutSeconds", "failureThreshold"]) {
      const n = numberAt(yaml, probe, k);
      if (n) check[k] = n;
    }
    out.push(check);
  }
  return out;
}
function probeKeySpan(yaml, container, key) {
  const m = resolve(yaml, container);
  if (!isMap(m)) return void 0;
  const pair = m.items.find((p) => isScalar(p.key) && p.key.value === key);
  return nodeSpan(pair?.key);
}

// src/parse/kubernetes.ts
var WORKLOAD_KINDS = ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob"];
var MAX_YAML_DEPTH = 200;
var MAX_DOCUMENTS = 2e3;
function problemSpan(start, end, length) {
  const s = Math.max(0, Math.min(start, length));
  const e = Math.min(length, Math.max(end, s + 1));
  return { start: Math.min(s, e), end: e };
}
function parseKubernetes(source, environment) {
  const helmFile = isHelmTemplatePath(source.path) && source.text.includes("{{");
  const blanked = helmFile ? blankTemplateActions(source.text) : void 0;
  const view = blanked ? new SourceFile(source.path, source.absPath, blanked.text) : source;
  const tree = { docs: [], workloads: [], deploy: [], view, autoscaled: /* @__PURE__ */ new Map(), memoryDefaults: [], ...blanked ? { helm: { actions: blanked.actions, emitting: blanked.emitting, blocks: blanked.blocks } } : {} };
  const base = { kind: "kubernetes", source, environment, tree };
  const tooDeep = tooDeepYamlOffset(view.text, MAX_YAML_DEPTH);
  if (tooDeep !== void 0) {
    return { ...base, comments: [], logicalLines: [], parseErrors: [{ span: problemSpan(tooDeep, tooDeep + 1, view.text.length), message: `YAML nested more than ${MAX_YAML_DEPTH} levels deep; not analysed` }] };
  }
  const parsed = (0, import_yaml.parseAllDocuments)(view.text, { uniqueKeys: false, merge: true, prettyErrors: false, strict: false });
  const docs = (Array.isArray(parsed) ? parsed : []).slice(0, MAX_DOCUMENTS);
  const parseErrors = [];
  const logicalLines = [];
  for (const yaml of docs) {
    for (const e of yaml.errors.slice(0, 2)) {
      const what = blanked ? "Helm template (after blanking its {{ }} actions)" : "YAML";
      parseErrors.push({ span: problemSpan(e.pos[0], e.pos[1], view.text.length), message: `${what}: ${e.message.split("\n")[0]}`, ...blanked ? { expected: true } : {} });
    }
    tree.docs.push(yaml);
    logicalLines.push(...yamlLogicalLines(view, yaml));
    const w = workloadOf(yaml, (span) => blanked !== void 0 && blanked.actions.some((a) => a.start < span.end && a.end > span.start));
    if (w) tree.workloads.push(w);
    const hpa = autoscalerTarget(yaml);
    if (hpa) tree.autoscaled.set(hpa.name, hpa.span);
    tree.memoryDefaults.push(...limitRangeMemory(yaml));
  }
  tree.deploy = k8sDeployServices(tree);
  const comments = yamlComments(view);
  return { ...base, comments, logicalLines: logicalLines.sort((a, b) => a.first - b.first), parseErrors: parseErrors.slice(0, 5) };
}
function literalName(node, templated) {
  const span = nodeSpan(node);
  if (span && templated(span)) return "";
  return (scalarString(node) ?? "").trim();
}
function workloadOf(yaml, templated) {
  const root = resolve(yaml, yaml.contents);
  if (!isMap(root)) return void 0;
  const kindNode = getPath(yaml, root, "kind");
  const kind = scalarString(kindNode);
  if (!kind || !WORKLOAD_KINDS.includes(kind) || getPath(yaml, root, "apiVersion") === void 0) return void 0;
  const kindSpan = nodeSpan(kindNode);
  const nameNode = getPath(yaml, root, "metadata.name");
  const name = literalName(nameNode, templated);
  const podPath = kind === "Pod" ? "spec" : kind === "CronJob" ? "spec.jobTemplate.spec.template.spec" : "spec.template.spec";
  const podSpec = getPath(yaml, root, podPath);
  const containers = [];
  for (const [key, init] of [["initContainers", true], ["containers", false]]) {
    const list = resolve(yaml, getPath(yaml, podSpec, key));
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      const node = resolve(yaml, item);
      const span = nodeSpan(node);
      if (!isMap(node) || !span) continue;
      const n = getPath(yaml, node, "name");
      const cname = literalName(n, templated);
      containers.push({ name: cname, nameSpan: cname && nodeSpan(n) || span, node, span, init });
    }
  }
  const nameSpan = nodeSpan(nameNode);
  return { yaml, kind, kindSpan, name, ...nameSpan ? { nameSpan } : {}, root, podSpec, containers, span: nodeSpan(root) ?? kindSpan };
}
function autoscalerTarget(yaml) {
  const root = resolve(yaml, yaml.contents);
  if (!isMap(root) || scalarString(getPath(yaml, root, "kind")) !== "HorizontalPodAutoscaler") return void 0;
  const name = scalarString(getPath(yaml, root, "spec.scaleTargetRef.name"))?.trim();
  const span = nodeSpan(getPath(yaml, root, "kind"));
  return name && span ? { name, span } : void 0;
}
function limitRangeMemory(yaml) {
  const root = resolve(yaml, yaml.contents);
  if (!isMap(root) || scalarString(getPath(yaml, root, "kind")) !== "LimitRange") return [];
  const limits = resolve(yaml, getPath(yaml, root, "spec.limits"));
  if (!isSeq(limits)) return [];
  const out = [];
  for (const l of limits.items) {
    const span = nodeSpan(getPath(yaml, l, "default.memory"));
    if (span) out.push(span);
  }
  return out;
}
function numberAt(yaml, map, path) {
  const node = getPath(yaml, map, path);
  if (!isScalar(node)) return void 0;
  const v = typeof node.value === "number" ? node.value : typeof node.value === "string" && /^\d+$/.test(node.value.trim()) ? Number(node.value) : void 0;
  const span = nodeSpan(node);
  return v === void 0 || !span ? void 0 : { value: v, span };
}

export {
  SourceFile,
  templatedIn,
  WORKLOAD_KINDS,
  parseKubernetes,
  numberAt,
  PROBE_DEFAULTS,
  serviceName,
  probeKeySpan
};
