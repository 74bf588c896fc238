// Cross-story event merging, as a pure function of the set of mentions in one group.
// A group is (realis, CAMEO base code, source actors, target actors); inside a group, mentions whose
// dates chain within one day of the cluster's first date form one event. Counts follow GDELT:
// NumMentions = mentions, NumArticles = distinct stories, NumSources = distinct independent sources
// (near-duplicate stories collapse to one; a story's source is its agency, else its URL host,
// else the story itself).
import { hamming, hash53, NEAR_DUP_BITS } from './hash.js';

export interface GroupMention {
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
  num_mentions: number, num_sources: number, num_articles: number,
];

export interface MergedEvent {
  row: EventRowValues;
  members: GroupMention[];
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
export function mergeGroup(groupKey: string, mentions: readonly GroupMention[]): MergedEvent[] {
  const sorted = [...mentions].sort(compareMentions);
  const out: MergedEvent[] = [];
  let members: GroupMention[] = [];
  let first: number | null = null;
  const close = (): void => {
    if (members.length === 0) return;
    const rep = members[0]!;
    const articles = new Set(members.map((m) => m.story_id)).size;
    const row: EventRowValues = [
      hash53(`${groupKey}|${rep.date ?? ''}`), groupKey, rep.date, rep.story_id, rep.idx,
      rep.cameo, rep.base, rep.root, rep.quad, rep.goldstein, rep.source_actor, rep.target_actor, rep.realis,
      members.some((m) => m.sentence === 0) ? 1 : 0,
      members.length, independentSources(members), articles,
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
