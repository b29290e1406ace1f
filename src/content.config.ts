/**
 * The content model: every collection the site reads from content/.
 * The rules for each collection's fields live in src/content-model/.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { mdxLoader } from './content-loader/index.ts';
import { isAbsolute, join } from 'node:path';
import { site } from './site.ts';
import { pageSchema } from './content-model/page.ts';
import { contactSchema } from './content-model/contact.ts';
import { noticeSchema } from './content-model/notice.ts';

const dir = (name: string) => (isAbsolute(site.contentDir) ? join(site.contentDir, name) : `./${site.contentDir}/${name}`);

const mdxOptions = { contentDir: site.contentDir, publicDir: site.publicDir, basePath: site.basePath };

export const collections = {
  pages: defineCollection({
    // MDX rendered to HTML in the content layer, not compiled as one Vite module a page (src/content-loader/).
    loader: mdxLoader({ base: dir('pages'), recursive: true, ...mdxOptions }),
    schema: pageSchema,
  }),
  contacts: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: dir('contacts') }),
    schema: contactSchema,
  }),
  notices: defineCollection({
    loader: mdxLoader({ base: dir('notices'), recursive: false, ...mdxOptions }),
    schema: noticeSchema,
  }),
};
