/**
 * A page's HTML from its hast tree (mdast-util-to-hast's, with the MDX nodes
 * passed through), written as Astro writes what the MDX compile gives it:
 * the same escaping (src/components/render/html.ts), the same attribute rules,
 * and the site's components either rendered here by their renderer functions
 * or left as placeholders for the page (src/components/render/index.ts).
 * hast-util-to-html would escape differently (&#x26; for &), so the output
 * would not match today's byte for byte.
 */
import { find, html as htmlSchema } from 'property-information';
import { escapeAttribute, escapeText } from '../components/render/html.ts';
import { STATIC_RENDERERS, isStaticComponent, type LiteralProps, type RenderOptions } from '../components/render/index.ts';
import { literalValue } from '../content-checks/mdx.ts';
import type { ContentAttribute } from '../content-checks/tree.ts';
import { slotHtml } from './slots.ts';

export interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: ContentAttribute[];
  children?: HastNode[];
}

const VOID_ELEMENTS = /^(area|base|br|col|command|embed|hr|img|input|keygen|link|meta|param|source|track|wbr)$/i;
// Astro's lists (astro/runtime/server/render/util.js): these are written bare when true.
const BOOLEAN_ATTRIBUTES =
  /^(?:allowfullscreen|async|autofocus|autoplay|checked|controls|default|defer|disabled|disablepictureinpicture|disableremoteplayback|formnovalidate|inert|loop|muted|nomodule|novalidate|open|playsinline|readonly|required|reversed|scoped|seamless|selected|itemscope)$/i;
const INVALID_NAME = /[\s"'>/=]/;

/** One attribute as Astro's addAttribute writes a value from JSX. */
function astroAttribute(name: string, value: unknown): string {
  if (value === undefined || value === null || INVALID_NAME.test(name)) return '';
  if (BOOLEAN_ATTRIBUTES.test(name) || ((name === 'hidden' || name === 'download') && typeof value === 'boolean')) return value ? ` ${name}` : '';
  if (value === '') return ` ${name}`;
  return ` ${name}="${escapeAttribute(String(value))}"`;
}

/** hast properties as the MDX compile passes them to Astro (html attribute names, lists joined, table alignment as style). */
function elementAttributes(node: HastNode): string {
  let out = '';
  for (const [key, value] of Object.entries(node.properties ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    const info = find(htmlSchema, key);
    if (key === 'align' && (node.tagName === 'td' || node.tagName === 'th')) {
      out += astroAttribute('style', `text-align:${String(value)}`);
      continue;
    }
    const written = Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : value;
    out += astroAttribute(info.attribute, written);
  }
  return out;
}

/** A component's props: the checks allow only literal values, so anything else is left out. */
function literalProps(node: HastNode): LiteralProps {
  const props: LiteralProps = {};
  for (const attribute of node.attributes ?? []) {
    const value = literalValue(attribute);
    if (attribute.name && value !== undefined) props[attribute.name] = value;
  }
  return props;
}

function jsxElement(node: HastNode, options: RenderOptions): string {
  const name = node.name;
  // Fragments and comments are refused by the content checks; nothing to write.
  if (!name) return children(node, options);
  const inner = children(node, options);
  if (/^[a-z]/.test(name)) {
    let attributes = '';
    for (const [key, value] of Object.entries(literalProps(node))) attributes += astroAttribute(key, value);
    return VOID_ELEMENTS.test(name) ? `<${name}${attributes}>` : `<${name}${attributes}>${inner}</${name}>`;
  }
  const props = literalProps(node);
  if (isStaticComponent(name)) return STATIC_RENDERERS[name](props, inner, options);
  return slotHtml(name, props, inner);
}

function children(node: HastNode, options: RenderOptions): string {
  let out = '';
  for (const child of node.children ?? []) out += toHtml(child, options);
  return out;
}

export function toHtml(node: HastNode, options: RenderOptions): string {
  switch (node.type) {
    case 'root':
      return children(node, options);
    case 'text':
      return escapeText(node.value ?? '');
    case 'element': {
      const tag = node.tagName!;
      const open = `<${tag}${elementAttributes(node)}>`;
      return VOID_ELEMENTS.test(tag) ? open : `${open}${children(node, options)}</${tag}>`;
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return jsxElement(node, options);
    // Comments ({/* … */}) render nothing; code is refused by the checks before this.
    default:
      return '';
  }
}
