/** A team's contact details, in content/contacts/<id>.yaml. Pages refer to it by id. */
import { z } from 'astro/zod';
import { parseUkPhone } from '../lib/phone.ts';

/** Why a phone number is refused, in the editor and by the build. */
export const PHONE_MESSAGE = 'Phone is not a UK phone number: check for a digit missing or added, and write it as in "0115 969 1300".';

export const EMAIL_MESSAGE = 'email is not an email address: check it, or leave the field out.';
const emailAddress = z.email();
/** The schema's own email rule, for the editor to refuse what the build would. */
export const isEmailAddress = (value: string): boolean => emailAddress.safeParse(value).success;

export const contactSchema = z
  .object({
    name: z.string({ error: 'Add name: the team\'s name, for example "Peer Development Team".' }).trim().min(1),
    /** What the team does, in a sentence. */
    summary: z.string().trim().optional(),
    phone: z
      .string({ error: 'Add phone: a UK phone number in quotes, for example "0115 969 1300".' })
      .refine((value) => parseUkPhone(value) !== null, {
        message: PHONE_MESSAGE,
      }),
    extension: z
      .union([z.string(), z.number()], { error: 'extension must be digits only, for example "16313".' })
      .transform(String)
      .refine((value) => /^\d{1,8}$/.test(value), { message: 'extension must be digits only, for example "16313".' })
      .optional(),
    /** Leave out until the team confirms an address: the page then shows none. */
    email: z.email({ error: EMAIL_MESSAGE }).optional(),
    /** For example "Monday to Friday, 9am to 5pm". Leave out if not known. */
    openingHours: z.string().trim().min(1).optional(),
    /** How many people work in the team, if published. */
    teamSize: z.number().int().positive().optional(),
    /** Names of team members, only where the trust has published them. */
    members: z.array(z.object({ name: z.string().min(1), role: z.string().optional() })).default([]),
  })
  .strict();

export type ContactData = z.infer<typeof contactSchema>;
