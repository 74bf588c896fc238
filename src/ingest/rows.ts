// A coded story to flat rows (src/store/types.ts StoryRows). Runs in the workers, so the single
// database writer only binds parameters. Global actor ids and event group keys are computed here
// from stable keys (hashes), independent of arrival order.
import type { ActorOut, Readout } from '../schema.js';
import { hash53, simhash } from '../store/hash.js';
import { eventId } from '../store/merge.js';
import { packReadout } from '../store/pack.js';
import type { StoryRows } from '../store/types.js';

/** The merge key of an actor across stories: its normalised name and its code (or kind when uncoded). */
export function actorKey(a: Pick<ActorOut, 'name' | 'code' | 'kind'>): string {
  const name = a.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[.'\u2019]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return `${name}|${a.code ?? a.kind}`;
}

/** Merge keys and ids of the actor variants seen lately (the same names recur across stories). */
const actorIds = new Map<string, { key: string; gid: number }>();
const MAX_CACHED_ACTORS = 100_000;

/** The merge key and global id of an actor variant (`pick` holds every field they depend on). */
function globalActor(pick: string, a: ActorOut): { key: string; gid: number } {
  let known = actorIds.get(pick);
  if (known === undefined) {
    const key = actorKey(a);
    known = { key, gid: hash53(key) };
    if (actorIds.size >= MAX_CACHED_ACTORS) actorIds.clear();
    actorIds.set(pick, known);
  }
  return known;
}

const idx = (id: string | null | undefined): number | null => (id ? Number(id.slice(1)) - 1 : null);

/** The CAMEO base code (three digits) of a code. */
export function baseCode(cameo: string): string {
  return cameo.length > 3 ? cameo.slice(0, 3) : cameo;
}

/** Rows of one coded story. `origin` is where it was read (file[:line]). */
export function storyRows(r: Readout, text: string, origin: string): StoryRows {
  const id = r.id;
  const fp = simhash(text);
  const globalIds: number[] = [];
  const globalActors: StoryRows['globalActors'] = [];
  const actors: StoryRows['actors'] = [];
  r.actors.forEach((a, i) => {
    const pick = `${a.name}\u001f${a.kind}\u001f${a.country ?? ''}\u001f${a.sector ?? ''}\u001f${a.code ?? ''}`;
    const { key, gid } = globalActor(pick, a);
    globalIds.push(gid);
    globalActors.push([gid, key, a.name, a.kind, a.country, a.sector, a.code, pick]);
    actors.push([i, gid, a.name, a.kind, a.country, a.sector, a.title, a.code, a.confidence]);
  });
  const gid = (ref: string | null | undefined): number | null => {
    const i = idx(ref);
    return i === null ? null : globalIds[i] ?? null;
  };
  const ids = (refs: readonly string[]): string => {
    if (refs.length === 0) return '';
    if (refs.length === 1) return String(gid(refs[0]) ?? '');
    return refs.map((x) => gid(x)).filter((x) => x !== null).sort((a, b) => a! - b!).join(' ');
  };

  const events: StoryRows['events'] = r.events.map((e, i) => {
    const base = baseCode(e.cameo);
    const sources = ids(e.source);
    const targets = ids(e.target);
    const merges = e.date !== null && (sources !== '' || targets !== '');
    const groupKey = merges ? `${e.realis}|${base}|${sources}|${targets}` : `S|${id}|${i}`;
    const att = e.attribution;
    return [
      i, groupKey, merges ? null : eventId(groupKey, e.date), e.sentence, e.trigger.start, e.trigger.end, e.trigger.text,
      e.cameo, base, e.root, e.quad, e.goldstein, e.plover?.type ?? null, e.plover?.mode ?? null,
      gid(e.source[0]), gid(e.target[0]), sources, targets, e.date, idx(e.place),
      idx(att?.speaker), gid(att?.speaker), att?.stance ?? null, att?.cue.text ?? null, e.realis,
      e.quantity?.text ?? null, e.confidence,
      e.evidence.start, e.evidence.end, text.slice(e.evidence.start, e.evidence.end),
    ];
  });
  const m = r.meta;
  return {
    id,
    story: [
      id, m.source_id ?? null, m.title, m.date, m.url, m.agency?.name ?? null, m.dateline?.text ?? null, origin,
      fp?.hex ?? null, fp?.bands[0] ?? null, fp?.bands[1] ?? null, fp?.bands[2] ?? null, fp?.bands[3] ?? null,
      r.sentences.length, text, packReadout(r),
    ],
    sentences: r.sentences.map((s, i) => [i, s.start, s.end]),
    globalActors,
    actors,
    mentions: r.mentions.map((x, i) => [i, x.start, x.end, x.text, x.kind, idx(x.actor)]),
    places: r.places.map((p, i) => [i, p.name, p.country, p.lat, p.lon, p.geonameid, p.kind, p.confidence]),
    events,
    quotes: r.quotes.map((q, i) => [
      i, idx(q.speaker), gid(q.speaker), q.cue?.text ?? null, q.content.start, q.content.end, q.content.text, q.direct ? 1 : 0,
    ]),
  };
}
