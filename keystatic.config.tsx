/**
 * The browser editor (Keystatic): the collections and components content
 * editors can change, with the same limits and choices as the build's
 * schemas (src/content-model/), imported, never restated. A test
 * (src/editor/editor-config.test.ts) checks that every schema field and every
 * MDX component is here.
 *
 * Locally (`npm run edit`) the editor saves straight into content/. The
 * editor's own deploy (EDITOR=1, see docs/editor-deploy.md) signs
 * people in with GitHub and saves to a content/ branch and a pull request,
 * so every change gets a preview and the full checks before it is published.
 *
 * Rules across fields (nextReview after lastReviewed, guideLabel with guide,
 * until not before from) are checked by the build: the help text says so.
 */
import { collection, config, fields } from '@keystatic/core';
import { block, inline, mark, wrapper } from '@keystatic/core/content-components';
import { DESCRIPTION_MAX, DESCRIPTION_MIN, FIELD_LABELS, TITLE_MAX } from './src/content-model/fields.ts';
import { CARE_CARD_TYPES, COMPONENTS } from './src/content-model/components.ts';
import { EMAIL_MESSAGE, PHONE_MESSAGE, isEmailAddress } from './src/content-model/contact.ts';
import { parseUkPhone } from './src/lib/phone.ts';
import { safeFileName } from './src/lib/file-name.ts';
import { reportLink } from './src/lib/preview-url.ts';
import { SUMMARY_MAX, SUMMARY_MIN } from './src/content-model/notice.ts';
import { RULES } from './src/content-style/rules.ts';
import type { MdxComponentName } from './src/components/mdx/names.ts';
import type { ReactNode } from 'react';
import pageLabels from 'virtual:editor-page-labels';

const env: Record<string, string | undefined> = (import.meta as { env?: Record<string, string | undefined> }).env ?? {};

/** GitHub mode on the editor's own deploy; local files otherwise. */
const storage =
  env.PUBLIC_KEYSTATIC_STORAGE === 'github' && env.PUBLIC_KEYSTATIC_GITHUB_REPO
    ? { kind: 'github' as const, repo: env.PUBLIC_KEYSTATIC_GITHUB_REPO as `${string}/${string}`, branchPrefix: 'content/' }
    : { kind: 'local' as const };

/**
 * The "preview" link of each page (src/editor-preview/preview-redirect.ts):
 * this server's page for local files; in GitHub mode the Netlify branch
 * deploy of the entry's branch, only when PUBLIC_KEYSTATIC_PREVIEW_URL says
 * where those are (docs/editor-deploy.md).
 */
const previewUrl =
  storage.kind === 'local'
    ? '/editor/preview/?slug={slug}'
    : env.PUBLIC_KEYSTATIC_PREVIEW_URL
      ? '/editor/preview/?branch={branch}&slug={slug}'
      : undefined;

/**
 * Toolbar icons. Keystatic draws a mark's icon inside its own <svg>, so it must
 * be SVG shapes (HTML there shows nothing). Paths from Lucide (ISC licence),
 * the set Keystatic's own icons come from: arrow-right, file-text, file-symlink and phone.
 */
const actionLinkIcon = <path d="M5 12h14M12 5l7 7-7 7" />;
const phoneIcon = (
  <path d="M22 16.92v3a2 2 0 0 1-2.18 2 19.79 19.79 0 0 1-8.63-3.07 19.5 19.5 0 0 1-6-6 19.79 19.79 0 0 1-3.07-8.67A2 2 0 0 1 4.11 2h3a2 2 0 0 1 2 1.72 12.84 12.84 0 0 0 .7 2.81 2 2 0 0 1-.45 2.11L8.09 9.91a16 16 0 0 0 6 6l1.27-1.27a2 2 0 0 1 2.11-.45 12.84 12.84 0 0 0 2.81.7A2 2 0 0 1 22 16.92z" />
);
/** file-symlink: a page on this site. */
const pageLinkIcon = (
  <>
    <path d="M4 22h14a2 2 0 0 0 2-2V7l-5-5H6a2 2 0 0 0-2 2v7" />
    <path d="M14 2v4a2 2 0 0 0 2 2h4M10 18l3-3-3-3" />
    <path d="M4 18v-1a2 2 0 0 1 2-2h6" />
  </>
);
const documentIcon = (
  <>
    <path d="M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z" />
    <path d="M14 2v4a2 2 0 0 0 2 2h4M10 9H8M16 13H8M16 17H8" />
  </>
);

/**
 * What a component shows in the editor: its heading or setting, then its
 * content. data-editor-preview marks it as this project's part of the editor
 * (the accessibility test checks these).
 */
const labelled = (text: string, children?: ReactNode) => (
  <div data-editor-preview>
    <p style={{ fontWeight: 600, margin: '0 0 8px' }}>{text}</p>
    {children}
  </div>
);

/**
 * Keystatic's text field checks only a regular expression (pattern.regex.test);
 * this one asks a function instead, so the editor refuses exactly what the build refuses.
 */
class CheckedBy extends RegExp {
  readonly check: (value: string) => boolean;
  constructor(check: (value: string) => boolean) {
    super('');
    this.check = check;
  }
  override test(value: string): boolean {
    return this.check(value);
  }
}

const CROSS_FIELD = 'The build checks this against other fields: a preview that fails says what to change.';

/**
 * Page pickers list pages by title, with the titles of the pages above them
 * (src/lib/page-labels.ts), and save the page's file name as before. Keystatic
 * lists the pages of the branch being edited; one added there since the editor
 * was built shows its file name.
 */
const pageLabel = (slug: string): string | undefined => pageLabels[slug];

/** Every component content may use (src/components/mdx/names.ts), as the editor offers it. */
export const components = {
  ActionLink: mark({
    label: COMPONENTS.ActionLink.label,
    icon: actionLinkIcon,
    tag: 'a',
    schema: {
      href: fields.text({
        label: COMPONENTS.ActionLink.fields.href.label,
        description: 'A page on this site, from the site root, for example /help-in-a-crisis/.',
        validation: { isRequired: true, pattern: { regex: /^\/\S*$/, message: 'Start with "/", for example /help-in-a-crisis/.' } },
      }),
    },
  }),
  Attachment: mark({
    label: COMPONENTS.Attachment.label,
    icon: documentIcon,
    tag: 'a',
    schema: {
      href: fields.file({
        label: COMPONENTS.Attachment.fields.href.label,
        description: 'A document in public/documents/. The page shows its type and size, worked out from the file.',
        directory: 'public/documents',
        publicPath: '/documents/',
        // Uploads are saved lower case with hyphens, as the build requires of document links.
        transformFilename: safeFileName,
        validation: { isRequired: true },
      }),
    },
  }),
  CareCard: wrapper({
    label: COMPONENTS.CareCard.label,
    description: 'How urgently to get help: non-urgent, urgent or emergency.',
    schema: {
      type: fields.select({
        label: COMPONENTS.CareCard.fields.type.label,
        options: CARE_CARD_TYPES.map((value) => ({ label: value, value })),
        defaultValue: 'urgent',
      }),
      heading: fields.text({ label: COMPONENTS.CareCard.fields.heading.label, description: 'For example "Call 111 if:".', validation: { isRequired: true } }),
    },
    ContentView: ({ value, children }) => labelled(`${value.type}: ${value.heading}`, children),
  }),
  ContactCard: block({
    label: COMPONENTS.ContactCard.label,
    description: 'A team\'s contact details, from the contacts list.',
    schema: {
      contact: fields.relationship({ label: COMPONENTS.ContactCard.fields.contact.label, collection: 'contacts', validation: { isRequired: true } }),
    },
    ContentView: ({ value }) => labelled(`Contact: ${value.contact ?? 'choose one'}`),
  }),
  ContactPhone: inline({
    label: COMPONENTS.ContactPhone.label,
    description: 'A team\'s phone number in a sentence, from the contacts list, so it is written once.',
    icon: phoneIcon,
    schema: {
      contact: fields.relationship({ label: COMPONENTS.ContactPhone.fields.contact.label, collection: 'contacts', validation: { isRequired: true } }),
    },
  }),
  ContentsList: block({ label: COMPONENTS.ContentsList.label, description: 'The guide\'s contents (guide pages show it anyway).', schema: {} }),
  CrisisRoutes: block({
    label: COMPONENTS.CrisisRoutes.label,
    description: 'NHS 111, Samaritans and Shout, with their numbers. For "Help in a crisis".',
    schema: {},
  }),
  Details: wrapper({
    label: COMPONENTS.Details.label,
    schema: { summary: fields.text({ label: COMPONENTS.Details.fields.summary.label, description: 'The line people open, for example "How to find your NHS number".', validation: { isRequired: true } }) },
    ContentView: ({ value, children }) => labelled(value.summary, children),
  }),
  FeedbackForm: block({ label: COMPONENTS.FeedbackForm.label, description: '"Rate this page or report a problem".', schema: {} }),
  FeedbackReturnLink: block({ label: COMPONENTS.FeedbackReturnLink.label, description: 'On the thank-you page only.', schema: {} }),
  InsetText: wrapper({ label: COMPONENTS.InsetText.label, description: 'Information that needs to stand out from the text around it.', schema: {} }),
  PageIndex: block({ label: COMPONENTS.PageIndex.label, schema: {} }),
  PageLink: mark({
    label: COMPONENTS.PageLink.label,
    icon: pageLinkIcon,
    tag: 'a',
    schema: {
      page: fields.relationship({
        label: COMPONENTS.PageLink.fields.page.label,
        collection: 'pages',
        description: 'The page on this site to link to. The link follows the page\'s address; the build refuses a page that no longer exists.',
        validation: { isRequired: true },
        itemLabel: pageLabel,
      }),
    },
  }),
  Pagination: block({ label: COMPONENTS.Pagination.label, description: 'Guide pages show them anyway.', schema: {} }),
  StyleIgnore: block({
    label: COMPONENTS.StyleIgnore.label,
    description: 'Tells the content style check to skip one rule for the next paragraph, list or component. Readers never see it.',
    schema: {
      rule: fields.select({
        label: COMPONENTS.StyleIgnore.fields.rule.label,
        options: Object.entries(RULES).map(([value, rule]) => ({ label: `${value}: ${rule.checks}`, value })),
        defaultValue: 'sentence-length',
      }),
      reason: fields.text({ label: COMPONENTS.StyleIgnore.fields.reason.label, description: 'So the next editor knows, for example "the trust\'s list, kept whole".', validation: { isRequired: true, length: { min: 3 } } }),
    },
    ContentView: ({ value }) => labelled(`Skip "${value.rule}": ${value.reason}`),
  }),
  WarningCallout: wrapper({
    label: COMPONENTS.WarningCallout.label,
    schema: { heading: fields.text({ label: COMPONENTS.WarningCallout.fields.heading.label, description: 'For example "Important".', validation: { isRequired: true } }) },
    ContentView: ({ value, children }) => labelled(value.heading, children),
  }),
} satisfies Record<MdxComponentName, unknown>;

const title = (what: string) =>
  fields.slug({
    name: {
      label: FIELD_LABELS.title,
      description: `The ${what} heading (h1) and the start of the browser title, in sentence case. ${TITLE_MAX} characters at most.`,
      validation: { length: { min: 3, max: TITLE_MAX } },
    },
    slug: { label: 'Address', description: 'The file name, which is the page\'s address. Changing it moves the page: add a redirect.' },
  });

const description = fields.text({
  label: FIELD_LABELS.description,
  description: `One plain-English sentence saying what the page is for, ${DESCRIPTION_MIN} to ${DESCRIPTION_MAX} characters. Search engines show it.`,
  multiline: true,
  validation: { length: { min: DESCRIPTION_MIN, max: DESCRIPTION_MAX } },
});

const reviewDates = {
  lastReviewed: fields.date({ label: FIELD_LABELS.lastReviewed, description: 'The day the page was last checked. Shown as "Page last reviewed".', validation: { isRequired: true } }),
  nextReview: fields.date({
    label: FIELD_LABELS.nextReview,
    description: `The day the page is next due a check. It must be after "${FIELD_LABELS.lastReviewed}". ${CROSS_FIELD}`,
    validation: { isRequired: true },
  }),
};

const keywords = fields.array(fields.text({ label: 'Keyword', validation: { isRequired: true } }), {
  label: FIELD_LABELS.keywords,
  description: 'Words people search for that the page does not use, for example "A&E". Search finds them; the page does not show them.',
  itemLabel: (props) => props.value || 'Keyword',
});

const owner = fields.text({
  label: FIELD_LABELS.owner,
  description: 'Who checks the page when its review is due: a person, role or team, for example "Peer Development Team". Optional.',
});

const body = fields.mdx({
  label: 'Content',
  description: 'Plain English, short sentences, one idea per section. Write phone numbers as links.',
  // What the site's pages can show: the title is the only h1; no images, code or strikethrough in NHS.UK content.
  options: { heading: [2, 3, 4], image: false, codeBlock: false, code: false, strikethrough: false },
  components,
});

/** lucide clipboard-check. */
const reportIcon = (
  <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
    <rect x="8" y="2" width="8" height="4" rx="1" ry="1" />
    <path d="M16 4h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2" />
    <path d="m9 14 2 2 4-4" />
  </svg>
);

/**
 * The link to the content report, where Keystatic lets us add one: beside the
 * editor's name. The local report in `npm run edit`; in GitHub mode the report
 * on the branch's deploy, so only when PUBLIC_KEYSTATIC_PREVIEW_URL says where
 * those are. The branch is read when the link is used: Keystatic changes the
 * address without drawing this again.
 */
function ReportLink() {
  const update = (event: { currentTarget: HTMLAnchorElement }) => {
    event.currentTarget.href = reportLink(window.location.pathname);
  };
  return (
    <a href="/editor/report/" target="_blank" rel="noopener" title="Content report" aria-label="Content report" data-editor-report-link onFocus={update} onPointerDown={update} onClick={update} style={{ color: 'inherit', display: 'inline-flex' }}>
      {reportIcon}
    </a>
  );
}

export default config({
  storage,
  ui: { brand: { name: 'Peer support: content editor', ...(storage.kind === 'local' || env.PUBLIC_KEYSTATIC_PREVIEW_URL ? { mark: ReportLink } : {}) } },
  collections: {
    pages: collection({
      label: 'Pages',
      path: 'content/pages/**',
      ...(previewUrl ? { previewUrl } : {}),
      slugField: 'title',
      format: { contentField: 'body' },
      entryLayout: 'content',
      columns: ['title'],
      schema: {
        title: title('page\'s'),
        description,
        parent: fields.relationship({
          label: FIELD_LABELS.parent,
          collection: 'pages',
          description: 'The page this one sits under (sets the breadcrumbs). Only the start page has none.',
          itemLabel: pageLabel,
        }),
        order: fields.integer({ label: FIELD_LABELS.order, description: 'Its place among pages with the same parent, smallest first.', defaultValue: 100, validation: { min: 0 } }),
        guide: fields.text({ label: FIELD_LABELS.guide, description: 'Pages of a multi-page guide share a guide name, for example "peer-support".' }),
        section: fields.text({ label: FIELD_LABELS.section, description: 'What search results show and filter by, for example "Help and contact". Leave empty for the default.' }),
        guideLabel: fields.text({
          label: FIELD_LABELS.guideLabel,
          description: `The short name in the guide's contents list. Pages in a guide need one. ${CROSS_FIELD}`,
        }),
        ...reviewDates,
        owner,
        keywords,
        noindex: fields.checkbox({ label: FIELD_LABELS.noindex, description: 'For pages people should not land on from a search engine, such as a thank-you page.' }),
        hideFromSearch: fields.checkbox({ label: FIELD_LABELS.hideFromSearch, description: 'The page stays in the sitemap.' }),
        hideFeedback: fields.checkbox({ label: FIELD_LABELS.hideFeedback, description: 'On the feedback pages themselves.' }),
        body,
      },
    }),
    notices: collection({
      label: 'Service notices',
      path: 'content/notices/*',
      slugField: 'title',
      format: { contentField: 'body' },
      entryLayout: 'content',
      columns: ['title'],
      schema: {
        title: title('notice\'s'),
        description,
        summary: fields.text({
          label: FIELD_LABELS.summary,
          description: `One or two sentences under the notice's title, saying what it is, ${SUMMARY_MIN} to ${SUMMARY_MAX} characters.`,
          multiline: true,
          validation: { length: { min: SUMMARY_MIN, max: SUMMARY_MAX } },
        }),
        from: fields.date({ label: FIELD_LABELS.from, description: 'The first day the notice shows.', validation: { isRequired: true } }),
        until: fields.date({
          label: FIELD_LABELS.until,
          description: `The last day the notice shows. Leave empty for no end date yet. It must not be before "${FIELD_LABELS.from}". ${CROSS_FIELD}`,
        }),
        ...reviewDates,
        owner,
        keywords,
        body,
      },
    }),
    contacts: collection({
      label: 'Contacts',
      path: 'content/contacts/*',
      slugField: 'name',
      format: { data: 'yaml' },
      columns: ['name'],
      schema: {
        name: fields.slug({
          name: { label: 'Name', description: 'The team\'s name, for example "Peer Development Team".', validation: { length: { min: 1 } } },
          slug: { label: 'Contact id', description: 'What pages use to show this contact: <ContactCard contact="…" />, or its number in a sentence: <ContactPhone contact="…" />.' },
        }),
        summary: fields.text({ label: 'Summary', description: 'What the team does, in a sentence.', multiline: true }),
        phone: fields.text({
          label: 'Phone',
          description: 'A UK number, for example 0115 969 1300. The page groups it and makes it a link.',
          validation: { isRequired: true, pattern: { regex: new CheckedBy((value) => parseUkPhone(value) !== null), message: PHONE_MESSAGE } },
        }),
        extension: fields.text({ label: 'Extension', description: 'Digits only, for example 16313.', validation: { pattern: { regex: /^(\d{1,8})?$/, message: 'Digits only, for example 16313.' } } }),
        email: fields.text({
          label: 'Email',
          description: 'Only an address the trust has confirmed. The old page had an empty "General email:": leave this empty until one is confirmed, and the page shows none.',
          // Empty is allowed (no address yet); anything else must be one, as the build requires.
          validation: { pattern: { regex: new CheckedBy((value) => value === '' || isEmailAddress(value)), message: `Email ${EMAIL_MESSAGE.slice('email '.length)}` } },
        }),
        openingHours: fields.text({ label: 'Opening hours', description: 'For example "Monday to Friday, 9am to 5pm". Leave empty if not known.' }),
        teamSize: fields.integer({ label: 'Team size', description: 'How many people work in the team, if published.', validation: { min: 1 } }),
        members: fields.array(
          fields.object({
            name: fields.text({ label: 'Name', validation: { isRequired: true } }),
            role: fields.text({ label: 'Role' }),
          }),
          {
            label: 'Team members',
            description: 'Names only where the trust has published them. The old page said the team has five people without naming them: add names when the trust confirms them.',
            itemLabel: (props) => props.fields.name.value || 'Team member',
          },
        ),
      },
    }),
  },
});
