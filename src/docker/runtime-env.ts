/**
 * Whether a Dockerfile `ENV` reaches the running container: it is in the final stage, or in a
 * stage the final one is built `FROM` (`FROM base AS final` inherits base's environment). `ARG`
 * values and `ENV` of other stages exist only while the image is built.
 */
import type { DockerfileDocument } from '../parse/dockerfile.js';
import type { Span } from '../source.js';

export function envReachesRuntime(doc: DockerfileDocument, instructionSpan: Span): boolean {
  const { tree } = doc;
  const ins = tree.instructions.find((i) => i.span.start === instructionSpan.start && i.span.end === instructionSpan.end);
  if (!ins || ins.keyword !== 'ENV' || !tree.finalStage) return false;
  const chain = new Set<number>();
  let stage = tree.finalStage;
  for (let hops = 0; stage && !chain.has(stage.index) && hops < tree.stages.length; hops++) {
    chain.add(stage.index);
    const parentName = stage.image.toLowerCase();
    stage = tree.stages.find((s) => s.index < stage!.index && s.name === parentName)!;
  }
  return chain.has(ins.stage);
}
