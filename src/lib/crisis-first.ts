/**
 * For a query about a crisis, "Help in a crisis" is the first result, once,
 * whatever the search index returned: moved up if it ranked the page lower,
 * added if it did not return the page (or anything at all).
 */
export function crisisPageFirst<H extends { url: string }>(hits: H[], crisisPageUrl: string, crisisPageHit: () => H): H[] {
  const found = hits.find((hit) => hit.url === crisisPageUrl);
  return [found ?? crisisPageHit(), ...hits.filter((hit) => hit.url !== crisisPageUrl)];
}
