// RSS 2.0, RSS 1.0 (RDF) and Atom feed files: one story per item, body HTML turned into text.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { UserError } from '../errors.js';
import type { StoryInput } from '../source/types.js';
import { htmlToText, isoDate } from './html.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  htmlEntities: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text']);
  return null;
}

function linkOf(v: unknown): string | null {
  const links = Array.isArray(v) ? v : v === undefined ? [] : [v];
  for (const l of links) {
    if (typeof l === 'string') return l.trim() || null;
    if (l && typeof l === 'object') {
      const o = l as Node;
      const rel = o['@_rel'];
      if (typeof o['@_href'] === 'string' && (rel === undefined || rel === 'alternate')) return o['@_href'];
      const t = text(o);
      if (t) return t.trim();
    }
  }
  return null;
}

/** One feed item, or a reason why it is not a story. */
export type FeedItem = { story: StoryInput; what: string } | { reason: string; what: string };

/** Parse a feed document into its items; throws a UserError when the file is not an RSS/Atom feed. */
export function readFeed(xml: string, what: string): FeedItem[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new UserError(`${what}: not well-formed XML (${valid.err.msg} at line ${valid.err.line})`);
  const doc = parser.parse(xml) as Node;
  const rss = doc.rss as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  let items: Node[] | undefined;
  let atomic = false;
  if (rss && typeof rss === 'object') items = ((rss.channel as Node | undefined)?.item as Node[] | undefined) ?? [];
  else if (rdf && typeof rdf === 'object') items = (rdf.item as Node[] | undefined) ?? [];
  else if (atom && typeof atom === 'object') {
    items = (atom.entry as Node[] | undefined) ?? [];
    atomic = true;
  }
  if (items === undefined) throw new UserError(`${what}: XML but not an RSS or Atom feed`);
  return items.map((it, i) => {
    const at = `${what}#${i + 1}`;
    const title = text(it.title)?.trim() || null;
    const body = atomic
      ? text(it.content) ?? text(it.summary)
      : text(it['content:encoded']) ?? text(it.description);
    const plain = body ? htmlToText(body) : '';
    const storyText = plain !== '' ? plain : title ?? '';
    if (storyText.trim() === '') return { what: at, reason: 'feed item without title or text' };
    const date = isoDate(text(atomic ? it.published ?? it.updated : it.pubDate ?? it['dc:date']));
    const url = linkOf(it.link) ?? (atomic ? null : text(it.guid));
    const id = text(atomic ? it.id : it.guid);
    return { what: at, story: { text: storyText, title, date, url, id } };
  });
}
