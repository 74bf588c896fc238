// Column orders of the export formats, written from their public codebooks
// (GDELT 2.0 Event codebook, Phoenix data documentation, PLOVER specification).

const actorColumns = (n: 1 | 2): string[] =>
  ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map(
    (c) => `Actor${n}${c}`,
  );
const geoColumns = (prefix: string): string[] =>
  ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => `${prefix}Geo_${c}`);

/** GDELT 2.0 Events: 61 tab-separated columns, no header. */
export const GDELT_COLUMNS: readonly string[] = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns(1),
  ...actorColumns(2),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1'),
  ...geoColumns('Actor2'),
  ...geoColumns('Action'),
  'DATEADDED', 'SOURCEURL',
];

/** Phoenix daily files: 26 tab-separated columns, no header. */
export const PHOENIX_COLUMNS: readonly string[] = [
  'EventID', 'Date', 'Year', 'Month', 'Day',
  'SourceActorFull', 'SourceActorEntity', 'SourceActorRole', 'SourceActorAttribute',
  'TargetActorFull', 'TargetActorEntity', 'TargetActorRole', 'TargetActorAttribute',
  'EventCode', 'EventRootCode', 'QuadClass', 'GoldsteinScore', 'Issues',
  'Lat', 'Lon', 'LocationName', 'StateName', 'CountryCode', 'SentenceID', 'URLs', 'NewsSources',
];

/** PLOVER event record fields, in the order we write them (required first). */
export const PLOVER_FIELDS: readonly string[] = [
  'id', 'date', 'actor', 'event', 'recipient', 'event_loc', 'event_text', 'quad_code', 'mode', 'context',
  'link', 'text_info', 'cite_info', 'coder', 'comment', 'has_event',
];
export const PLOVER_REQUIRED: readonly string[] = ['id', 'date', 'actor', 'event'];

/** A PLOVER entity object. */
export const PLOVER_ENTITY_FIELDS: readonly string[] = [
  'code', 'sector', 'entity_text', 'identifier_id', 'identifier_text', 'religion', 'ethnicity', 'office', 'gender', 'age',
];

/** The flat CSV: one row per event mention, with its merged event and counts. */
export const CSV_COLUMNS: readonly string[] = [
  'event_id', 'story_id', 'mention', 'date', 'cameo', 'root', 'quad', 'goldstein', 'plover', 'plover_mode',
  'source', 'source_code', 'target', 'target_code', 'realis', 'speaker', 'stance', 'cue', 'place',
  'trigger', 'evidence', 'sentence', 'confidence', 'num_mentions', 'num_sources', 'num_articles',
];
