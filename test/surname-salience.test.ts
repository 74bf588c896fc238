// A bare surname that two persons of a story share is the one the story keeps naming, unless the latest
// of them has been named nearly as often. Invented wire copy.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

const nameOf = (r: ReturnType<typeof code>, id: string | undefined): string | undefined => r.actors.find((a) => a.id === id)?.name;

test('after a namesake is named once, the bare surname is still the story\'s main person', () => {
  const r = code(
    'LONDON (Reuters) - Police arrested Daniel Okafor on Friday after a stabbing near the station. Okafor had fled on foot. ' +
      'Witnesses said Okafor threw the knife into the river. Officers later found Okafor hiding in a garage. ' +
      'Council leader Grace Okafor, who is not related to him, praised the officers. ' +
      'Okafor was convicted of robbery in 2015 and released last year.',
  );
  const convicted = r.events.find((e) => e.trigger.text === 'convicted');
  assert.ok(convicted, JSON.stringify(r.events.map((e) => e.trigger.text)));
  assert.deepEqual(convicted.target.map((id) => nameOf(r, id)), ['Daniel Okafor'], JSON.stringify(r.actors.map((a) => [a.name, a.mentions.length])));
});

test('two namesakes named about as often: the bare surname is the latest one named', () => {
  const r = code(
    'NAIROBI (Reuters) - Opposition leader Peter Mwangi met President John Mwangi on Monday. ' +
      'John Mwangi promised reforms. Mwangi rejected the opposition demands on Tuesday.',
  );
  const reject = r.events.find((e) => e.trigger.text === 'rejected');
  assert.ok(reject, JSON.stringify(r.events.map((e) => e.trigger.text)));
  assert.deepEqual(reject.source.map((id) => nameOf(r, id)), ['John Mwangi'], JSON.stringify(r.actors.map((a) => [a.name, a.mentions.length])));
});
