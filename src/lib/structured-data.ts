/**
 * Structured data (JSON-LD, schema.org) for search engines, typed with
 * schema-dts. Facts come only from content and settings: the trust's name,
 * the section's address, the team's phone number, each page's title,
 * description, review date and breadcrumbs. Nothing is added that the
 * pages do not say (no reviewer is named, because none is published).
 */
import type { BreadcrumbList, ContactPoint, Graph, MedicalWebPage, Organization, SearchResultsPage, WebPage, WebSite } from 'schema-dts';

export interface SiteFacts {
  /** Absolute address of the section's start page, ending in "/". */
  home: string;
  organisationName: string;
  siteName: string;
  /** Absolute address of the organisation's logo image. */
  logo: string;
  /** schema.org has no extension field, so an extension is given in words. */
  contact?: { name: string; telephone: string; extension?: string | undefined } | undefined;
}

export interface PageFacts {
  url: string;
  title: string;
  description: string;
  /** Health information, as opposed to pages about the site itself. */
  health: boolean;
  /** The search results page says so. */
  search?: boolean;
  lastReviewed?: Date | undefined;
  /** The visible breadcrumbs (not including this page), as absolute addresses. */
  breadcrumbs: { title: string; url: string }[];
}

const ids = (site: SiteFacts) => ({ organisation: `${site.home}#organisation`, website: `${site.home}#website` });

export function organisation(site: SiteFacts): Organization {
  const contactPoint: ContactPoint | undefined = site.contact && {
    '@type': 'ContactPoint',
    name: site.contact.name,
    contactType: site.contact.name,
    telephone: site.contact.telephone,
    ...(site.contact.extension ? { description: `Extension ${site.contact.extension}` } : {}),
  };
  return {
    '@type': 'Organization',
    '@id': ids(site).organisation,
    name: site.organisationName,
    url: site.home,
    logo: site.logo,
    ...(contactPoint ? { contactPoint } : {}),
  };
}

export function breadcrumbList(page: PageFacts): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: [...page.breadcrumbs, { title: page.title, url: page.url }].map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.title,
      item: crumb.url,
    })),
  };
}

export function webPage(site: SiteFacts, page: PageFacts): WebPage | MedicalWebPage | SearchResultsPage {
  const common = {
    '@id': page.url,
    url: page.url,
    name: page.title,
    description: page.description,
    inLanguage: 'en-GB',
    isPartOf: { '@id': ids(site).website },
    publisher: { '@id': ids(site).organisation },
    ...(page.lastReviewed ? { lastReviewed: page.lastReviewed.toISOString().slice(0, 10) } : {}),
    ...(page.breadcrumbs.length ? { breadcrumb: breadcrumbList(page) } : {}),
  };
  if (page.search) return { '@type': 'SearchResultsPage', ...common };
  return page.health
    ? { '@type': 'MedicalWebPage', ...common, about: { '@type': 'Thing', name: 'Peer support in mental health services' } }
    : { '@type': 'WebPage', ...common };
}

/** The page's whole graph: the organisation, the website and the page. */
export function pageGraph(site: SiteFacts, page: PageFacts): Graph {
  const website: WebSite = { '@type': 'WebSite', '@id': ids(site).website, url: site.home, name: site.siteName, inLanguage: 'en-GB', publisher: { '@id': ids(site).organisation } };
  return { '@context': 'https://schema.org', '@graph': [organisation(site), website, webPage(site, page)] };
}

/** JSON for a <script type="application/ld+json">, safe to put in HTML: "<" can never end the element. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
