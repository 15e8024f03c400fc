import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
function argsAfterFlags(ins){let i=0,t=ins.args.text;for(let k=0;k<ins.flags.length;k++){for(;i<t.length&&!/\s/.test(t[i]);)i++;for(;i<t.length&&/\s/.test(t[i]);)i++}return ins.args.slice(i,t.length)}export{argsAfterFlags};
