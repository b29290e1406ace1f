/**
 * HTML escaping exactly as Astro's runtime does it, so markup written by the
 * renderers (and by the content loader) is byte for byte what an .astro
 * template gives for the same values:
 *  - text: & < > ' " as &amp; &lt; &gt; &#39; &quot; (astro/runtime/server/escape.js)
 *  - attribute values: & and " as &amp; and &quot; (addAttribute in render/util.js)
 * Every value that comes from content goes through one of these; nothing else
 * is concatenated into markup.
 */
const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

export function escapeText(value: string | number): string {
  return String(value).replace(/[&<>'"]/g, (c) => TEXT_ENTITIES[c]!);
}

export function escapeAttribute(value: string | number): string {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** An attribute name as Astro accepts it: nothing that could end the tag or the name. */
const SAFE_NAME = /^[^\s"'>/=\u0000-\u001f]+$/;

/**
 * One attribute as Astro writes an ordinary one: ` name="value"`, ` name` for
 * true or an empty string, nothing for undefined, null or false. A name that
 * could break out of the tag is dropped, as Astro drops it.
 */
export function attribute(name: string, value: string | number | boolean | null | undefined): string {
  if (value === undefined || value === null || value === false || !SAFE_NAME.test(name)) return '';
  if (value === true || value === '') return ` ${name}`;
  return ` ${name}="${escapeAttribute(value)}"`;
}

/** A heading level a component accepts, or an error naming the component and the allowed levels. */
export function headingTag(component: string, level: unknown, allowed: readonly number[], fallback: number): string {
  const value = level === undefined ? fallback : Number(level);
  if (!allowed.includes(value)) throw new Error(`${component}: headingLevel must be ${allowed.join(', ')}, not "${String(level)}".`);
  return `h${value}`;
}
