/**
 * The rules for an MDX content file (pages and notices): content is data,
 * never code. Allowed: Markdown, the site's own components with literal
 * string or number values, a short list of HTML tags, and comments that hold
 * nothing else. Pure: everything from outside (contacts, documents) comes in
 * the context, so the pass before the build, the content loader
 * and the tests run the same rules.
 */
import type { AttachmentInfo } from '../lib/attachments.ts';
import { impossibleDates } from '../lib/dates.ts';
import type { ParsedFile } from './parse.ts';
import type { Problem } from './problem.ts';
import { walk, type ContentAttribute, type ContentNode } from './tree.ts';
import { imageProblem, linkProblem } from './urls.ts';
import { parse as parseYaml } from 'yaml';
import { COMPONENTS, type ComponentSpec } from '../content-model/components.ts';
import { FIELD_LABELS, START_PAGE_ID } from '../content-model/fields.ts';
import { NATIONAL_NUMBERS } from '../data/crisis-page.ts';
import { phoneNumbersInText } from '../lib/phone.ts';
import { isSafeFileName, safeFileName } from '../lib/file-name.ts';

export interface CheckContext {
  /** The site's MDX components (src/components/mdx/names.ts). */
  components: readonly string[];
  /** The ids of content/contacts/*.yaml. */
  contactIds: readonly string[];
  /** The ids of content/pages/**.mdx ("help-in-a-crisis", "feedback/thank-you"). */
  pageIds: ReadonlySet<string>;
  /** Each contact's phone number (national digits, "01159691300") and its id. */
  contactPhones: ReadonlyMap<string, string>;
  /** Describes a document in public/ from its address; throws with the reason when it cannot. */
  document(href: string): AttachmentInfo;
}

/** HTML that content may use directly. Anything else (script, iframe, style, form, img...) is refused. */
export const ALLOWED_HTML = new Set([
  'a', 'abbr', 'b', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'em', 'h2', 'h3', 'h4',
  'i', 'li', 'ol', 'p', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'th',
  'thead', 'tr', 'ul',
]);

/** Attributes that hold a link. */
const LINK_ATTRIBUTES = new Set(['href', 'action', 'formaction', 'cite', 'ping', 'longdesc', 'xlink:href', 'codebase']);
/** Attributes the browser loads by itself: they must stay on this site. */
const LOADED_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'background', 'data', 'lowsrc', 'dynsrc', 'icon', 'manifest', 'imagesrcset']);

/** Frontmatter dates in pages and notices. */
const DATE_FIELDS = ['lastReviewed', 'nextReview', 'from', 'until'] as const;

export interface Rule {
  name: string;
  check(file: ParsedFile, context: CheckContext): Problem[];
}

type Report = (node: ContentNode | undefined, field: string, problem: string, fix: string) => void;

/** Runs `visit` over the file's nodes with a `report` that records a problem at a node's line. */
function collect(file: ParsedFile, visit: (node: ContentNode, report: Report) => void): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (node, field, problem, fix) => problems.push({ file: file.path, line: node?.position?.start.line, field, problem, fix });
  walk(file.tree, (node) => visit(node, report));
  return problems;
}

const short = (text: string, length = 40) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
};

/** The value of an attribute when it is data: a string, or a literal string or number in braces. */
export function literalValue(attribute: ContentAttribute): string | number | true | undefined {
  if (attribute.type !== 'mdxJsxAttribute') return undefined;
  const value = attribute.value;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const body = value.data?.estree?.body;
  const expression = body?.length === 1 && body[0]!.type === 'ExpressionStatement' ? body[0]!.expression : undefined;
  if (expression?.type === 'Literal' && (typeof expression.value === 'string' || typeof expression.value === 'number')) return expression.value;
  return undefined;
}

export const stringAttribute = (node: ContentNode, name: string): string | undefined => {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const value = attribute ? literalValue(attribute) : undefined;
  return typeof value === 'string' ? value : undefined;
};

/** No code: ESM, expressions other than comments, fragments, spreads, handlers, computed values. */
export const noCode: Rule = {
  name: 'no-code',
  check: (file, context) =>
    collect(file, (node, report) => {
      switch (node.type) {
        case 'mdxjsEsm':
          report(node, 'import or export', 'content files cannot import or export code.', `Remove the line: the components (${context.components.join(', ')}) are available without importing them.`);
          return;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          // The parsed program is the truth: a comment-only expression has an empty body.
          if (node.data?.estree?.body.length !== 0) {
            report(node, `{${short(node.value ?? '')}}`, 'curly braces run code, which content cannot do.', 'Write the text without { and }, or use \\{ to show a brace. A comment is written {/* like this */} with nothing else inside.');
          }
          return;
        case 'html':
          report(node, short(node.value ?? ''), 'raw HTML is not allowed in content.', 'Use Markdown or one of the site\'s components.');
          return;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          break;
        default:
          return;
      }
      const name = node.name;
      if (!name) {
        report(node, 'fragment <>', 'empty tags are not allowed in content.', 'Remove <> and </>.');
        return;
      }
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute') {
          report(node, `<${name} {…}>`, 'spread attributes ({...}) run code, which content cannot do.', 'Write each attribute as name="value".');
          continue;
        }
        const attributeName = attribute.name ?? '';
        if (/^on/i.test(attributeName)) {
          report(node, `<${name} ${attributeName}>`, 'event handler attributes run JavaScript.', 'Remove the attribute.');
        } else if (literalValue(attribute) === undefined) {
          report(node, `<${name} ${attributeName}>`, `the value of ${attributeName} is code in curly braces.`, `Write it in quotes: ${attributeName}="...".`);
        }
      }
    }),
};

/** Only the site's components and the allowed HTML tags, with nothing that styles or loads from elsewhere. */
export const knownElements: Rule = {
  name: 'known-elements',
  check: (file, context) => {
    const known = new Set(context.components);
    return collect(file, (node, report) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name) return;
      const name = node.name;
      if (/^[a-z]/.test(name)) {
        if (!ALLOWED_HTML.has(name)) {
          report(node, `<${name}>`, `the HTML tag <${name}> is not allowed in content.`, `Use Markdown, one of the site's components (${context.components.join(', ')}) or one of: ${[...ALLOWED_HTML].join(', ')}.`);
        }
      } else if (!known.has(name)) {
        report(node, `<${name}>`, `there is no component called ${name}.`, `Check the spelling. The components you can use are: ${context.components.join(', ')}.`);
      }
      for (const attribute of node.attributes ?? []) {
        // The Content Security Policy blocks style attributes, so they could only mislead.
        if (attribute.type === 'mdxJsxAttribute' && attribute.name?.toLowerCase() === 'style') {
          report(node, `<${name} style>`, 'style attributes are not allowed: the site\'s design sets how things look, and its security policy ignores inline styles.', 'Remove the style attribute.');
        }
      }
    });
  },
};

/** Links and images: safe schemes only, images from this site only, in Markdown and in attributes. */
export const safeAddresses: Rule = {
  name: 'safe-addresses',
  check: (file) => {
    // A definition used by an image reference loads an image.
    const imageDefinitions = new Set<string>();
    walk(file.tree, (node) => {
      if (node.type === 'imageReference' && node.identifier) imageDefinitions.add(node.identifier);
    });
    return collect(file, (node, report) => {
      const check = (problem: string | undefined, field: string) => {
        if (problem) report(node, field, problem, 'Correct the address: a web page (https://…), a page on this site (/…), an email (mailto:) or a phone number (tel:).');
      };
      switch (node.type) {
        case 'link':
          check(linkProblem(node.url ?? ''), `link "${short(node.url ?? '', 60)}"`);
          return;
        case 'image':
          check(imageProblem(node.url ?? ''), `image "${short(node.url ?? '', 60)}"`);
          return;
        case 'definition': {
          const image = imageDefinitions.has(node.identifier ?? '');
          check((image ? imageProblem : linkProblem)(node.url ?? ''), `${image ? 'image' : 'link'} "${short(node.url ?? '', 60)}"`);
          return;
        }
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          for (const attribute of node.attributes ?? []) {
            if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
            const value = literalValue(attribute);
            if (typeof value !== 'string') continue;
            const name = attribute.name.toLowerCase();
            const field = `<${node.name} ${attribute.name}="${short(value, 60)}">`;
            if (LOADED_ATTRIBUTES.has(name)) {
              // srcset is a list of "address width" pairs.
              const addresses = name.endsWith('srcset') ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
              for (const address of addresses) check(imageProblem(address), field);
            } else if (LINK_ATTRIBUTES.has(name) || /(href|src|url)$/.test(name)) {
              check(linkProblem(value), field);
            }
          }
          return;
      }
    });
  },
};

/** Components whose contact="id" names a file in content/contacts. */
const CONTACT_COMPONENTS = new Set(['ContactCard', 'ContactPhone']);

/** <ContactCard contact="id"> (and <ContactPhone>) names a contact; <PageLink page="id"> a page; <Attachment href> a real document. */
export const componentReferences: Rule = {
  name: 'component-references',
  check: (file, context) =>
    collect(file, (node, report) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      if (node.name && CONTACT_COMPONENTS.has(node.name)) {
        const id = stringAttribute(node, 'contact');
        const ids = context.contactIds.join(', ') || '(none yet)';
        // A missing contact is the required-fields rule's to report.
        if (id && !context.contactIds.includes(id)) {
          report(node, `<${node.name} contact="${id}">`, `there is no contact "${id}" in the contacts folder.`, `Use one of: ${ids}, or add contacts/${id}.yaml.`);
        }
      }
      if (node.name === 'PageLink') {
        const page = stringAttribute(node, 'page');
        const { label, fields } = COMPONENTS.PageLink;
        // A missing page is the required-fields rule's to report.
        if (page && !context.pageIds.has(page)) {
          report(
            node,
            `${label} (<PageLink page="${short(page, 60)}">), ${fields.page.label}`,
            `there is no page "${short(page, 60)}": it may have been moved, renamed or deleted.`,
            `Choose the page again in "${fields.page.label}" in the ${label.toLowerCase()}, or write the file name of a page in content/pages without .mdx, for example help-in-a-crisis.`,
          );
        }
      }
      if (node.name === 'Attachment') {
        const href = stringAttribute(node, 'href');
        if (!href) return;
        const name = decodeURIComponent(href.split(/[?#]/)[0]!.split('/').pop() ?? '');
        if (name && !isSafeFileName(name)) {
          report(
            node,
            `${COMPONENTS.Attachment.label} (<Attachment href="${href}">), ${COMPONENTS.Attachment.fields.href.label}`,
            'the file name has capital letters, spaces or other characters that make its address hard to read and type.',
            `Rename the file in public/documents to ${safeFileName(name)} and link to it as ${href.slice(0, href.lastIndexOf('/') + 1)}${safeFileName(name)}, or upload it again in the editor, which names it safely.`,
          );
          return;
        }
        try {
          context.document(href);
        } catch (error) {
          report(node, `<Attachment href="${href}">`, (error as Error).message, 'The build stops so that nobody is sent to a missing document.');
        }
      }
    }),
};

/** True when a node holds no text or component: only white space, or nothing. */
function isEmpty(node: ContentNode): boolean {
  if (node.type === 'text') return !node.value?.trim();
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' || node.type === 'thematicBreak' || node.type === 'break') return false;
  return (node.children ?? []).every(isEmpty);
}

/**
 * Every component's required settings and content, from the one list the
 * editor reads (src/content-model/components.ts): Keystatic does not check
 * the fields of components inside a page's content, so the build does.
 * Messages name the component and the field as the editor labels them.
 */
export const requiredFields: Rule = {
  name: 'required-fields',
  check: (file) =>
    collect(file, (node, report) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const spec = (COMPONENTS as Record<string, ComponentSpec>)[node.name ?? ''];
      if (!spec) return;
      const where = `${spec.label} (<${node.name}>)`;
      for (const [name, field] of Object.entries(spec.fields)) {
        const present = node.attributes?.some((a) => a.type === 'mdxJsxAttribute' && a.name === name);
        const value = stringAttribute(node, name);
        // A value written as code is the no-code rule's to report.
        if (present && value === undefined) continue;
        if (field.required && !value?.trim()) {
          report(node, `${where}, ${field.label}`, `${field.label} is empty.`, `Fill in "${field.label}" in the ${spec.label.toLowerCase()}, or remove the ${spec.label.toLowerCase()}.`);
        } else if (value !== undefined && field.options && !field.options.includes(value)) {
          report(node, `${where}, ${field.label}`, `"${value}" is not one of the choices.`, `Choose one of: ${field.options.join(', ')}.`);
        }
      }
      if (spec.contentRequired && (node.children ?? []).every(isEmpty)) {
        report(node, where, `the ${spec.label.toLowerCase()} has no content.`, `Write its text inside the ${spec.label.toLowerCase()}, or remove it.`);
      }
    }),
};

const digitsOnly = (text: string) => text.replace(/\D/g, '');
const NATIONAL_DIGITS = new Set(NATIONAL_NUMBERS.map(digitsOnly));

/** The national digits a tel: or sms: address dials ("tel:+441159691300" is "01159691300"). */
function dialledDigits(url: string): string | undefined {
  const match = /^(?:tel|sms):([^?;,]*)/i.exec(url.trim());
  if (!match) return undefined;
  const number = decodeURIComponent(match[1]!).replace(/[\s().-]/g, '');
  return number.startsWith('+44') ? `0${number.slice(3)}` : number.startsWith('0044') ? `0${number.slice(4)}` : digitsOnly(number);
}

/**
 * Phone numbers in page text and in tel: links: a contact's number is shown
 * with the contact card or <ContactPhone>, so a change to content/contacts
 * reaches every page; other than those, only the national numbers the site
 * knows (999, 111, 116 123, 85258, 18001 111) may be written. Numbers are
 * found with libphonenumber-js in the parsed text, valid or not.
 */
export const phoneNumbersInContent: Rule = {
  name: 'phone-numbers-in-text',
  check: (file, context) => {
    const problems: Problem[] = [];
    const known = NATIONAL_NUMBERS.join(', ');
    const report = (node: ContentNode, written: string, digits: string) => {
      const contact = context.contactPhones.get(digits);
      const field = `phone number "${written}"`;
      const line = node.position?.start.line;
      if (contact) {
        problems.push({
          file: file.path,
          line,
          field,
          problem: `it is the number of the contact "${contact}", written out by hand.`,
          fix: `Use <ContactPhone contact="${contact}" /> in the sentence, or the contact card <ContactCard contact="${contact}" />, so a change to content/contacts reaches every page.`,
        });
      } else if (!NATIONAL_DIGITS.has(digits)) {
        problems.push({
          file: file.path,
          line,
          field,
          problem: 'it is not a contact\'s number or a national number the site knows.',
          fix: `Add the team to content/contacts and use <ContactPhone contact="…" /> or the contact card. Page text may only write these national numbers: ${known}.`,
        });
      }
    };
    const visit = (node: ContentNode) => {
      if (node.type === 'text' && node.value) {
        for (const found of phoneNumbersInText(node.value)) report(node, found.text, found.digits);
      } else if ((node.type === 'link' || node.type === 'definition') && node.url) {
        const digits = dialledDigits(node.url);
        if (digits !== undefined) {
          report(node, node.url, digits);
          return; // the link's text is the same number: one message is enough
        }
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of node.attributes ?? []) {
          const value = attribute.type === 'mdxJsxAttribute' && attribute.name !== 'contact' ? literalValue(attribute) : undefined;
          if (typeof value !== 'string') continue;
          const digits = dialledDigits(value);
          if (digits !== undefined) report(node, value, digits);
          else for (const found of phoneNumbersInText(value)) report(node, found.text, found.digits);
        }
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(file.tree);
    return problems;
  },
};

/** YAML turns an impossible date such as 2026-13-45 into a real one silently; the source text shows it. */
export const realDates: Rule = {
  name: 'real-dates',
  check: (file) =>
    impossibleDates(file.text, DATE_FIELDS).map(({ field, text }) => ({
      file: file.path,
      field,
      problem: `${text} is not a real date.`,
      fix: 'Write it as YYYY-MM-DD, for example 2026-11-24.',
    })),
};

export const mdxRules: readonly Rule[] = [noCode, knownElements, safeAddresses, componentReferences, requiredFields, phoneNumbersInContent, realDates];

/** Every problem in one MDX file, in line order. */
export function checkMdx(file: ParsedFile, context: CheckContext, rules: readonly Rule[] = mdxRules): Problem[] {
  return rules.flatMap((rule) => rule.check(file, context)).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * A page in content/pages has a parent (it sets the breadcrumbs), all but the
 * start page. The frontmatter is read from the parsed tree's YAML node.
 */
export function checkPageParent(file: ParsedFile, id: string): Problem[] {
  if (id === START_PAGE_ID) return [];
  const yaml = file.tree.children?.find((node) => node.type === 'yaml');
  let data: unknown;
  try {
    data = yaml?.value ? parseYaml(yaml.value) : undefined;
  } catch {
    return []; // the build's schema reports frontmatter it cannot read
  }
  const parent = (data as { parent?: unknown } | null | undefined)?.parent;
  if (typeof parent === 'string' && parent.trim()) return [];
  return [{
    file: file.path,
    line: yaml?.position?.start.line,
    field: `${FIELD_LABELS.parent} (parent)`,
    problem: 'the page has no parent: only the start page can have none.',
    fix: `Choose the page this one sits under in "${FIELD_LABELS.parent}", or write parent: ${START_PAGE_ID} for the start page.`,
  }];
}
