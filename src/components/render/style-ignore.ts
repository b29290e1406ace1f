/**
 * <StyleIgnore rule="…" reason="…" /> in MDX: tells the content style check
 * (src/content-style/) to skip one rule for the next block, with the reason
 * for the next editor. Readers never see it: it renders nothing.
 */
export interface StyleIgnoreProps {
  rule: string;
  reason: string;
}

export function styleIgnoreHtml(_props: StyleIgnoreProps, _childrenHtml: string): string {
  return '';
}
