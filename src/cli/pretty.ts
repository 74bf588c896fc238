// A readable summary of a readout for a person: actors, events with their claims, quotes.
import type { Readout } from '../schema.js';

/** A quotation mark opening a text (straight, curly, guillemet, or the `` of wire copy). */
const QUOTE_MARK = /^["\u201c\u201d\u00ab`']/;

export function formatReadout(r: Readout, text: string): string {
  const out: string[] = [];
  const actor = new Map(r.actors.map((a) => [a.id, a]));
  const name = (id: string | null): string => (id === null ? '?' : actor.get(id)?.name ?? id);
  const head = [r.meta.title, r.meta.date, r.meta.dateline?.text, r.meta.agency ? `via ${r.meta.agency.name}` : null].filter(Boolean).join(' | ');
  out.push(`== ${head || r.id}`);
  out.push(`   ${r.sentences.length} sentences, ${r.actors.length} actors, ${r.events.length} events, ${r.quotes.length} quotes`);
  if (r.actors.length > 0) {
    out.push('Actors');
    for (const a of r.actors) {
      const bits = [a.code ?? '-', a.kind, a.title].filter(Boolean).join(', ');
      out.push(`  ${a.id.padEnd(4)} ${a.name} [${bits}] x${a.mentions.length}`);
    }
  }
  if (r.events.length > 0) {
    out.push('Events');
    for (const e of r.events) {
      const who = `${e.source.map(name).join('+') || '?'} -> ${e.target.map(name).join('+') || '?'}`;
      const claim = e.attribution ? `claimed by ${name(e.attribution.speaker)} ("${e.attribution.cue.text}", ${e.attribution.stance})` : 'reported as fact';
      out.push(`  ${e.id.padEnd(4)} ${e.cameo.padEnd(5)} ${(e.plover?.type ?? '').padEnd(10)} ${who}  [${e.realis}; ${claim}]`);
      out.push(`       "${text.slice(e.evidence.start, e.evidence.end).replace(/\s+/g, ' ').slice(0, 160)}"`);
    }
  }
  if (r.quotes.length > 0) {
    out.push('Quotes');
    for (const q of r.quotes) {
      const said = q.content.text.replace(/\s+/g, ' ').slice(0, 140);
      // A direct quotation's span may hold its own quotation marks; mark it once.
      const marked = q.direct && !QUOTE_MARK.test(said) ? `"${said}"` : said;
      out.push(`  ${name(q.speaker)}${q.cue ? ` (${q.cue.text})` : ''}: ${marked}`);
    }
  }
  return out.join('\n');
}
