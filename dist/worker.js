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
} from "./chunks/chunk-KM56G2IQ.js";
import "./chunks/chunk-DQM4WAGX.js";
import "./chunks/chunk-MMBIAWEE.js";
import "./chunks/chunk-ROR5HC5C.js";
import "./chunks/chunk-EIBUYSOK.js";
import "./chunks/chunk-IFCWRM55.js";
import "./chunks/chunk-N7ZMGJDM.js";
import "./chunks/chunk-OUVZSBVM.js";
import {
  setParseBudget
} from "./chunks/chunk-BFIFC7YM.js";
import "./chunks/chunk-KQ2BZMZU.js";
import "./chunks/chunk-ES6RGP7B.js";
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
