/**
 * CDS Hooks shapes, typed from the specification text rather than from any implementation (medplum's
 * types once allowed `hard-stop` and an optional `source`; the spec allows neither).
 * Each shape is a zod schema (the source of its type, of the OpenAPI document and of the tests' checks).
 * {@link https://cds-hooks.hl7.org/ | CDS Hooks specification}
 */
import * as z from 'zod';
import type { Resource } from '@medplum/fhirtypes';

/** Card urgency, in increasing order ({@link https://cds-hooks.hl7.org/#card-attributes | Card attributes}). */
export const CARD_INDICATORS = ['info', 'warning', 'critical'] as const;
export type CardIndicator = (typeof CARD_INDICATORS)[number];

const CodingSchema = z.object({
  system: z.string().optional(),
  code: z.string().optional(),
  display: z.string().optional(),
});

/** One service in the discovery response. */
export const CdsServiceDefinitionSchema = z.object({
  hook: z.string().min(1),
  title: z.string().min(1),
  description: z.string().min(1),
  id: z.string().regex(/^[A-Za-z0-9-]+$/),
  /** Prefetch templates keyed by name; tokens such as `{{context.patientId}}` are filled by the client. */
  prefetch: z.record(z.string(), z.string()),
  usageRequirements: z.string().optional(),
});
export type CdsServiceDefinition = Readonly<z.infer<typeof CdsServiceDefinitionSchema>>;

/** `GET /cds-services`. */
export const CdsDiscoveryResponseSchema = z.object({
  services: z.array(CdsServiceDefinitionSchema),
});
export type CdsDiscoveryResponse = Readonly<z.infer<typeof CdsDiscoveryResponseSchema>>;

/** The source of a card: required on every card, with the KB version in the label. */
export const CdsSourceSchema = z.object({
  label: z.string().min(1),
  url: z.url().optional(),
  topic: CodingSchema.optional(),
});
export type CdsSource = Readonly<z.infer<typeof CdsSourceSchema>>;

/** An action of a suggestion: create/update carry a resource, delete a relative `resourceId`. */
export const CdsActionSchema = z.object({
  type: z.enum(['create', 'update', 'delete']),
  description: z.string().min(1),
  resource: z
    .custom<Resource>(
      (v) =>
        typeof v === 'object' &&
        v !== null &&
        typeof (v as { resourceType?: unknown }).resourceType === 'string',
    )
    .optional(),
  resourceId: z.string().min(1).optional(),
});
export type CdsAction = Readonly<z.infer<typeof CdsActionSchema>>;

/** A suggestion the user can accept. */
export const CdsSuggestionSchema = z.object({
  label: z.string().min(1),
  uuid: z.string().min(1),
  isRecommended: z.boolean().optional(),
  actions: z.array(CdsActionSchema),
});
export type CdsSuggestion = Readonly<z.infer<typeof CdsSuggestionSchema>>;

/** A link to more information or to an app. */
export const CdsLinkSchema = z.object({
  label: z.string().min(1),
  url: z.url(),
  type: z.enum(['absolute', 'smart']),
});
export type CdsLink = Readonly<z.infer<typeof CdsLinkSchema>>;

/**
 * A card ({@link https://cds-hooks.hl7.org/#card-attributes | spec}): summary under 140 characters,
 * indicator from the spec's three values, source required; suggestions need a selectionBehavior and
 * `at-most-one` allows one suggestion (invariants cds-resp-1 and cds-resp-6).
 */
export const CdsCardSchema = z
  .object({
    uuid: z.string().min(1),
    summary: z.string().min(1).max(139),
    detail: z.string().optional(),
    indicator: z.enum(CARD_INDICATORS),
    source: CdsSourceSchema,
    suggestions: z.array(CdsSuggestionSchema).optional(),
    selectionBehavior: z.enum(['at-most-one', 'any']).optional(),
    overrideReasons: z.array(CodingSchema.extend({ display: z.string().min(1) })).optional(),
    links: z.array(CdsLinkSchema).optional(),
  })
  .refine((c) => (c.suggestions?.length ?? 0) === 0 || c.selectionBehavior !== undefined, {
    message: 'cards with suggestions need a selectionBehavior (cds-resp-6)',
    path: ['selectionBehavior'],
  })
  .refine((c) => c.selectionBehavior !== 'at-most-one' || (c.suggestions?.length ?? 0) <= 1, {
    message: 'at-most-one allows a single suggestion (cds-resp-1)',
    path: ['suggestions'],
  });
export type CdsCard = Readonly<z.infer<typeof CdsCardSchema>>;

/** The response to a hook call. */
export const CdsResponseSchema = z.object({ cards: z.array(CdsCardSchema) });
export type CdsResponse = Readonly<z.infer<typeof CdsResponseSchema>>;

const fhirObject = z.record(z.string(), z.unknown());

/** A hook call ({@link https://cds-hooks.hl7.org/#http-request | HTTP request}). */
export const CdsRequestSchema = z.object({
  hook: z.string().min(1),
  hookInstance: z.string().min(1),
  fhirServer: z.url().optional(),
  fhirAuthorization: z
    .object({
      access_token: z.string(),
      token_type: z.literal('Bearer'),
      expires_in: z.number(),
      scope: z.string(),
      subject: z.string(),
      patient: z.string().optional(),
    })
    .nullable()
    .optional(),
  context: z
    .object({
      userId: z.string().optional(),
      patientId: z.string().min(1),
      encounterId: z.string().optional(),
      selections: z.array(z.string()).optional(),
      draftOrders: fhirObject.optional(),
    })
    .loose(),
  // A prefetch value the client could not get is omitted or null.
  prefetch: z.record(z.string(), fhirObject.nullable()).optional(),
});
export type CdsRequest = z.infer<typeof CdsRequestSchema>;

/** The feedback a client sends about cards ({@link https://cds-hooks.hl7.org/#feedback | Feedback}). */
export const CdsFeedbackSchema = z.strictObject({
  feedback: z
    .array(
      z
        .object({
          card: z.string().min(1),
          outcome: z.enum(['accepted', 'overridden']),
          acceptedSuggestions: z.array(z.object({ id: z.string().min(1) })).optional(),
          overrideReason: z
            .object({
              reason: z
                .object({
                  code: z.string(),
                  system: z.string().optional(),
                  display: z.string().optional(),
                })
                .optional(),
              userComment: z.string().optional(),
            })
            .optional(),
          outcomeTimestamp: z.string().min(1),
        })
        .refine((f) => f.outcome !== 'accepted' || (f.acceptedSuggestions?.length ?? 0) > 0, {
          message: 'an accepted card must list acceptedSuggestions',
          path: ['acceptedSuggestions'],
        }),
    )
    .min(1),
});
export type CdsFeedback = z.infer<typeof CdsFeedbackSchema>;
