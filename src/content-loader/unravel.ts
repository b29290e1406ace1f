/**
 * MDX's own first step after parsing (remark-mark-and-unravel in @mdx-js/mdx
 * 3, MIT): a paragraph that holds only components or expressions and white
 * space is replaced by them, so `<ContactCard contact="x" />` on a line of its
 * own is a block, not a paragraph. @mdx-js/mdx does not export it; the
 * content loader needs it to give what the MDX compile gave.
 */
import type { ContentNode } from '../content-checks/tree.ts';

const blank = (value: string) => value.replace(/[\t\n\f\r ]+/g, '') === '';

export function unravel(node: ContentNode): void {
  const children = node.children;
  if (!children) return;
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (child.type === 'paragraph' && child.children) {
      const inner = child.children;
      const onlyComponents =
        inner.some((c) => c.type === 'mdxJsxTextElement' || c.type === 'mdxTextExpression') &&
        inner.every((c) => c.type === 'mdxJsxTextElement' || c.type === 'mdxTextExpression' || (c.type === 'text' && blank(c.value ?? '')));
      if (onlyComponents) {
        const lifted = inner
          .filter((c) => !(c.type === 'text' && /^[\t\r\n ]+$/.test(c.value ?? '')))
          .map((c) => ({ ...c, type: c.type === 'mdxJsxTextElement' ? 'mdxJsxFlowElement' : c.type === 'mdxTextExpression' ? 'mdxFlowExpression' : c.type }));
        children.splice(index, 1, ...lifted);
        // Look at the lifted nodes again, as MDX's visit does.
        index--;
        continue;
      }
    }
    unravel(child);
  }
}
