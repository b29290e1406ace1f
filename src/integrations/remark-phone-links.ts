/**
 * Phone links in content:
 *  - a tel: or sms: link stays on one line ("116 123" never wraps as
 *    "116" / "123", "Call 999" never as "Call" / "999"): its spaces are
 *    non-breaking;
 *  - a paragraph that is only a phone link ("[Call 999](tel:999)") is the
 *    action a reader came for, so it is drawn as a large call button.
 * Every phone link gets a class that gives it a 44 by 44 pixel tap target.
 */
import type { RemarkPlugin } from '@astrojs/markdown-remark';

interface Node {
  type: string;
  url?: string;
  value?: string;
  children?: Node[];
  data?: { hProperties?: Record<string, unknown> };
}

/** On every phone link: the stylesheet gives it a 44 by 44 pixel tap target. */
export const PHONE_LINK_CLASS = 'app-phone-link';
/** On a phone link that is a paragraph of its own: drawn as a large call button. */
export const CALL_BUTTON_CLASS = 'app-call-button';

const addClass = (node: Node, name: string) => {
  const hProperties = node.data?.hProperties ?? {};
  const classes = [hProperties.className ?? []].flat() as string[];
  node.data = { ...node.data, hProperties: { ...hProperties, className: [...classes, name] } };
};

const isPhoneLink = (node: Node) => node.type === 'link' && /^(tel|sms):/i.test(node.url ?? '');

export const remarkPhoneLinks: RemarkPlugin = function () {
  return function transformer(root) {
    const visit = (node: Node, inPhoneLink: boolean) => {
      const phoneLink = inPhoneLink || isPhoneLink(node);
      if (isPhoneLink(node)) addClass(node, PHONE_LINK_CLASS);
      if (phoneLink && node.type === 'text' && node.value) node.value = node.value.replace(/ /g, '\u00a0');
      if (node.type === 'paragraph' && node.children?.length === 1 && isPhoneLink(node.children[0]!)) addClass(node.children[0]!, CALL_BUTTON_CLASS);
      node.children?.forEach((child) => visit(child, phoneLink));
    };
    visit(root as unknown as Node, false);
  };
};
