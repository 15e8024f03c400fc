import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  parsePython,
  parsePythonWith,
  pythonLogicalLines
} from "./chunk-4MLT5KOZ.js";
import "./chunk-N7ZMGJDM.js";
import "./chunk-AVKV2H5N.js";
import "./chunk-A2IITP4I.js";
import "./chunk-LCUPGGL7.js";
export {
  parsePython,
  parsePythonWith,
  pythonLogicalLines
};
