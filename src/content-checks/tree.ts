/** The shape of the mdast + MDX nodes the checks read (mdast's types leave the MDX ones out). */

export interface EstreeProgram {
  type: 'Program';
  body: { type: string; expression?: { type: string; value?: unknown } }[];
}

export interface ContentAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string; data?: { estree?: EstreeProgram } };
}

export interface ContentNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  identifier?: string;
  attributes?: ContentAttribute[];
  children?: ContentNode[];
  data?: { estree?: EstreeProgram };
  position?: { start: { line: number; column: number } };
}

export function walk(node: ContentNode, visit: (node: ContentNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}
