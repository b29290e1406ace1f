import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { toHast } from 'mdast-util-to-hast';
import { VFile } from 'vfile';
import { parseContentFile } from '../content-checks/parse.ts';
import { addHeadingIds } from './heading-ids.ts';
import type { HastNode } from './serialize.ts';

const MDX_NODES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] as const;
const hastOf = (mdx: string) => toHast(parseContentFile('x.mdx', mdx).tree as never, { passThrough: [...MDX_NODES] }) as unknown as HastNode;

test('heading ids and headings are exactly what Astro\'s rehypeHeadingIds gives an MDX file', () => {
  const mdx = [
    '# Help *now*',
    '## When to go to A\\&E',
    '## When to go to A\\&E',
    '<CareCard type="urgent" heading="Not a heading">\n\n### Inside a **card** `code`\n\n</CareCard>',
    '## Call <ContactPhone contact="a" /> today',
    '## 111, 999 & “quotes” — dashes',
    '#### Café 123 ünïcode',
  ].join('\n\n');
  const theirs = hastOf(mdx);
  const file = new VFile({ path: '/site/x.mdx', data: { astro: { frontmatter: {} } } });
  (rehypeHeadingIds() as unknown as (tree: unknown, file: VFile) => void)(theirs, file);
  const ours = hastOf(mdx);
  const headings = addHeadingIds(ours);
  assert.deepEqual(headings, (file.data as { astro: { headings: unknown } }).astro.headings);
  assert.deepEqual(ours, theirs, 'the same ids on the same elements');
  assert.deepEqual(headings.map((h) => h.slug), ['help-now', 'when-to-go-to-ae', 'when-to-go-to-ae-1', 'inside-a-card-code', 'call--today', '111-999--quotes--dashes', 'café-123-ünïcode']);
});
