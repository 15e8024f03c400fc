import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import{MAX_DECODED_WORD,ShellParserNeeded,loadShellParser,parseShell,readWriteAsRead,shellParserReady,toWord}from"./chunk-WGEOE4GZ.js";import"./chunk-JVIVKSBI.js";import"./chunk-P2ZAIFYS.js";import"./chunk-YUEX7P6P.js";import"./chunk-6NUTPN6I.js";export{MAX_DECODED_WORD,ShellParserNeeded,loadShellParser,parseShell,readWriteAsRead,shellParserReady,toWord};
