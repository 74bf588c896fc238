// Names of events, laws and agreements ("the US Presidential Election", "the Clean Water Act") are
// names of another kind (misc), never organisations or actors, even where the tagger says ORG.
// Invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

test('an election, a law and an accord are misc names, not organisations', () => {
  const r = code(
    'WASHINGTON (Reuters) - The 2020 US Presidential Election was held on November 3. The company broke the Federal Aviation Act, ' +
      'regulators said, and the government left the Paris Climate Accord.',
  );
  const kinds = new Map(r.mentions.map((m) => [m.text, m.kind]));
  for (const name of ['US Presidential Election', 'Federal Aviation Act', 'Paris Climate Accord']) {
    assert.equal(kinds.get(name), 'misc', `${name}: ${JSON.stringify([...kinds])}`);
  }
  assert.ok(!r.actors.some((a) => /Election|Act|Accord/.test(a.name)), JSON.stringify(r.actors.map((a) => a.name)));
});
