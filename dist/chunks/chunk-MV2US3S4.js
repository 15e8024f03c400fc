import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
function lastSegment(path){let i=path.lastIndexOf("/");return i===-1?path:path.slice(i+1)}function parentPath(path){let i=path.lastIndexOf("/");return i===-1?"":path.slice(0,i)}function trimTrailingSlashes(path){let end=path.length;for(;end>0&&path.charCodeAt(end-1)===47;)end--;return end===path.length?path:path.slice(0,end)}export{lastSegment,parentPath,trimTrailingSlashes};
