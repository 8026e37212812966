/**
 * The one schema of the cooperation-widgets data format (version 1).
 *
 * The TypeScript types (`Dataset`, `Partnership`, …), the runtime validator
 * (`validateDataset`) and the published JSON Schema (`schema/`) all come from
 * the valibot schemas below; nothing else describes the format.
 */
import * as v from 'valibot';
import { PARTNERSHIP_KINDS } from './kinds.js';
import { FORMAT_VERSION } from './format-version.js';

export { FORMAT_VERSION };

export const LANGUAGES = ['sv', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Text shown to readers: not empty, and no control characters but tab and line breaks (a terminal or
 * a calendar file would act on them), nor Unicode's bidirectional controls (marks, embeddings,
 * overrides, isolates: U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which would reorder
 * what is shown around them (`Region \u202Emlohkcots` reads "Region stockholm", and the rest of
 * the line backwards). Swedish, French and English need none of them.
 */
const text = v.pipe(
  v.string(),
  v.nonEmpty('must not be empty'),
  v.regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]*$/, 'must not contain control characters'),
);

/** Kebab-case identifier, e.g. `stockholm-ile-de-france`. */
export const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, -)'),
);

/** ISO 8601 date with its precision kept: `2017`, `2017-11` or `2020-02-18`; years 1000–9999. */
export const IsoDateSchema = v.pipe(
  v.string(),
  v.regex(
    /^[1-9]\d{3}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD, year 1000–9999',
  ),
);

/**
 * Only http(s) links are accepted from data, and none with a user name or password before the host
 * (`https://trusted.se@evil.example/` reads as one site and goes to another): no `@` before the path;
 * nor any control character, bidirectional ones included (a printed URL would read backwards).
 */
export const HttpUrlSchema = v.pipe(
  v.string(),
  v.regex(
    /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s"'<>@/?#\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+(?:[/?#][^\s"'<>\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]*)?$/,
    'must be an http(s) URL, with no user name or password in it',
  ),
);

/** Text in one or more of the three languages; at least one is required. */
export const LocalizedTextSchema = v.pipe(
  v.strictObject({ sv: v.optional(text), fr: v.optional(text), en: v.optional(text) }),
  v.minEntries(1, 'needs at least one of sv, fr, en'),
);

/** Ids of the documents (in `sources`) a fact comes from; at least one. */
const SourceRefsSchema = v.pipe(v.array(IdSchema), v.minLength(1, 'needs at least one source id'));

export const SourceSchema = v.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  publisher: v.optional(LocalizedTextSchema),
  date: v.optional(IsoDateSchema),
  url: v.optional(HttpUrlSchema),
  language: v.optional(v.picklist(LANGUAGES)),
});

export const SUBDIVISION_KINDS = ['department', 'county', 'municipality'] as const;

export const RegionSchema = v.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  /** ISO 3166-1 alpha-2 country code. */
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code, e.g. SE')),
  population: v.optional(
    v.strictObject({
      value: v.pipe(v.number(), v.integer(), v.minValue(0)),
      qualifier: v.optional(v.picklist(['more-than', 'about'])),
      year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(9999))),
      sources: SourceRefsSchema,
    }),
  ),
  subdivisions: v.optional(
    v.strictObject({
      count: v.pipe(v.number(), v.integer(), v.minValue(0)),
      kind: v.picklist(SUBDIVISION_KINDS),
      sources: SourceRefsSchema,
    }),
  ),
  seat: v.optional(v.strictObject({ name: LocalizedTextSchema, sources: SourceRefsSchema })),
  leader: v.optional(
    v.strictObject({
      name: text,
      role: LocalizedTextSchema,
      /** The year the sources give this leader in office: a leader changes, so say when. */
      year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(9999))),
      sources: SourceRefsSchema,
    }),
  ),
  facts: v.optional(v.array(v.strictObject({ text: LocalizedTextSchema, sources: SourceRefsSchema }))),
  sources: SourceRefsSchema,
});

export { PARTNERSHIP_KINDS };

export const EVENT_KINDS = [
  'national-partnership',
  'organisation',
  'report',
  'decision',
  'signing',
  'entry-into-force',
  'reporting',
  'term-end',
  'extension',
  'milestone',
] as const;

export const PriorityAreaSchema = v.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  description: v.optional(LocalizedTextSchema),
  sectors: v.optional(v.array(LocalizedTextSchema)),
  sources: SourceRefsSchema,
});

export const TimelineEventSchema = v.strictObject({
  id: IdSchema,
  date: IsoDateSchema,
  /** Last date of an event that spans a period (e.g. annual reporting). */
  end: v.optional(IsoDateSchema),
  kind: v.picklist(EVENT_KINDS),
  title: LocalizedTextSchema,
  description: v.optional(LocalizedTextSchema),
  /** The sources report it as planned, not as having happened: shown as planned, whatever the date. */
  planned: v.optional(v.boolean()),
  /** A possibility, not a fact: shown as "possible" whatever the date. */
  possible: v.optional(v.boolean()),
  sources: SourceRefsSchema,
});

/** What a region is in a partnership, in the words of the sources: a party to an agreement, a member of a network, … */
export const ROLES = ['party', 'member', 'main-owner', 'contact-point-host', 'secretariat-host'] as const;

/** The partnership dates a source can give as planned rather than as having happened. */
export const PLANNABLE_DATES = ['decided', 'signed', 'inForce'] as const;

export const ParticipationSchema = v.strictObject({
  /** A region id (from `regions`). */
  id: IdSchema,
  role: v.picklist(ROLES),
});

export const PartnershipSchema = v.strictObject({
  id: IdSchema,
  kind: v.picklist(PARTNERSHIP_KINDS),
  title: LocalizedTextSchema,
  summary: v.optional(LocalizedTextSchema),
  /** The dataset's regions that take part, each with its role. */
  regions: v.optional(v.array(ParticipationSchema)),
  /** Other participants, described in words. */
  participants: v.optional(LocalizedTextSchema),
  dates: v.optional(
    v.strictObject({
      decided: v.optional(IsoDateSchema),
      signed: v.optional(IsoDateSchema),
      inForce: v.optional(IsoDateSchema),
      termYears: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
      extensionYears: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
      /** Which of the dates above the sources give as planned, not as having happened. */
      planned: v.optional(v.array(v.picklist(PLANNABLE_DATES))),
    }),
  ),
  priorityAreas: v.optional(v.array(PriorityAreaSchema)),
  timeline: v.optional(v.array(TimelineEventSchema)),
  links: v.optional(v.array(v.strictObject({ url: HttpUrlSchema, label: LocalizedTextSchema }))),
  sources: SourceRefsSchema,
});

export const DatasetSchema = v.strictObject({
  version: v.literal(FORMAT_VERSION),
  sources: v.array(SourceSchema),
  regions: v.array(RegionSchema),
  partnerships: v.array(PartnershipSchema),
});

export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Region = v.InferOutput<typeof RegionSchema>;
export type Partnership = v.InferOutput<typeof PartnershipSchema>;
export type PriorityArea = v.InferOutput<typeof PriorityAreaSchema>;
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;
export type EventKind = (typeof EVENT_KINDS)[number];
export type Participation = v.InferOutput<typeof ParticipationSchema>;
export type Role = (typeof ROLES)[number];
export type PlannableDate = (typeof PLANNABLE_DATES)[number];
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];
export type SubdivisionKind = (typeof SUBDIVISION_KINDS)[number];
export type Dataset = v.InferOutput<typeof DatasetSchema>;
