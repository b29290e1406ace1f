/** The MDX component map handed to every content page's <Content components={...} />. */
import type { MdxComponentName } from './names.ts';
import ActionLink from '../ActionLink.astro';
import Attachment from '../Attachment.astro';
import CareCard from '../CareCard.astro';
import ContactCard from '../ContactCard.astro';
import ContactPhone from '../ContactPhone.astro';
import CrisisRoutes from '../CrisisRoutes.astro';
import Details from '../Details.astro';
import FeedbackFormInPage from '../FeedbackFormInPage.astro';
import FeedbackReturnLink from '../FeedbackReturnLink.astro';
import GuideContents from '../GuideContents.astro';
import GuidePagination from '../GuidePagination.astro';
import InsetText from '../InsetText.astro';
import PageIndex from '../PageIndex.astro';
import PageLink from '../PageLink.astro';
import StyleIgnore from '../StyleIgnore.astro';
import WarningCallout from '../WarningCallout.astro';

export const mdxComponents = {
  ActionLink,
  Attachment,
  CareCard,
  ContactCard,
  ContactPhone,
  ContentsList: GuideContents,
  CrisisRoutes,
  Details,
  FeedbackForm: FeedbackFormInPage,
  FeedbackReturnLink,
  InsetText,
  PageIndex,
  PageLink,
  Pagination: GuidePagination,
  StyleIgnore,
  WarningCallout,
} satisfies Record<MdxComponentName, unknown>;
