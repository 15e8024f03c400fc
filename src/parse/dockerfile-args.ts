/**
 * Argument helpers for parsed Dockerfile instructions, apart from the parser so that the modules
 * reading instructions (carriers, COPY checks) do not load dockerfile-ast on a run that parses no
 * Dockerfile.
 */
import type { EmbeddedText } from '../embedded.js';
import type { DfInstruction } from './dockerfile.js';

/** After the flags: where the real arguments start inside `args`. */
export function argsAfterFlags(ins: DfInstruction): EmbeddedText {
  let i = 0;
  const t = ins.args.text;
  for (let k = 0; k < ins.flags.length; k++) {
    while (i < t.length && !/\s/.test(t[i]!)) i++;
    while (i < t.length && /\s/.test(t[i]!)) i++;
  }
  return ins.args.slice(i, t.length);
}
