/** Redirects, in content/redirects.yaml: an address that sends people on to a page. */
import { z } from 'astro/zod';

const address = (field: 'from' | 'to') =>
  z
    .string({ error: `Add ${field}: an address on this site, starting with "/", for example "/crisis/".` })
    .trim()
    .refine((value) => (field === 'to' && /^https:\/\//.test(value)) || /^\/[^\s?#]*$/.test(value), {
      message: `${field} must be an address on this site starting with "/"${field === 'to' ? ' or a full https:// address' : ''}, with no spaces, "?" or "#".`,
    });

export const redirectSchema = z.object({ from: address('from'), to: address('to') }).strict();

export const redirectsSchema = z.array(redirectSchema, { error: 'The file must be a list of redirects, each with "from" and "to".' }).default([]);

export type Redirect = z.infer<typeof redirectSchema>;
