/**
 * dockerfile-ast splits an instruction's arguments (`getRawArguments`, a character scan that makes
 * an `Argument` with two document positions per word) on every call, and its own parse calls it
 * three to five times per instruction: `JSONInstruction`'s constructor alone asks for the
 * arguments, their content and their range, flags ask again, heredoc detection asks again, and
 * the parser builds every instruction twice (once to look for heredocs, once for good). That was
 * a fifth of a Dockerfile run (profiled on 250 generated Dockerfiles).
 *
 * The split depends only on the document's text, the escape character and the instruction's and
 * keyword's ranges, so it is remembered per document under those. Callers get a fresh array each
 * time (`ModifiableInstruction.getArguments` shifts the flags off the array it is given); the
 * `Argument`s themselves are immutable and shared.
 */
import { Instruction } from 'dockerfile-ast';

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface TextDocument {
  offsetAt(p: Position): number;
}
/** The internals of `Instruction` the memo reads (declared private by the library). */
interface InstructionInternals {
  document: TextDocument;
  range: Range;
  escapeChar: string;
  getInstructionRange(): Range;
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
  const byDocument = new WeakMap<TextDocument, Map<string, unknown[]>>();
  proto.getRawArguments = function (this: InstructionInternals): unknown[] {
    const doc = this.document;
    let memo = byDocument.get(doc);
    if (!memo) byDocument.set(doc, (memo = new Map()));
    const kw = this.getInstructionRange();
    const key = `${doc.offsetAt(kw.start)},${doc.offsetAt(kw.end)},${doc.offsetAt(this.range.start)},${doc.offsetAt(this.range.end)},${this.escapeChar}`;
    let args = memo.get(key);
    if (!args) memo.set(key, (args = original.call(this)));
    return args.slice();
  };
}
