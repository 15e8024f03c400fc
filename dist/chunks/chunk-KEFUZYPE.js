import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import{require_dist,yamlCommentsFromTokens}from"./chunk-NCTWEYQO.js";import{__toESM}from"./chunk-6NUTPN6I.js";var import_yaml=__toESM(require_dist(),1);function yamlComments(source){let tokens;try{tokens=[...new import_yaml.Parser().parse(source.text)]}catch{return[]}return yamlCommentsFromTokens(source,tokens)}export{yamlComments};
