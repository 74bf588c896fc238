// Session 9 (actors): what an apposition or a quotation says about the name before it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

const actorsOf = (text: string): string[] => code(text).actors.map((a) => `${a.name} [${a.code ?? '-'}, ${a.kind}]`);

test('an indefinite apposition headed by "company", "firm", "unit" makes the name before it an organisation', () => {
  const got = actorsOf('Harwell Tarrant, a privately held firm based in Ohio, said it would buy the plant. Pell Brandt Marine, a unit of a Danish group, sued the port authority. Harwell Tarrant later withdrew its bid.');
  assert.ok(got.includes('Harwell Tarrant [BUS, organisation]'), JSON.stringify(got));
  assert.ok(got.includes('Pell Brandt Marine [BUS, organisation]'), JSON.stringify(got));
  assert.ok(!got.some((a) => a.startsWith('Harwell Tarrant') && a.endsWith('person]')), JSON.stringify(got));
  // The head must close its phrase: a company spokeswoman is a person.
  const spokes = actorsOf('Maria Delgado Reyes, a company spokeswoman, declined to comment on the talks.');
  assert.ok(spokes.some((a) => a.startsWith('Maria Delgado Reyes') && a.includes('person')), JSON.stringify(spokes));
});

test('a word of speech that opens a sentence or a quotation is no name', () => {
  const interview = [
    '((Interviewer)) Tell us about your research on coral reefs.',
    'Marta Olsen: Oh, it started by accident. I\'m a geologist by training, and I joined the survey in 2015.',
    '((Interviewer)) Thank you. How did the students react?',
    'Marta Olsen: Um, they were surprised. Ah, and then they wanted to go back every year.',
  ].join('\n\n');
  const got = actorsOf(interview);
  for (const word of ['Tell', 'Oh', "I'm", 'Thank', 'Um', 'Ah']) assert.ok(!got.some((a) => a.startsWith(word + ' [')), JSON.stringify(got));
  assert.ok(got.some((a) => a.startsWith('Marta Olsen')), JSON.stringify(got));
  // An acronym spelt like one is still a name (here the university whose initials it is).
  const uh = code('A report by a team from the University of Hawaii at Manoa (UH Manoa) was published. UH has a strong tradition of studying volcanoes.');
  const uhMention = uh.mentions.find((m) => m.text === 'UH');
  assert.ok(uhMention?.actor != null, JSON.stringify(uh.mentions));
  assert.equal(uh.actors.find((a) => a.id === uhMention.actor)?.name, 'University of Hawaii');
});

test('a head of a state body that the tagger reads alone as an organisation ("the Senate", "the Navy") has its sector', () => {
  const text = 'The Indonesian navy said the freighter sank near Sulawesi. The Navy has sent two ships to search for the crew, and Parliament will question the transport minister on Friday.';
  const got = actorsOf(text);
  assert.ok(got.some((a) => /^Navy \[[A-Z]*MIL,/.test(a)), JSON.stringify(got));
  assert.ok(!got.some((a) => /^Parliament \[-,/.test(a)), JSON.stringify(got));
});

test('the planet Earth is no actor, but a name that starts with it may be', () => {
  const got = actorsOf('The capsule splashed down after its return to Earth, the company said. The Earth Liberation Front claimed the fire.');
  assert.ok(!got.some((a) => a.startsWith('Earth [')), JSON.stringify(got));
  assert.ok(got.some((a) => a.startsWith('Earth Liberation Front [')), JSON.stringify(got));
});
