// The word gates in front of hot per-token lookups must never turn away a word of their list, and
// should turn away most other words (otherwise they cost without saving anything).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WordGate } from '../src/kb/gate.js';
import { TokenTrie, newMatch } from '../src/kb/trie.js';

const LIST = ['president', 'prime', 'minister', 'police', 'U.S.', 'a', 'ça', '“', '', 'Al-Qaeda', 'x'.repeat(40)];
const OTHERS = ['the', 'of', 'and', 'said', 'on', 'Tuesday', 'would', 'talks', 'in', 'to', 'was', 'it', 'by', 'for'];

test('a word gate says yes to every word it was given, and to undefined', () => {
  const gate = new WordGate(LIST);
  for (const w of LIST) assert.equal(gate.may(w), true, w);
  assert.equal(gate.may(undefined), true);
});

test('a word gate turns away most unrelated words', () => {
  const gate = new WordGate(LIST);
  const passed = OTHERS.filter((w) => gate.may(w));
  assert.ok(passed.length <= 2, `too many false positives: ${passed.join(' ')}`);
});

test('a gated token trie matches exactly what it holds', () => {
  const trie = new TokenTrie<string>();
  trie.addTokens(['prime', 'minister'], 'PM');
  trie.addTokens(['police'], 'COP');
  const m = newMatch<string>();
  const toks = ['the', 'prime', 'minister', 'and', 'police', 'said', 'prime'];
  assert.equal(trie.starts('prime'), true);
  assert.equal(trie.starts('the'), false);
  assert.equal(trie.longest(toks, 1, toks.length, m), 3);
  assert.equal(m.value, 'PM');
  assert.equal(trie.longest(toks, 4, toks.length, m), 5);
  assert.equal(trie.longest(toks, 0, toks.length, m), -1);
  assert.equal(trie.longest(toks, 6, toks.length, m), -1); // "prime" alone is no phrase
  assert.equal(trie.longest(toks, 1, 2, m), -1); // the limit cuts "prime minister"
});
