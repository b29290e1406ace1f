/**
 * Prose as the rules see it: a run of text (a paragraph, a heading, a table
 * cell, a title or a component's heading attribute) with a way back from any
 * character to its line and column in the source file, so every message
 * points at the words to change.
 */
import type { RuleId } from './rules.ts';

export interface Point {
  line: number;
  column: number;
}

export interface Position {
  start: Point & { offset?: number | undefined };
  end: Point & { offset?: number | undefined };
}

/** The parts of mdast (with MDX and frontmatter nodes) the checks read. */
export interface MdNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  name?: string | null;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown; position?: Position }[];
  children?: MdNode[];
  position?: Position;
}

export interface TextRun {
  text: string;
  /** Where the character at `offset` is in the source file. */
  pointAt(offset: number): Point;
  /** Where the run itself starts, in document order. */
  start: Point;
}

/** One mistake a text rule found: where in the run, and what to tell the editor. */
export interface Finding {
  ruleId: RuleId;
  start: number;
  end: number;
  reason: string;
}

export type TextRule = (text: string) => Finding[];

/** Every match of a global regular expression, as findings. */
export function findAll(text: string, pattern: RegExp, finding: (match: RegExpExecArray) => Omit<Finding, 'start' | 'end'> | undefined): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(pattern)) {
    const result = finding(match);
    if (result) found.push({ ...result, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** A run on one line: a title or an attribute value. */
export function lineRun(text: string, start: Point): TextRun {
  return { text, start, pointAt: (offset) => ({ line: start.line, column: start.column + offset }) };
}

interface Segment {
  at: number;
  point: Point;
}

/**
 * The text of a block (paragraph, heading, table cell) from its inline nodes:
 * text inside emphasis, links and components is joined; inline code and
 * comments become spaces, so no rule reads them but offsets stay honest.
 * `lines` is the source split into lines: Markdown drops a continuation
 * line's indent (in a list item or a component), so later lines of a text
 * node are placed after their line's indent.
 */
export function blockRun(block: MdNode, lines: readonly string[]): TextRun | undefined {
  let text = '';
  const segments: Segment[] = [];
  const add = (value: string, point: Point) => {
    segments.push({ at: text.length, point });
    text += value;
  };
  const visit = (node: MdNode) => {
    const start = node.position?.start;
    if (node.type === 'text' && node.value !== undefined && start) {
      node.value.split('\n').forEach((part, index) => {
        if (index > 0) {
          add(' ', { line: start.line + index - 1, column: 0 });
          const line = start.line + index;
          const indent = /^[\s>]*/.exec(lines[line - 1] ?? '')?.[0].length ?? 0;
          add(part, { line, column: indent + 1 });
        } else add(part, { line: start.line, column: start.column });
      });
    } else if (node.type === 'inlineCode' || node.type === 'mdxTextExpression' || node.type === 'break') {
      if (start) add(' '.repeat(node.type === 'break' ? 1 : (node.value ?? '').length), start);
    } else if (node.children) {
      for (const child of node.children) visit(child);
    }
  };
  for (const child of block.children ?? []) visit(child);
  const first = segments[0];
  if (!first || !text.trim()) return undefined;
  return {
    text,
    start: first.point,
    pointAt(offset) {
      // The last segment that starts at or before the offset holds it.
      let low = 0;
      let high = segments.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (segments[mid]!.at <= offset) low = mid;
        else high = mid - 1;
      }
      const segment = segments[low]!;
      return { line: segment.point.line, column: segment.point.column + (offset - segment.at) };
    },
  };
}

/** Plain text of a node's inline content (for headings and link text). */
export function inlineText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(inlineText).join('');
}

/** Depth-first, in document order. */
export function walk(node: MdNode, visit: (node: MdNode, parent: MdNode | undefined) => void, parent?: MdNode): void {
  visit(node, parent);
  for (const child of node.children ?? []) walk(child, visit, node);
}

/** "a", "b" or "c" */
export function quoteList(words: readonly string[], joiner = 'or'): string {
  const quoted = words.map((word) => `"${word}"`);
  return quoted.length < 2 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${joiner} ${quoted.at(-1)}`;
}
