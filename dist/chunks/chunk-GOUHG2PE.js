import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
function backslashContinuations(source){let out=[],first=-1;for(let line=1;line<=source.lineCount;line++){let text=source.lineText(line),continues=/(^|[^\\])(\\\\)*\\\s*$/.test(text);continues&&first===-1&&(first=line),!continues&&first!==-1&&(out.push({first,last:line}),first=-1)}return first!==-1&&first<source.lineCount&&out.push({first,last:source.lineCount}),out}function ownLineComments(source,markers){let out=[];for(let line=1;line<=source.lineCount;line++){let text=source.lineText(line),at=/^[ \t]*/.exec(text)[0].length;if(at<text.length&&markers.includes(text[at])){let start=source.lineStart(line)+at;out.push({span:{start,end:source.lineStart(line)+text.length},body:text.slice(at+1),ownLine:!0})}}return out}function mergeRanges(ranges){ranges.sort((a,b)=>a.first-b.first||a.last-b.last);let out=[];for(let r of ranges){let prev=out[out.length-1];prev&&r.first<=prev.last?prev.last=Math.max(prev.last,r.last):out.push({...r})}return out}export{backslashContinuations,ownLineComments,mergeRanges};
