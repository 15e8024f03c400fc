import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
var UNIT_SECONDS={h:3600,m:60,s:1,ms:.001,us:1e-6,\u00B5s:1e-6,ns:1e-9};function goDurationSeconds(text){let t=text.trim();if(/^\d+(\.\d+)?$/.test(t))return Number(t);if(t==="")return;let total=0,rest=t;for(;rest!=="";){let m=/^(\d+(?:\.\d+)?)(ms|us|µs|ns|h|m|s)/.exec(rest);if(!m)return;total+=Number(m[1])*UNIT_SECONDS[m[2]],rest=rest.slice(m[0].length)}return total}export{goDurationSeconds};
