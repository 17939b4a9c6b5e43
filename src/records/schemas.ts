/**
 * Input shapes of the record operations, validated at the boundary like every other entry point:
 * strict objects, so a misspelt field is an error naming it. Pseudonyms allow no spaces, which keeps
 * "Jane Smith" out of the one free identifier; notes are the only free text.
 */
import * as z from 'zod';
import { ISO_DATE } from '../kb/index.js';
import { SCORE_INSTRUMENT_IDS } from '../scores/index.js';
import type { ScoreInstrumentId } from '../scores/index.js';
import { ROLES } from './roles.js';
import { MIN_PASSWORD_LENGTH } from './secrets.js';

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

/** A record id as Foramen issues them (UUID). */
export const RecordId = z
  .string()
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    'must be a record id (UUID)',
  );

/** A pseudonym: letters, digits, dot, dash, underscore; no spaces, so no full names. */
export const Pseudonym = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$/,
    'must be 2–40 letters, digits, dots, dashes or underscores, starting with a letter or digit (a code, never a name)',
  );

/** An instant: an ISO date-time with offset, or a calendar date. */
export const Instant = z.union([z.iso.datetime({ offset: true }), ISO_DATE]);

export const NewPatientSchema = z.strictObject({
  pseudonym: Pseudonym.optional().describe('a study or clinic code; generated when absent'),
  birthYear: z.number().int().min(1900).max(2100).optional(),
  sex: z.enum(SEXES).optional(),
});
export type NewPatient = z.input<typeof NewPatientSchema>;

export const NewEpisodeSchema = z.strictObject({
  label: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('what the episode is about, e.g. "left L5 radicular pain"'),
  startedOn: ISO_DATE,
  conservativeCareStartedOn: ISO_DATE.optional(),
});
export type NewEpisode = z.input<typeof NewEpisodeSchema>;

export const NewAssessmentSchema = z.strictObject({
  episodeId: RecordId.optional(),
  input: z.unknown().describe('a presentation, as for POST /api/assess'),
});
export type NewAssessment = z.input<typeof NewAssessmentSchema>;

const Instrument = z.enum(SCORE_INSTRUMENT_IDS as [ScoreInstrumentId, ...ScoreInstrumentId[]]);

export const NewSubmissionSchema = z.strictObject({
  episodeId: RecordId.optional(),
  takenAt: Instant.optional().describe('when the patient answered (default: now)'),
  input: z.unknown().describe('the instrument input, as for POST /api/scores/:instrument'),
});
export type NewSubmission = z.input<typeof NewSubmissionSchema>;

export const NewNoteSchema = z.strictObject({
  episodeId: RecordId.optional(),
  body: z.string().trim().min(1).max(10_000),
});
export type NewNote = z.input<typeof NewNoteSchema>;

export const NewLinkSchema = z.strictObject({
  instruments: z
    .array(Instrument)
    .min(1)
    .max(SCORE_INSTRUMENT_IDS.length)
    .refine((a) => new Set(a).size === a.length, { message: 'must not repeat an instrument' }),
  episodeId: RecordId.optional(),
  expiresInHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .optional()
    .describe('default 168 (7 days)'),
});
export type NewLink = z.input<typeof NewLinkSchema>;

export const LinkSubmitSchema = z.strictObject({
  token: z.string().min(20).max(200),
  responses: z
    .array(z.strictObject({ instrument: Instrument, input: z.unknown() }))
    .min(1)
    .max(SCORE_INSTRUMENT_IDS.length),
});
export type LinkSubmit = z.input<typeof LinkSubmitSchema>;

export const LinkTokenSchema = z.strictObject({ token: z.string().min(20).max(200) });

export const Username = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{2,39}$/,
    'must be 3–40 lower-case letters, digits, dots, dashes or underscores',
  );

export const NewUserSchema = z.strictObject({
  username: Username,
  password: z.string().min(MIN_PASSWORD_LENGTH).max(1024),
  role: z.enum(ROLES),
});
export type NewUser = z.input<typeof NewUserSchema>;

/** A six-digit TOTP code (RFC 6238). */
export const TotpCode = z
  .string()
  .regex(/^[0-9]{6}$/, 'must be the 6-digit code of the authenticator app');

export const LoginSchema = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(1024),
  totp: TotpCode.optional().describe('the authenticator code, for accounts with MFA enrolled'),
});
export type Login = z.input<typeof LoginSchema>;

export const NewPassword = z.string().min(MIN_PASSWORD_LENGTH).max(1024);

export const PasswordChangeSchema = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: NewPassword,
});
export type PasswordChange = z.input<typeof PasswordChangeSchema>;

export const PasswordResetSchema = z.strictObject({
  password: NewPassword.describe(
    'a temporary password; the user must change it at the next sign-in',
  ),
});
export type PasswordReset = z.input<typeof PasswordResetSchema>;

export const MfaVerifySchema = z.strictObject({ totp: TotpCode });

export const CareTeamAddSchema = z.strictObject({ username: Username });

/** The reason given in `X-Break-Glass`. */
export const BreakGlassReason = z
  .string()
  .trim()
  .min(3, 'give a reason of at least 3 characters')
  .max(500);

export const PageSchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});
