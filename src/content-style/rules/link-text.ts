/**
 * link-text (error): link text says where the link goes, because screen
 * reader users often hear links on their own. Not "click here", "here" or
 * "more", and not a bare web address.
 */
const VAGUE = new Set(['here', 'click here', 'tap here', 'click', 'this', 'this link', 'link', 'this page', 'more', 'read more', 'more information', 'more info', 'find out more', 'learn more']);

/** What is wrong with a link's text, or undefined when it is fine. */
export function linkTextProblem(text: string, url = ''): string | undefined {
  const plain = text.replace(/\s+/g, ' ').trim();
  const lower = plain.toLowerCase().replace(/[.:!]+$/, '');
  if (!plain) return 'give the link some text that says where it goes.';
  if (VAGUE.has(lower)) return `describe where the link goes instead of "${plain}", for example "Get help in a crisis": some people hear links on their own.`;
  if (/^(click|tap|press)\b/.test(lower)) return `do not write "${plain.split(' ')[0]}": describe where the link goes, for example "Get help in a crisis".`;
  if (/^(https?:\/\/|www\.)\S+$/i.test(plain) || (/^https?:/i.test(url) && plain === url)) {
    return `write what the link is for as its text, not the web address "${plain}".`;
  }
  return undefined;
}
