// Token tries: dictionaries of multi-token phrases compiled once, matched against a Doc's token
// arrays without allocation. Phrases are tokenized by the same wink-nlp adapter as the text, so
// "U.S." or "People's Republic" split exactly as they will in a story.
import { parse } from '../nlp/doc.js';
import { WordGate } from './gate.js';

interface Node<T> {
  next: Map<string, Node<T>> | null;
  value: T | undefined;
}

export interface TrieMatch<T> {
  /** One past the last token of the longest match, or -1. */
  end: number;
  value: T | undefined;
}

export class TokenTrie<T> {
  private readonly root: Node<T> = { next: null, value: undefined };
  /** Cheap gate before the root Map over the first-token keys: most text tokens fail it. */
  private readonly gate = new WordGate();
  size = 0;

  /** Add a phrase given as its token keys; the first value added for a phrase wins. */
  addTokens(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    this.gate.add(keys[0]!);
    let node = this.root;
    for (const k of keys) {
      if (node.next === null) node.next = new Map();
      let child = node.next.get(k);
      if (child === undefined) {
        child = { next: null, value: undefined };
        node.next.set(k, child);
      }
      node = child;
    }
    if (node.value === undefined) {
      node.value = value;
      this.size++;
    }
  }

  /** True when some phrase starts with this token key. */
  starts(key: string): boolean {
    if (!this.gate.may(key)) return false;
    return this.root.next?.has(key) ?? false;
  }

  /**
   * Longest phrase starting at token `i` (keys read from `keys`, not past `limit`).
   * Writes into `out` (reused by callers, so the hot loop allocates nothing); returns out.end.
   */
  longest(keys: readonly string[], i: number, limit: number, out: TrieMatch<T>): number {
    out.end = -1;
    out.value = undefined;
    if (i < limit && !this.starts(keys[i]!)) return -1;
    let node: Node<T> | undefined = this.root;
    for (let k = i; k < limit; k++) {
      node = node.next?.get(keys[k]!);
      if (node === undefined) break;
      if (node.value !== undefined) {
        out.end = k + 1;
        out.value = node.value;
      }
    }
    return out.end;
  }
}

export function newMatch<T>(): TrieMatch<T> {
  return { end: -1, value: undefined };
}

/**
 * Tokenize many phrases at once (one wink pass over the phrases joined by blank lines) and return
 * each phrase's token forms. Used only when compiling dictionaries.
 */
export function tokenizePhrases(phrases: readonly string[]): string[][] {
  const text = phrases.join('\n\n');
  const doc = parse(text);
  const out: string[][] = phrases.map(() => []);
  let p = 0;
  let lineEnd = phrases.length > 0 ? phrases[0]!.length : 0;
  let lineStart = 0;
  for (let t = 0; t < doc.length; t++) {
    const s = doc.start[t]!;
    while (p < phrases.length - 1 && s >= lineEnd) {
      lineStart = lineEnd + 2;
      p++;
      lineEnd = lineStart + phrases[p]!.length;
    }
    out[p]!.push(doc.form[t]!);
  }
  return out;
}
