// Checks a readout against a human coder's expectation file (the format of
// ../shared/examples/baku-call.expect.json), field by field. Returns every check with its outcome so
// a failing test names exactly what differs.
import type { ActorOut, EventOut, Readout } from '../src/schema.js';

export interface Check {
  what: string;
  ok: boolean;
  detail: string;
}

type OneOrMany<T> = T | T[];
const list = <T>(v: OneOrMany<T> | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

interface ExpectActor {
  name: string;
  kind?: string;
  country?: OneOrMany<string>;
  sector?: OneOrMany<string>;
  title?: string;
  ethnicity?: string;
  mentions?: string[];
}
interface ExpectEvent {
  what: string;
  source?: string;
  source_country?: string;
  target?: string;
  root?: string[];
  cameo?: string[];
  plover?: OneOrMany<string>;
  mode?: string[];
  speaker?: string | null;
  date?: string;
  quantity?: string;
  optional?: boolean;
  forbid?: { target_sector?: string; root?: string[]; realis?: string; speaker?: null };
}
export interface Expectation {
  document?: { date?: string; dateline?: { place?: string; country?: string }; source_agency?: string };
  actors?: ExpectActor[];
  not_actors?: string[];
  places?: { name: string; country?: string; lat?: number; lon?: number; within_km?: number; kind?: string }[];
  times?: { text: string; value?: string; type?: string; resolved_from?: string; resolved_to?: string; tolerance_days?: number }[];
  events?: ExpectEvent[];
}

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

function days(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86400000;
}

/** The actor the expectation means: same name, or one of its expected mentions attached to it. */
function findActor(r: Readout, e: ExpectActor | { name: string; mentions?: string[] }): ActorOut | undefined {
  const byName = r.actors.find((a) => norm(a.name) === norm(e.name));
  if (byName) return byName;
  const wanted = new Set([e.name, ...(e.mentions ?? [])].map(norm));
  const votes = new Map<string, number>();
  for (const m of r.mentions) {
    if (m.actor !== null && (wanted.has(norm(m.text)) || (m.name_span && wanted.has(norm(m.name_span.text))))) {
      votes.set(m.actor, (votes.get(m.actor) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [a, n] of votes) if (best === undefined || n > votes.get(best)!) best = a;
  return best === undefined ? undefined : r.actors.find((a) => a.id === best);
}

export function checkExpectation(r: Readout, exp: Expectation): Check[] {
  const checks: Check[] = [];
  const add = (what: string, ok: boolean, detail: string): void => {
    checks.push({ what, ok, detail });
  };
  const actorById = new Map(r.actors.map((a) => [a.id, a]));
  const doc = exp.document;
  if (doc?.date) add('document date', r.meta.date === doc.date, `got ${r.meta.date}`);
  if (doc?.source_agency) add('agency', r.meta.agency?.name === doc.source_agency, `got ${r.meta.agency?.name ?? null}`);
  if (doc?.dateline?.place) {
    const p = r.places.find((pl) => pl.id === r.meta.dateline?.place);
    add('dateline place', p !== undefined && norm(p.name) === norm(doc.dateline.place), `got ${p?.name ?? r.meta.dateline?.text ?? null}`);
  }

  const expectedActors = new Map<string, ActorOut | undefined>();
  for (const ea of exp.actors ?? []) {
    const a = findActor(r, ea);
    expectedActors.set(ea.name, a);
    add(`actor ${ea.name}`, a !== undefined, a ? `found ${a.id} ${a.name}` : 'not found');
    if (!a) continue;
    if (ea.kind) add(`actor ${ea.name} kind`, a.kind === ea.kind, `got ${a.kind}`);
    if (ea.country) add(`actor ${ea.name} country`, list(ea.country).includes(a.country ?? ''), `got ${a.country}`);
    if (ea.sector) add(`actor ${ea.name} sector`, list(ea.sector).includes(a.sector ?? ''), `got ${a.sector}`);
    if (ea.title) add(`actor ${ea.name} title`, norm(a.title ?? '') === norm(ea.title), `got ${a.title}`);
    for (const mt of ea.mentions ?? []) {
      const ms = r.mentions.filter((m) => norm(m.text) === norm(mt) || norm(m.text).endsWith(norm(mt)) || norm(mt).endsWith(norm(m.text)));
      const ok = ms.some((m) => m.actor === a.id);
      add(`actor ${ea.name} mention "${mt}"`, ok, ms.length ? `mentions point to ${ms.map((m) => m.actor).join(',')}` : 'no such mention');
    }
  }
  for (const na of exp.not_actors ?? []) {
    const bad = r.actors.find((a) => norm(a.name) === norm(na));
    add(`not an actor: ${na}`, bad === undefined, bad ? `actor ${bad.id}` : 'ok');
  }

  for (const ep of exp.places ?? []) {
    const p = r.places.find((pl) => norm(pl.name) === norm(ep.name));
    add(`place ${ep.name}`, p !== undefined, p ? `${p.country} ${p.lat},${p.lon}` : 'not found');
    if (!p) continue;
    if (ep.country) add(`place ${ep.name} country`, p.country === ep.country, `got ${p.country}`);
    if (ep.kind) add(`place ${ep.name} kind`, p.kind === ep.kind, `got ${p.kind}`);
    if (ep.lat !== undefined && ep.lon !== undefined && ep.within_km !== undefined) {
      const d = p.lat === null || p.lon === null ? Infinity : km(ep.lat, ep.lon, p.lat, p.lon);
      add(`place ${ep.name} within ${ep.within_km} km`, d <= ep.within_km, `${d.toFixed(0)} km`);
    }
  }

  for (const et of exp.times ?? []) {
    const t = r.times.find((x) => norm(x.text).includes(norm(et.text)) || norm(et.text).includes(norm(x.text)));
    add(`time "${et.text}"`, t !== undefined, t ? `${t.type} ${t.value}` : 'not found');
    if (!t) continue;
    if (et.type) add(`time "${et.text}" type`, t.type === et.type, `got ${t.type}`);
    if (et.value) add(`time "${et.text}" value`, t.value === et.value, `got ${t.value}`);
    const tol = et.tolerance_days ?? 0;
    if (et.resolved_from) add(`time "${et.text}" from`, !!t.from && days(t.from, et.resolved_from) <= tol, `got ${t.from}`);
    if (et.resolved_to) add(`time "${et.text}" to`, !!t.to && days(t.to, et.resolved_to) <= tol, `got ${t.to}`);
  }

  const actorMatches = (ids: string[], name: string): boolean => {
    const want = expectedActors.get(name) ?? findActor(r, { name });
    return want !== undefined && ids.includes(want.id);
  };
  const speakerOk = (e: EventOut, speaker: string | null | undefined): boolean => {
    if (speaker === undefined) return true;
    if (speaker === null) return e.attribution === null;
    return e.attribution !== null && e.attribution.speaker !== null && actorMatches([e.attribution.speaker], speaker);
  };
  for (const ee of exp.events ?? []) {
    if (ee.forbid) {
      const f = ee.forbid;
      const bad = r.events.filter((e) => {
        const sectorHit = f.target_sector === undefined || e.target.some((t) => actorById.get(t)?.sector === f.target_sector);
        const rootHit = f.root === undefined || f.root.includes(e.root);
        const realisHit = f.realis === undefined || e.realis === f.realis;
        const speakerHit = f.speaker === undefined || e.attribution === null;
        return sectorHit && rootHit && realisHit && speakerHit;
      });
      add(`forbidden: ${ee.what}`, bad.length === 0, bad.map((e) => `${e.id} ${e.cameo} "${e.trigger.text}"`).join('; ') || 'none');
      continue;
    }
    if (ee.optional) continue;
    const candidates = r.events.filter((e) => ee.root === undefined || ee.root.includes(e.root));
    const full = candidates.filter((e) => {
      if (ee.source && !actorMatches(e.source, ee.source)) return false;
      if (ee.source_country && !e.source.some((s) => actorById.get(s)?.country === ee.source_country)) return false;
      if (ee.target && !actorMatches(e.target, ee.target)) return false;
      if (!speakerOk(e, ee.speaker)) return false;
      if (ee.plover && !list(ee.plover).includes(e.plover?.type ?? '')) return false;
      return true;
    });
    const detail = full.length
      ? `${full[0]!.id} ${full[0]!.cameo} "${full[0]!.trigger.text}"`
      : candidates.length
        ? `root matches but not source/target/speaker/plover: ${candidates
            .map((e) => `${e.id} ${e.cameo} ${e.source.join('+')}->${e.target.join('+')} speaker=${e.attribution?.speaker ?? null} ${e.plover?.type ?? ''}`)
            .join('; ')}`
        : `no event with root ${list(ee.root).join('/')}`;
    add(`event: ${ee.what}`, full.length > 0, detail);
    if (full.length && ee.date) add(`event date: ${ee.what}`, full.some((e) => e.date === ee.date), `got ${full[0]!.date}`);
    if (full.length && ee.quantity) add(`event quantity: ${ee.what}`, full.some((e) => e.quantity?.text.includes(ee.quantity!) ?? false), `got ${full[0]!.quantity?.text ?? null}`);
  }
  return checks;
}
