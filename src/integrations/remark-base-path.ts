/**
 * Content links are written from the site root ("/help-in-a-crisis/"). When the
 * site is served from a sub-path (BASE_PATH), this prefixes them, so editors
 * never need to know where the site is hosted.
 */
interface Node {
  type: string;
  url?: string;
  children?: Node[];
}

export function remarkBasePath({ base }: { base: string }) {
  const prefix = base.replace(/\/+$/, '');
  return function transformer(tree: Node) {
    if (!prefix) return;
    const visit = (node: Node) => {
      if ((node.type === 'link' || node.type === 'definition') && node.url?.startsWith('/') && !node.url.startsWith('//')) {
        node.url = `${prefix}${node.url}`;
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
