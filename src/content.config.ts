/**
 * The content model: every collection the site reads from content/.
 * The rules for each collection's fields live in src/content-model/.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { isAbsolute, join } from 'node:path';
import { site } from './site.ts';
import { pageSchema } from './content-model/page.ts';
import { contactSchema } from './content-model/contact.ts';
import { noticeSchema } from './content-model/notice.ts';

const dir = (name: string) => (isAbsolute(site.contentDir) ? join(site.contentDir, name) : `./${site.contentDir}/${name}`);

export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: dir('pages') }),
    schema: pageSchema,
  }),
  contacts: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: dir('contacts') }),
    schema: contactSchema,
  }),
  notices: defineCollection({
    loader: glob({ pattern: '*.mdx', base: dir('notices') }),
    schema: noticeSchema,
  }),
};
