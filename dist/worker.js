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
} from "./chunks/chunk-3RTMTPDP.js";
import "./chunks/chunk-V66LVUJW.js";
import "./chunks/chunk-H77UUU3J.js";
import "./chunks/chunk-DQM4WAGX.js";
import "./chunks/chunk-ZPAVGACF.js";
import "./chunks/chunk-4MLT5KOZ.js";
import "./chunks/chunk-ZUQH5UIM.js";
import "./chunks/chunk-N7ZMGJDM.js";
import "./chunks/chunk-CO6ODVKD.js";
import "./chunks/chunk-ZDDLBS3N.js";
import {
  setParseBudget
} from "./chunks/chunk-AVKV2H5N.js";
import "./chunks/chunk-A2IITP4I.js";
import "./chunks/chunk-RYID3A3E.js";
import "./chunks/chunk-SSERXI7C.js";
import "./chunks/chunk-S5IXN3TF.js";
import "./chunks/chunk-5RMFBIH2.js";
import "./chunks/chunk-QJ2UYOSA.js";
import "./chunks/chunk-IDQTMHCY.js";
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
