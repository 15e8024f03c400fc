import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import{deepBracketRegions,loadTypeScriptParser,parseTypeScript,tsLogicalLines,typescriptLoaded}from"./chunk-V35G464X.js";import"./chunk-HZWBDJ3Y.js";import"./chunk-6NUTPN6I.js";export{deepBracketRegions,loadTypeScriptParser,parseTypeScript,tsLogicalLines,typescriptLoaded};
