/**
 * `<StyleIgnore rule="<rule>" reason="<reason>" />` turns one rule off for
 * the block that follows it (a paragraph, list, heading or component). The
 * comment form, `{/* style-ignore <rule> <reason> *\/}`, does the same, and
 * inside a paragraph covers that paragraph; but the browser editor cannot
 * open a file with MDX comments, so content uses the component. The reason
 * is required so the next editor knows why; several in a row each name one rule.
 */
import { isRuleId, RULES, type RuleId } from './rules.ts';
import type { MdNode, Point } from './text.ts';

export interface IgnoreRange {
  ruleId: RuleId;
  from: Point;
  to: Point;
}

export interface IgnoreProblem {
  at: Point;
  reason: string;
}

const MARKER = /^\s*\/\*\s*style-ignore\b([\s\S]*?)\*\/\s*$/;

type Parsed = { ruleId: RuleId } | { problem: string } | undefined;

/** Whether a rule and a reason, however written, turn a rule off. */
function checkIgnore(rule: string, reason: string): Exclude<Parsed, undefined> {
  if (!rule) return { problem: 'name the rule to turn off and say why, for example <StyleIgnore rule="nhs-word" reason="the job title is clinician" />.' };
  if (!isRuleId(rule)) return { problem: `there is no style rule called "${rule}". Use one of: ${Object.keys(RULES).join(', ')}.` };
  if (reason.trim().length < 3) return { problem: `say why "${rule}" is turned off here, so the next editor knows.` };
  return { ruleId: rule };
}

/** Reads one comment's text (what is inside the curly braces). */
export function parseIgnoreComment(value: string): Parsed {
  const match = MARKER.exec(value);
  if (!match) return undefined;
  const [rule = '', ...reason] = match[1]!.trim().split(/\s+/);
  return checkIgnore(rule, reason.join(' '));
}

/** The component's name in content, and in src/components/mdx/names.ts. */
export const STYLE_IGNORE_COMPONENT = 'StyleIgnore';

const attribute = (node: MdNode, name: string): string => {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : '';
};

const isComponent = (node: MdNode | undefined) => node?.type === 'mdxJsxFlowElement' && node.name === STYLE_IGNORE_COMPONENT;
const isComment = (node: MdNode | undefined) =>
  isComponent(node) || ((node?.type === 'mdxFlowExpression' || node?.type === 'mdxTextExpression') && MARKER.test(node.value ?? ''));

/** What one ignore comment or component says. */
function parseIgnore(node: MdNode): Parsed {
  return isComponent(node) ? checkIgnore(attribute(node, 'rule'), attribute(node, 'reason')) : parseIgnoreComment(node.value ?? '');
}

/** Every ignore comment in a tree: the ranges they cover, and comments that are wrong. */
export function ignoreComments(tree: MdNode): { ranges: IgnoreRange[]; problems: IgnoreProblem[] } {
  const ranges: IgnoreRange[] = [];
  const problems: IgnoreProblem[] = [];
  const visit = (node: MdNode, block: MdNode | undefined) => {
    const children = node.children ?? [];
    children.forEach((child, index) => {
      if (isComment(child)) {
        const parsed = parseIgnore(child);
        if (parsed && 'problem' in parsed) problems.push({ at: child.position!.start, reason: parsed.problem });
        else if (parsed) {
          // A comment among blocks covers the next block that is not another comment; inside a paragraph, the paragraph.
          const target = child.type === 'mdxTextExpression' ? block : children.slice(index + 1).find((next) => !isComment(next));
          if (target?.position) ranges.push({ ruleId: parsed.ruleId, from: target.position.start, to: target.position.end });
        }
      }
      visit(child, child.type === 'paragraph' || child.type === 'heading' ? child : block);
    });
  };
  visit(tree, undefined);
  return { ranges, problems };
}

const before = (a: Point, b: Point) => a.line < b.line || (a.line === b.line && a.column <= b.column);

export function isIgnored(ruleId: string, at: Point, ranges: readonly IgnoreRange[]): boolean {
  return ranges.some((range) => range.ruleId === ruleId && before(range.from, at) && before(at, range.to));
}
