// Cross-story event merging, as a pure function of the set of mentions in one group.
// A group is (realis, CAMEO base code, source actors, target actors); inside a group, mentions whose
// dates chain within one day of the cluster's first date form one event. Counts follow GDELT:
// NumMentions = mentions, NumArticles = distinct stories, NumSources = distinct independent sources
// (near-duplicate stories collapse to one; a story's source is its agency, else its URL host,
// else the story itself).
import { hamming, hash53, NEAR_DUP_BITS } from './hash.js';

export interface GroupMention {
  /** The story's row number in the database (joins only; never decides anything). */
  sid: number;
  story_id: string;
  idx: number;
  date: string | null;
  sentence: number;
  cameo: string;
  base: string;
  root: string;
  quad: number;
  goldstein: number;
  source_actor: number | null;
  target_actor: number | null;
  realis: string;
  agency: string | null;
  url: string | null;
  simhash: string | null;
}

/** A merged event row in the column order of INSERT.event. */
export type EventRowValues = [
  id: number, group_key: string, date: string | null, story_id: string, rep_idx: number,
  cameo: string, base: string, root: string, quad: number, goldstein: number,
  source_actor: number | null, target_actor: number | null, realis: string, is_root: number,
  num_mentions: number, num_sources: number, num_articles: number, rep_sid: number,
];

export interface MergedEvent<M extends GroupMention = GroupMention> {
  row: EventRowValues;
  members: M[];
}

const DAY = 86400000;

function dayNumber(date: string | null): number | null {
  if (date === null) return null;
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Number.isFinite(t) ? t / DAY : null;
}

function compareMentions(a: GroupMention, b: GroupMention): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? -1 : 1;
  if (a.story_id !== b.story_id) return a.story_id < b.story_id ? -1 : 1;
  return a.idx - b.idx;
}

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:www\.)?([^/:?#]+)/i.exec(url);
  return m ? m[1]!.toLowerCase() : null;
}

/** The id of a merged event: a hash of its group key and its first date. */
export function eventId(groupKey: string, date: string | null): number {
  return hash53(`${groupKey}|${date ?? ''}`);
}

/** Independent sources among the stories of an event: near-duplicates collapse to the earliest key. */
export function independentSources(stories: readonly GroupMention[]): number {
  const sorted = [...new Map(stories.map((s) => [s.story_id, s])).values()].sort((a, b) => (a.story_id < b.story_id ? -1 : 1));
  const reps: GroupMention[] = [];
  for (const s of sorted) {
    const dup = s.simhash !== null && reps.some((r) => r.simhash !== null && hamming(r.simhash, s.simhash!) <= NEAR_DUP_BITS);
    if (!dup) reps.push(s);
  }
  const sources = new Set<string>();
  for (const r of reps) sources.add(r.agency !== null ? `agency:${r.agency.toLowerCase()}` : hostOf(r.url) ?? `story:${r.story_id}`);
  return sources.size;
}

/** Cluster the mentions of one group into merged events (input in any order; output is canonical). */
export function mergeGroup<M extends GroupMention>(groupKey: string, mentions: readonly M[]): MergedEvent<M>[] {
  const sorted = [...mentions].sort(compareMentions);
  const out: MergedEvent<M>[] = [];
  let members: M[] = [];
  let first: number | null = null;
  const close = (): void => {
    if (members.length === 0) return;
    const rep = members[0]!;
    const articles = new Set(members.map((m) => m.story_id)).size;
    const row: EventRowValues = [
      eventId(groupKey, rep.date), groupKey, rep.date, rep.story_id, rep.idx,
      rep.cameo, rep.base, rep.root, rep.quad, rep.goldstein, rep.source_actor, rep.target_actor, rep.realis,
      members.some((m) => m.sentence === 0) ? 1 : 0,
      members.length, independentSources(members), articles, rep.sid,
    ];
    out.push({ row, members });
    members = [];
  };
  for (const m of sorted) {
    const d = dayNumber(m.date);
    if (members.length > 0 && (d === null || first === null || d - first > 1)) close();
    if (members.length === 0) first = d;
    members.push(m);
  }
  close();
  return out;
}
