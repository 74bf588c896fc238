// The readout/1 contract: one JSON object per coded document.
// Offsets everywhere are UTF-16 code-unit indices into the ORIGINAL input text (String.prototype.slice).
// Field-by-field documentation: docs/SCHEMA.md. Any change here is a schema version change.

export const SCHEMA_VERSION = 'readout/1' as const;

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type MentionKind =
  | 'person'
  | 'organisation'
  | 'country'
  | 'place'
  | 'demonym'
  | 'title'
  | 'agent'
  | 'pronoun'
  /** Other named things: events, laws, products, nationalities used as names (CoNLL MISC). */
  | 'misc';

export type ActorKind = 'person' | 'organisation' | 'group' | 'country';

export type Realis = 'actual' | 'future' | 'hypothetical' | 'negated';

export type Stance = 'asserted' | 'denied' | 'concern' | 'intent';

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Meta {
  /** Story date, YYYY-MM-DD, from --date, the JSON line, a `date` line, or the dateline. */
  date: string | null;
  title: string | null;
  url: string | null;
  /** Caller-supplied identifier (JSONL `id`), if any. */
  source_id?: string | null;
  dateline: { place: string | null; text: string; span: [number, number] } | null;
  agency: { name: string; span: [number, number] } | null;
}

export interface SentenceOut extends Span {}

export interface MentionOut extends TextSpan {
  id: string;
  kind: MentionKind;
  actor: string | null;
  /** The proper name inside the mention ("Antony Blinken" in "U.S. Secretary of State Antony Blinken"); null for nominal mentions. */
  name_span?: TextSpan | null;
}

export interface ActorOut {
  id: string;
  name: string;
  kind: ActorKind;
  /** ISO 3166-1 alpha-3, or IGO / NGO / MNC; null when unknown. */
  country: string | null;
  /** CAMEO sector: GOV, MIL, REB, OPP, COP, JUD, CVL, MED, BUS, ... */
  sector: string | null;
  title: string | null;
  /** CAMEO actor code, e.g. USAGOV. */
  code: string | null;
  ethnicity?: string | null;
  mentions: string[];
  confidence: number;
}

export interface PlaceOut {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 of the country the place is in (or is). */
  country: string | null;
  lat: number | null;
  lon: number | null;
  geonameid: string | null;
  kind: 'country' | 'admin1' | 'city' | 'region' | 'other';
  mentions: string[];
  confidence: number;
}

export interface TimeOut extends TextSpan {
  type: TimeType;
  /** TIMEX3-style normalised value: 2023-09-26, P5D, XXXX-WXX-1 ... */
  value: string | null;
  from?: string | null;
  to?: string | null;
}

export interface Attribution {
  speaker: string | null;
  /** The speaker's mention span when the speaker has no actor (e.g. "officials"). */
  speaker_span?: TextSpan | null;
  cue: TextSpan;
  stance: Stance;
}

export interface EventOut {
  id: string;
  sentence: number;
  trigger: TextSpan;
  cameo: string;
  root: string;
  quad: 1 | 2 | 3 | 4;
  goldstein: number;
  plover: { type: string; mode: string | null } | null;
  source: string[];
  target: string[];
  /** Spans of the source/target argument phrases as they appear in the sentence. */
  source_span?: TextSpan | null;
  target_span?: TextSpan | null;
  date: string | null;
  place: string | null;
  attribution: Attribution | null;
  realis: Realis;
  quantity: { text: string; value: number | null; span: [number, number] } | null;
  confidence: number;
  evidence: Span;
}

export interface QuoteOut {
  speaker: string | null;
  speaker_span: TextSpan | null;
  cue: TextSpan | null;
  content: TextSpan;
  direct: boolean;
}

export interface Readout {
  schema: typeof SCHEMA_VERSION;
  /** Content hash (sha256 of the original text, hex, first 16 bytes). */
  id: string;
  meta: Meta;
  sentences: SentenceOut[];
  mentions: MentionOut[];
  actors: ActorOut[];
  places: PlaceOut[];
  times: TimeOut[];
  events: EventOut[];
  quotes: QuoteOut[];
}
