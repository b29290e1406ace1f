/**
 * Content links are written from the site root ("/help-in-a-crisis/"). When the
 * site is served from a sub-path (BASE_PATH), this prefixes them, so editors
 * never need to know where the site is hosted.
 */
import type { RemarkPlugin } from '@astrojs/markdown-remark';

interface Node {
  type: string;
  url?: string;
  children?: Node[];
}

export const remarkBasePath: RemarkPlugin<[{ base: string }]> = function ({ base }) {
  const prefix = base.replace(/\/+$/, '');
  return function transformer(root) {
    const tree = root as unknown as Node;
    if (!prefix) return;
    const visit = (node: Node) => {
      if ((node.type === 'link' || node.type === 'definition') && node.url?.startsWith('/') && !node.url.startsWith('//')) {
        node.url = `${prefix}${node.url}`;
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
};
