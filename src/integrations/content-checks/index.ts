/**
 * Checks run on every MDX file as it is compiled, so a mistake fails the build
 * with the file, the component or field, and what to do, instead of producing
 * a broken page:
 *  - only the site's own components (src/components/mdx/names.ts) and a safe
 *    set of HTML tags may be used; no imports, exports or JavaScript
 *  - <ContactCard contact="id"> must name a file in content/contacts
 *  - <Attachment href="/documents/x.pdf"> must point at a real document; its
 *    type and size are added to the component here
 *  - links use only web, email and phone addresses (no javascript:)
 *  - frontmatter dates are real calendar dates
 */
import { readFileSync, readdirSync } from 'node:fs';
import { relative, join } from 'node:path';
import { ContentError } from '../../lib/content-error.ts';
import { impossibleDates } from '../../lib/dates.ts';
import { describeAttachment } from '../../lib/attachments.ts';
import { mdxComponentNames } from '../../components/mdx/names.ts';
import type { RemarkPlugin } from '@astrojs/markdown-remark';

/** HTML that content may use directly. Anything else (script, iframe, style, form...) is refused. */
const ALLOWED_HTML = new Set([
  'a', 'abbr', 'b', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'em', 'h2', 'h3', 'h4',
  'i', 'li', 'ol', 'p', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'th',
  'thead', 'tr', 'ul',
]);

/** Frontmatter dates in pages and notices. */
const DATE_FIELDS = ['lastReviewed', 'nextReview', 'from', 'until'] as const;

const SAFE_URL = /^(https?:|mailto:|tel:|sms:|\/|#|\.\.?\/|[\w-][\w./-]*(?:[#?].*)?$)/i;

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number } };
}

interface Options {
  contentDir: string;
  publicDir: string;
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

const stringAttribute = (node: Node, name: string): string | undefined => {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
};

export const remarkContentChecks: RemarkPlugin<[Options]> = function ({ contentDir, publicDir }) {
  const known = new Set<string>(mdxComponentNames);

  return function transformer(root, file) {
    // MDX node types are not in mdast's Root type; this plugin reads them by shape.
    const tree = root as unknown as Node;
    const path = file.path ?? file.history[0] ?? 'an MDX file';
    const where = (node: Node) => {
      const name = relative(process.cwd(), path) || path;
      return node.position ? `${name} (line ${node.position.start.line})` : name;
    };
    const contactIds = () =>
      readdirSync(join(contentDir, 'contacts'))
        .filter((name) => /\.ya?ml$/.test(name))
        .map((name) => name.replace(/\.ya?ml$/, ''));

    // YAML turns an impossible date such as 2026-13-45 into a real one silently; the source text shows it.
    if (file.path) {
      for (const { field, text } of impossibleDates(readFileSync(file.path, 'utf8'), DATE_FIELDS)) {
        throw new ContentError(where({ type: 'root' }), field, `${text} is not a real date.`, 'Write it as YYYY-MM-DD, for example 2026-11-24.');
      }
    }

    walk(tree, (node) => {
      switch (node.type) {
        case 'mdxjsEsm':
          throw new ContentError(where(node), 'import or export', 'content files cannot import or export code.', `Remove the line: the components (${[...known].join(', ')}) are available without importing them.`);
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          // Comments ({/* ... */}) are fine; anything else would run code at build time.
          if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '')) {
            throw new ContentError(where(node), `{${(node.value ?? '').trim().slice(0, 40)}}`, 'curly braces run code, which content cannot do.', 'Write the text without { and }, or use \\{ to show a brace.');
          }
          return;
        case 'link':
        case 'definition':
          checkUrl(node.url ?? '', node);
          return;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkElement(node);
          return;
      }
    });

    function checkUrl(url: string, node: Node) {
      if (!SAFE_URL.test(url.trim())) {
        throw new ContentError(where(node), `link "${url.slice(0, 60)}"`, 'links can only go to web pages (https://), email (mailto:), phone numbers (tel:) or text messages (sms:).', 'Correct the link address.');
      }
    }

    function checkElement(node: Node) {
      const name = node.name;
      if (!name) {
        throw new ContentError(where(node), 'fragment <>', 'empty tags are not allowed in content.', 'Remove <> and </>.');
      }
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute') {
          throw new ContentError(where(node), `<${name}>`, 'spread attributes ({...}) run code, which content cannot do.', 'Write each attribute as name="value".');
        }
        if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
          throw new ContentError(where(node), `<${name} ${attribute.name}>`, `the value of ${attribute.name} is code in curly braces.`, `Write it in quotes: ${attribute.name}="...".`);
        }
        if (/^on/i.test(attribute.name ?? '')) {
          throw new ContentError(where(node), `<${name} ${attribute.name}>`, 'event handler attributes run JavaScript.', 'Remove the attribute.');
        }
        if (['href', 'src', 'action'].includes((attribute.name ?? '').toLowerCase()) && typeof attribute.value === 'string') {
          checkUrl(attribute.value, node);
        }
      }
      if (/^[a-z]/.test(name)) {
        if (!ALLOWED_HTML.has(name)) {
          throw new ContentError(where(node), `<${name}>`, `the HTML tag <${name}> is not allowed in content.`, `Use Markdown, one of the site's components (${[...known].join(', ')}) or one of: ${[...ALLOWED_HTML].join(', ')}.`);
        }
        return;
      }
      if (!known.has(name)) {
        throw new ContentError(where(node), `<${name}>`, `there is no component called ${name}.`, `Check the spelling. The components you can use are: ${[...known].join(', ')}.`);
      }
      if (name === 'ContactCard') {
        const id = stringAttribute(node, 'contact');
        const ids = contactIds();
        if (!id) throw new ContentError(where(node), '<ContactCard>', 'it has no contact.', `Add contact="..." with one of: ${ids.join(', ')}.`);
        if (!ids.includes(id)) {
          throw new ContentError(where(node), `<ContactCard contact="${id}">`, `there is no contact "${id}" in ${contentDir}/contacts.`, `Use one of: ${ids.join(', ') || '(none yet)'}, or add ${contentDir}/contacts/${id}.yaml.`);
        }
      }
      if (name === 'Attachment') {
        const href = stringAttribute(node, 'href');
        if (!href) throw new ContentError(where(node), '<Attachment>', 'it has no href.', 'Add href="/documents/file-name.pdf" for a document in public/documents.');
        let info;
        try {
          info = describeAttachment(href, publicDir);
        } catch (error) {
          throw new ContentError(where(node), `<Attachment href="${href}">`, (error as Error).message, 'The build stops so that nobody is sent to a missing document.');
        }
        node.attributes = [
          ...(node.attributes ?? []).filter((a) => a.name !== 'fileType' && a.name !== 'fileSize'),
          { type: 'mdxJsxAttribute', name: 'fileType', value: info.fileType },
          { type: 'mdxJsxAttribute', name: 'fileSize', value: info.fileSize },
        ];
      }
    }
  };
};
