// The metric definitions printed into docs/ACCURACY.md. They are written here, beside the code that
// computes them, and the maps (kinds -> types, roots -> PentaClass) are rendered from the constants the
// scorers use, so the documentation cannot drift from the measurement.
import { KIND_TO_TYPE } from './entities.js';
import { ROOT_TO_PENTA } from './events.js';
import { MAX_ERROR_KM } from './measure.js';
import { ACC_KM } from './places.js';
import { DEFAULT_SEED } from './sample.js';

/** Dev targets of issue 3 (with the coder issue): the bar each headline metric should reach. */
export const TARGETS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  entities: { micro_f1: 0.75 },
  quotes: { content_f1: 0.7, speaker_accuracy: 0.75 },
  places: { f1: 0.7, country_accuracy: 0.9, acc161: 0.8 },
  times: { relaxed_f1: 0.85, value_accuracy: 0.7 },
  events: { penta_accuracy: 0.6, plover_accuracy: 0.55 },
};

function kindMap(): string {
  const rows = Object.entries(KIND_TO_TYPE).map(([k, t]) => `| ${k} | ${t ?? '(not an entity)'} |`);
  return ['| Readout mention kind | CoNLL type |', '|---|---|', ...rows].join('\n');
}

function pentaMap(): string {
  const byClass = new Map<number, string[]>();
  for (const [root, c] of Object.entries(ROOT_TO_PENTA)) byClass.set(c, [...(byClass.get(c) ?? []), root]);
  const names = ['neutral (statements, appeals)', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
  const rows = [...byClass.entries()].sort((a, b) => a[0] - b[0]).map(([c, roots]) => `| ${c} | ${names[c]} | ${roots.join(', ')} |`);
  return ['| PentaClass | meaning | CAMEO roots |', '|---|---|---|', ...rows].join('\n');
}

export function definitionsMarkdown(): string {
  return `## Metric definitions

All offsets are UTF-16 code-unit indices into the gold \`text\` (what \`String.prototype.slice\` uses).
The coder runs once per gold line on \`{text, date}\` (the line's \`date\`, which may be null).
"One-to-one matching" pairs gold and predicted spans that a rule accepts, taking the pair with the
largest character overlap first (ties: the closer start, then text order); each span is used at most once.
Precision = matched / predicted, recall = matched / gold, F1 = their harmonic mean; each is 0 when its
denominator is 0. An accuracy "on matched items" is 0 when nothing matched. A metric is absent when the
file has no gold for it.

### Throughput
\`stories_per_s\`: gold lines coded per second of CPU time (user + system, \`process.cpuUsage()\`) spent
inside the coder (\`code()\`), excluding reading, validation and scoring, and after one warm-up call that
loads the models and dictionaries. CPU time rather than wall-clock time, so that a busy machine does
not distort it; the wall-clock time is shown beside it. For the baseline column it is compromise's own time.

### Entities (CoNLL-2003)
An entity is correct only when its start, end and type all equal a gold entity (exact span, exact
type). Per type (PER, ORG, LOC, MISC): precision, recall, F1 (\`per_type\`, with gold and predicted
counts). Micro-averaged over all types: \`micro_precision\`, \`micro_recall\`, \`micro_f1\`. Identical
predicted spans of the same type count once.

Readout's mentions are mapped to CoNLL types as below. A person mention is scored on its proper-name
span (\`name_span\`, e.g. only the name in "Foreign Minister Jane Doe") when it has one, else on the whole mention.

${kindMap()}

**Baseline** (\`--baseline\`, always on in \`npm run eval\`): compromise's \`people()\` -> PER,
\`places()\` -> LOC, \`organizations()\` -> ORG on the same text (it has no MISC). A match spans from
its first term's offset to the end of its last term (compromise's term offsets exclude surrounding
punctuation); a trailing possessive \`'s\` (or \`'\` after s) is cut off.

### Quotes
- \`content_precision\`, \`content_recall\`, \`content_f1\`: a predicted quote content span matches a gold
  one when they share at least half of the shorter span's characters (one-to-one matching).
- \`cue_accuracy\`: on matched quotes whose gold has a cue: the predicted cue overlaps the gold cue by at
  least one character (no predicted cue = wrong).
- \`speaker_accuracy\`: on matched quotes whose gold has a speaker: any of the predicted speaker spans
  overlaps the gold speaker span. The predicted speaker spans are the quote's \`speaker_span\` and every
  mention (and mention \`name_span\`) of its speaker actor, so a speaker resolved through coreference
  ("he" -> the minister) is right when the actor has a mention at the gold speaker's place. No speaker = wrong.

### Places (toponyms and geocoding)
Predicted toponyms: every mention that a predicted place lists (any kind, e.g. a demonym resolved to its
country), with that place's coordinates and country; plus country/place mentions that no place lists
(no coordinates). One toponym per span.
- \`precision\`, \`recall\`, \`f1\`: exact span match.
- \`overlap_f1\`: F1 with one-to-one matching of spans that share at least one character.
- On toponyms matched by overlap whose gold has coordinates: \`acc161\` = share within ${ACC_KM} km (100 miles)
  great-circle (haversine) distance; \`median_km\` = median distance. A matched toponym without predicted
  coordinates counts as the largest possible error, ${Math.round(MAX_ERROR_KM)} km (half the Earth's
  circumference), as in Gritta et al. (2018). \`median_km\` is null when no toponym matched.
- \`country_accuracy\`: on toponyms matched by overlap whose gold has a country: the predicted place's
  ISO 3166-1 alpha-2 country equals gold's (case-insensitive; no country = wrong).

### Times (TempEval-3)
- \`strict_f1\`: a predicted time expression matches when its span equals a gold TIMEX3 span.
- \`relaxed_f1\`: one-to-one matching of spans that share at least one character.
- \`type_accuracy\`, \`value_accuracy\`: on the relaxed matches, the share whose type (DATE, TIME,
  DURATION, SET) / normalised value string (e.g. \`1998-08-07\`, \`P3D\`, \`PRESENT_REF\`) equals gold's exactly.
  (TempEval-3 multiplies these by relaxed F1 to get "attribute F1"; we report the plain accuracies.)

### Events
The **strongest** predicted event of a line is the one with the highest \`confidence\` (the first on ties).
Its class comes from its CAMEO root (\`root\`, else the first two digits of \`cameo\`):

${pentaMap()}

- \`penta_accuracy\`: over lines whose gold has a PentaClass: the strongest predicted event's class equals
  gold's; no predicted event = wrong. In files that have PentaClass gold, a line whose gold has no event
  (\`"events": []\`) is counted too, as the class "none": right when the coder predicts no event, wrong
  otherwise.
- \`penta_macro_f1\`: the unweighted mean of the per-class F1 of classes 0-4 that occur in gold or in the
  predictions (a line with no predicted event is a miss of its gold class; a prediction on a "none" line
  is a false positive of the predicted class; "none" itself is not averaged).
- \`plover_accuracy\`: over lines whose gold has a PLOVER type: the strongest event's \`plover.type\` is one of
  the line's gold types (case-insensitive); no event or no PLOVER type = wrong.
- \`root_accuracy\`: over lines whose gold has a CAMEO root (\`root\`, else the first two digits of \`cameo\`):
  the strongest event's root is one of them.
- \`source_f1\`, \`target_f1\`: over lines where gold locates at least one source or target span. Gold: the
  distinct source (target) spans of the line's events. Predicted: per event, its \`source_span\`
  (\`target_span\`) when present; otherwise, per source (target) actor, that actor's mention nearest to the
  trigger, preferring mentions inside the event's sentence. Distinct spans, one-to-one matching of spans
  that share at least one character.
- \`source_code_accuracy\`, \`target_code_accuracy\`: over gold sources (targets) that carry a CAMEO actor
  code: right when the matched predicted actor's code has the same **country part**, the first three
  letters (\`USAGOV\` ~ \`USA\` ~ \`USAMIL\`; \`IGO\` ~ \`IGOUNO\`); sector and further suffixes are ignored.
  An unmatched gold span is wrong. A gold code without a span is right when any predicted event has an
  actor on that side with the same country part.

### Lines, skipped lines, targets
\`lines\` counts the gold lines scored. \`skipped\` counts lines left out: lines that are not JSON, have an
unknown \`task\`, or have offsets outside the text or other malformed fields (each reported as
\`FILE:LINE: what is wrong\`), and lines on which the coder threw an error. The rest of the file still counts;
\`readout eval\` then exits with status 2. The targets are the dev numbers that issue 3 and the coder issue
set together; "met" compares the value with the target.

### Quick runs and errors
\`--limit N\` scores the first N non-empty lines of each file; \`--limit N --sample\` scores N lines drawn
at random without replacement (partial Fisher-Yates shuffle, mulberry32 PRNG) with the seed
${DEFAULT_SEED} unless \`--seed S\` is given, so the same command always scores the same lines.
\`--errors N\` prints, per file, the N worst misses (gold not found), false alarms (predictions gold does
not have) and wrong attributes on matched items (type, value, cue, speaker, coordinates, country,
class). Errors with the same kind, label and surface text are grouped; "worst" = most frequent, then
most severe (distance in km for coordinates), each shown with one example in context.
`;
}
