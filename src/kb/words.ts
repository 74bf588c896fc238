// Closed-class word lists from data/function-words.json, compiled into Sets once per process.
import { readDataJson } from './data.js';

interface FunctionWordsFile {
  lists: Record<string, { about: string; words: string[] }>;
}

let file: FunctionWordsFile | null = null;
const compiled = new Map<string, ReadonlySet<string>>();

/** The named list as a Set; an unknown name is a programming error. */
export function wordSet(name: string): ReadonlySet<string> {
  let set = compiled.get(name);
  if (set !== undefined) return set;
  file ??= readDataJson<FunctionWordsFile>('function-words.json');
  const list = file.lists[name];
  if (list === undefined) throw new Error(`data/function-words.json has no list '${name}'`);
  set = new Set(list.words);
  compiled.set(name, set);
  return set;
}
