/**
 * Choices the content components offer, shared by the components, the
 * build's checks and the browser editor (keystatic.config.tsx), so a choice
 * is written once.
 */

/** <CareCard type="…">: how urgently to get help, as NHS.UK care cards show it. */
export const CARE_CARD_TYPES = ['non-urgent', 'urgent', 'emergency'] as const;
export type CareCardType = (typeof CARE_CARD_TYPES)[number];

/** A component's setting as the editor shows it. */
export interface ComponentField {
  label: string;
  required: boolean;
  /** The values it may take, where it is a choice. */
  options?: readonly string[];
}

/** A content component as the editor shows it: its label, its settings, and whether it wraps content that must not be empty. */
export interface ComponentSpec {
  label: string;
  fields: Readonly<Record<string, ComponentField>>;
  contentRequired?: boolean;
}

/**
 * Every MDX component's editor label and settings, the one list the editor
 * (keystatic.config.tsx) and the build's content check both read, so what the
 * editor asks for is what the build requires. Keys are src/components/mdx/names.ts.
 */
export const COMPONENTS = {
  ActionLink: { label: 'Action link', fields: { href: { label: 'Address', required: true } }, contentRequired: true },
  Attachment: { label: 'Document link', fields: { href: { label: 'Document', required: true } }, contentRequired: true },
  CareCard: {
    label: 'Care card',
    fields: { type: { label: 'Type', required: true, options: CARE_CARD_TYPES }, heading: { label: 'Heading', required: true } },
    contentRequired: true,
  },
  ContactCard: { label: 'Contact card', fields: { contact: { label: 'Contact', required: true } } },
  ContactPhone: { label: 'Contact phone number', fields: { contact: { label: 'Contact', required: true } } },
  ContentsList: { label: 'Guide contents list', fields: {} },
  CrisisRoutes: { label: 'Get help now list', fields: {} },
  Details: { label: 'Details (folded text)', fields: { summary: { label: 'Summary', required: true } }, contentRequired: true },
  FeedbackForm: { label: 'Feedback form', fields: {} },
  FeedbackReturnLink: { label: 'Link back to the page rated', fields: {} },
  InsetText: { label: 'Inset text', fields: {}, contentRequired: true },
  PageIndex: { label: 'A to Z of pages', fields: {} },
  PageLink: { label: 'Link to a page', fields: { page: { label: 'Page', required: true } }, contentRequired: true },
  Pagination: { label: 'Guide previous and next links', fields: {} },
  StyleIgnore: { label: 'Style check exception', fields: { rule: { label: 'Rule to skip', required: true }, reason: { label: 'Why', required: true } } },
  WarningCallout: { label: 'Warning callout', fields: { heading: { label: 'Heading', required: true } }, contentRequired: true },
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof COMPONENTS;
