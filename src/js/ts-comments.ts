/**
 * Comments of a TypeScript SourceFile, for the TS/JS parser (`src/parse/typescript.ts`).
 *
 * typescript-estree's own comment conversion walks every token through `getChildren`, which
 * allocates a node for each punctuation token and measured at 25-40% of the whole parse. Here
 * the tree is walked with `forEachChild` (no allocation) and only the text *between* child nodes is
 * scanned: a gap between children holds nothing but trivia, punctuation and keywords, because
 * every construct a context-free scanner could misread (string, template and regex literals, JSX
 * text) is a node of its own. Leaf nodes contribute their leading trivia only. The walk is
 * iterative, so deeply nested files are fine.
 */
import type * as TS from 'typescript';
import type { TSESTree } from '@typescript-eslint/typescript-estree';

export function collectTsComments(ts: typeof TS, sourceFile: TS.SourceFile): TSESTree.Comment[] {
  const text = sourceFile.text;
  const out: TSESTree.Comment[] = [];
  const seen = new Set<number>();
  const add = (pos: number, end: number, kind: TS.SyntaxKind) => {
    if (seen.has(pos)) return;
    seen.add(pos);
    const line = kind === ts.SyntaxKind.SingleLineCommentTrivia;
    out.push({ type: line ? 'Line' : 'Block', value: text.slice(pos + 2, line ? end : end - 2), range: [pos, end] } as TSESTree.Comment);
  };
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, /* skipTrivia */ false, sourceFile.languageVariant, text);

  /** Comments in `[from, to)`, a stretch with no literal or JSX text in it. */
  const scanGap = (from: number, to: number) => {
    // Most gaps are a few characters of punctuation and spaces: skip the scanner unless a comment can start here.
    const slash = text.indexOf('/', from);
    if (slash === -1 || slash >= to - 1) return;
    scanner.setText(text, from, to - from);
    for (;;) {
      const kind = scanner.scan();
      if (kind === ts.SyntaxKind.EndOfFileToken) break;
      if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) {
        add(scanner.getTokenStart(), scanner.getTokenEnd(), kind);
      }
    }
  };

  const literalKinds = new Set<TS.SyntaxKind>([
    ts.SyntaxKind.StringLiteral,
    ts.SyntaxKind.NoSubstitutionTemplateLiteral,
    ts.SyntaxKind.RegularExpressionLiteral,
    ts.SyntaxKind.TemplateHead,
    ts.SyntaxKind.TemplateMiddle,
    ts.SyntaxKind.TemplateTail,
  ]);
  const stack: TS.Node[] = [sourceFile];
  const kids: TS.Node[] = [];
  while (stack.length) {
    const node = stack.pop()!;
    kids.length = 0;
    ts.forEachChild(node, (child) => {
      kids.push(child);
    });
    if (kids.length === 0) {
      // A literal's text could look like a comment (`"//"`, `/\/\//`, JSX text): read only the
      // trivia in front of it. Other leaves (`{}`, `[ ]`, an empty block) are safe to scan whole.
      if (node.kind === ts.SyntaxKind.JsxText || node.kind === ts.SyntaxKind.JsxTextAllWhiteSpaces) continue;
      if (literalKinds.has(node.kind)) {
        // TypeScript splits trivia into "trailing" (same line as the previous token) and "leading".
        ts.forEachTrailingCommentRange(text, node.pos, (pos, end, kind) => add(pos, end, kind));
        ts.forEachLeadingCommentRange(text, node.pos, (pos, end, kind) => add(pos, end, kind));
      } else {
        scanGap(node.pos, node.end);
      }
      continue;
    }
    let prev = node.pos;
    for (const child of kids) {
      if (child.pos > prev) scanGap(prev, child.pos);
      prev = Math.max(prev, child.end);
    }
    if (node.end > prev) scanGap(prev, node.end);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out.sort((a, b) => a.range[0] - b.range[0]);
}
