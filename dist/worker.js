import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  allRules,
  analyzeFile,
  liteProject,
  loadSettings
} from "./chunks/chunk-RBRQX547.js";
import "./chunks/chunk-HV3OGJTA.js";
import "./chunks/chunk-H77UUU3J.js";
import "./chunks/chunk-DQM4WAGX.js";
import "./chunks/chunk-ZPAVGACF.js";
import "./chunks/chunk-KIN4EC3C.js";
import "./chunks/chunk-ZUQH5UIM.js";
import "./chunks/chunk-N7ZMGJDM.js";
import "./chunks/chunk-WXGL4DOP.js";
import "./chunks/chunk-CW3KET64.js";
import {
  setParseBudget
} from "./chunks/chunk-6UABNUEM.js";
import "./chunks/chunk-A2IITP4I.js";
import "./chunks/chunk-C64GDNEV.js";
import "./chunks/chunk-EZFLWFAF.js";
import "./chunks/chunk-GWBL5ZZA.js";
import "./chunks/chunk-NPQSHF4Y.js";
import "./chunks/chunk-QJ2UYOSA.js";
import "./chunks/chunk-I4SI6Z27.js";
import "./chunks/chunk-LCUPGGL7.js";

// src/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var init = workerData;
setParseBudget(init.timeoutMs);
var { settings } = loadSettings({ ...init.settings, rules: allRules });
var rules = new Map(allRules.map((r) => [r.id, r]));
parentPort.on("message", async (msg) => {
  try {
    const output = await analyzeFile(msg.task, {
      rules,
      enabled: settings.rulesFor(msg.task.rel),
      project: liteProject(init.root, msg.task),
      inlineSuppressions: init.inlineSuppressions,
      timeoutMs: init.timeoutMs
    });
    parentPort.postMessage({ id: msg.id, output });
  } catch (err) {
    parentPort.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
