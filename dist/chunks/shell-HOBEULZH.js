import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import{backslashContinuations,withLazyLogicalLines}from"./chunk-HZWBDJ3Y.js";import{loadShellParser,parseShell}from"./chunk-WGEOE4GZ.js";import{withParseDeadline}from"./chunk-JVIVKSBI.js";import"./chunk-P2ZAIFYS.js";import{EmbeddedText}from"./chunk-YUEX7P6P.js";import"./chunk-6NUTPN6I.js";async function parseShellFile(source,environment){await loadShellParser();let script=withParseDeadline(()=>parseShell(EmbeddedText.verbatim(source.text,0)));return withLazyLogicalLines({kind:"shell",source,environment,tree:script,comments:script.comments,parseErrors:script.errors},()=>backslashContinuations(source))}export{parseShellFile};
