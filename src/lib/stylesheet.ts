/**
 * Pure helpers for the stylesheet step of the build (src/integrations/stylesheet):
 * which rules a stylesheet has, which a pruned one lost, and how a page's
 * stylesheet links become one inline <style>.
 */
import postcss from 'postcss';

/**
 * Every selector in a stylesheet as "at-rule context > selector", so a rule
 * inside a media query is not confused with the same selector outside it.
 * Selector lists count one by one, as pruning removes them one by one.
 */
export function ruleKeys(css: string): Set<string> {
  const keys = new Set<string>();
  postcss.parse(css).walkRules((rule) => {
    const context: string[] = [];
    for (let parent = rule.parent; parent && parent.type === 'atrule'; parent = parent.parent) {
      const at = parent as postcss.AtRule;
      context.unshift(`@${at.name} ${at.params}`);
    }
    for (const selector of rule.selectors) keys.add([...context, selector].join(' > '));
  });
  return keys;
}

/** Rules the pages need (found in `needed`) that the shipped stylesheet does not have. */
export function missingRules(needed: string, shipped: string): string[] {
  const have = ruleKeys(shipped);
  return [...ruleKeys(needed)].filter((key) => !have.has(key));
}

const STYLESHEET_LINK = /<link rel="stylesheet" href="[^"]*"\s*\/?>/g;

/** The stylesheets a page links, in order. */
export function linkedStylesheets(html: string): string[] {
  return [...html.matchAll(STYLESHEET_LINK)].map((m) => /href="([^"]*)"/.exec(m[0])![1]!);
}

/**
 * Replaces a page's stylesheet links with `tag`, where the first link was.
 * A page with no stylesheet link is returned unchanged.
 */
export function replaceStylesheets(html: string, tag: string): string {
  let first = true;
  return html.replace(STYLESHEET_LINK, () => {
    if (!first) return '';
    first = false;
    return tag;
  });
}

/** One <style> element holding `css`. */
export function styleElement(css: string): string {
  // A "</style" inside the CSS would end the element early; CSS never needs it.
  return `<style>${css.replaceAll('</style', '<\\/style')}</style>`;
}

/** Replaces a page's stylesheet links with one <style> holding `css`. */
export function inlineStylesheet(html: string, css: string): string {
  return replaceStylesheets(html, styleElement(css));
}
