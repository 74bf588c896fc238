// Saved HTML articles: main text by @mozilla/readability over a linkedom DOM, and HTML fragments
// (feed item bodies) to plain text with paragraph breaks kept.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { UserError } from '../errors.js';
import type { StoryInput } from '../source/types.js';

const BLOCK = new Set([
  'P', 'DIV', 'BR', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGCAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

function collect(node: DomNode, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  if (SKIP.has(node.nodeName)) return;
  const block = BLOCK.has(node.nodeName);
  if (block) out.push('\n\n');
  for (let i = 0; i < node.childNodes.length; i++) collect(node.childNodes[i]!, out);
  if (block) out.push('\n\n');
}

/** Normalise extracted text: collapse runs of spaces, at most one blank line between paragraphs. */
function tidy(s: string): string {
  return s
    .replace(/\u00a0/g, ' ')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

/** Plain text of an HTML fragment, paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return tidy(html);
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  const out: string[] = [];
  collect(document.body as unknown as DomNode, out);
  return tidy(out.join(''));
}

function metaContent(document: { querySelector(s: string): { getAttribute(n: string): string | null } | null }, selectors: string[]): string | null {
  for (const s of selectors) {
    const v = document.querySelector(s)?.getAttribute(s.startsWith('link') ? 'href' : 'content');
    if (v) return v.trim();
  }
  return null;
}

/** An ISO date (YYYY-MM-DD, UTC) from any date string Date can read; null otherwise. */
export function isoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s.trim());
  if (m) return m[1]!;
  const t = Date.parse(s);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : null;
}

/** The main article of a saved HTML page as a story. */
export function readHtmlArticle(html: string, what: string): StoryInput {
  const { document } = parseHTML(html);
  const doc = document as unknown as Parameters<typeof metaContent>[0];
  const date = isoDate(
    metaContent(doc, ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[itemprop="datePublished"]']),
  );
  const url = metaContent(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document as never).parse();
  } catch (err) {
    throw new UserError(`${what}: HTML could not be read (${(err as Error).message.split('\n')[0]})`);
  }
  const text = article?.content ? htmlToText(article.content) : '';
  if (text.trim() === '') throw new UserError(`${what}: no article text found in the HTML`);
  return { text, title: article?.title?.trim() || null, date: date ?? isoDate(article?.publishedTime), url };
}
