/**
 * dockerfile-ast splits an instruction's arguments (`getRawArguments`, a character scan that makes
 * an `Argument` with two document positions per word) on every call, and its own parse calls it
 * three to five times per instruction: `JSONInstruction`'s constructor alone asks for the
 * arguments, their content and their range, flags ask again, and heredoc detection asks again.
 * That was a tenth of a Dockerfile run (profiled on 250 generated Dockerfiles).
 *
 * The split depends only on the instruction's document, escape character and ranges, none of
 * which change after construction, so it is remembered per instruction. (The parser builds each
 * instruction twice, to look for heredocs and then for good; a key over the document and ranges
 * to share the split between the two cost about what it saved, profiled.) Callers get a fresh array each
 * time (`ModifiableInstruction.getArguments` shifts the flags off the array it is given); the
 * `Argument`s themselves are immutable and shared.
 */
import { Instruction } from 'dockerfile-ast';

/** The method the memo wraps (declared private by the library). */
interface InstructionInternals {
  getRawArguments(): unknown[];
}

let installed = false;

/** Wrap `Instruction.prototype.getRawArguments` once; a no-op when the library has no such method. */
export function memoizeRawArguments(): void {
  if (installed) return;
  installed = true;
  const proto = Instruction.prototype as unknown as InstructionInternals;
  const original = proto.getRawArguments;
  if (typeof original !== 'function') return;
  const split = new WeakMap<object, unknown[]>();
  proto.getRawArguments = function (this: InstructionInternals): unknown[] {
    let args = split.get(this);
    if (!args) split.set(this, (args = original.call(this)));
    return args.slice();
  };
}
