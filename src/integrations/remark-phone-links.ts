/**
 * Keeps a phone number in a tel: or sms: link on one line ("116 123" never
 * wraps as "116" / "123"), by joining its groups with non-breaking spaces.
 */
import type { RemarkPlugin } from '@astrojs/markdown-remark';

interface Node {
  type: string;
  url?: string;
  value?: string;
  children?: Node[];
}

export const remarkPhoneLinks: RemarkPlugin = function () {
  return function transformer(root) {
    const visit = (node: Node, inPhoneLink: boolean) => {
      const phoneLink = inPhoneLink || (node.type === 'link' && /^(tel|sms):/i.test(node.url ?? ''));
      if (phoneLink && node.type === 'text' && node.value) node.value = node.value.replace(/(\d) (?=\d)/g, '$1\u00a0');
      node.children?.forEach((child) => visit(child, phoneLink));
    };
    visit(root as unknown as Node, false);
  };
};
