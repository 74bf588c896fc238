// The readout/1 contract checked on a real output: JSON Schema, offsets that slice the text, and
// references that resolve. Used by every test that codes a story.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule from 'ajv';
import type { Readout } from '../src/schema.js';
import { ROOT } from './helpers.js';

// ajv is CommonJS with a default export; under NodeNext the class sits on .default.
const Ajv = AjvModule.default;
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'readout-1.schema.json'), 'utf8')) as object);

export function assertValidReadout(r: Readout, text: string): void {
  const ok = validate(JSON.parse(JSON.stringify(r)));
  assert.ok(ok, `schema violations: ${ajv.errorsText(validate.errors)}`);
  const checkSpan = (what: string, s: { start: number; end: number; text?: string }): void => {
    assert.ok(s.start <= s.end && s.end <= text.length, `${what}: span [${s.start}, ${s.end}) outside the text`);
    if (s.text !== undefined) assert.equal(text.slice(s.start, s.end), s.text, `${what}: text does not slice the source`);
  };
  const actorIds = new Set(r.actors.map((a) => a.id));
  const mentionIds = new Set(r.mentions.map((m) => m.id));
  const placeIds = new Set(r.places.map((p) => p.id));
  for (const s of r.sentences) checkSpan('sentence', s);
  for (let i = 1; i < r.sentences.length; i++) assert.ok(r.sentences[i]!.start >= r.sentences[i - 1]!.end, 'sentences in order');
  for (const m of r.mentions) {
    checkSpan(`mention ${m.id}`, m);
    if (m.name_span) {
      checkSpan(`mention ${m.id} name`, m.name_span);
      assert.ok(m.name_span.start >= m.start && m.name_span.end <= m.end, `mention ${m.id}: name inside the mention`);
    }
    if (m.actor !== null) assert.ok(actorIds.has(m.actor), `mention ${m.id}: unknown actor ${m.actor}`);
  }
  for (const a of r.actors) for (const m of a.mentions) assert.ok(mentionIds.has(m), `actor ${a.id}: unknown mention ${m}`);
  for (const p of r.places) for (const m of p.mentions) assert.ok(mentionIds.has(m), `place ${p.id}: unknown mention ${m}`);
  for (const t of r.times) checkSpan('time', t);
  for (const e of r.events) {
    checkSpan(`event ${e.id} trigger`, e.trigger);
    checkSpan(`event ${e.id} evidence`, e.evidence);
    assert.ok(e.sentence < r.sentences.length, `event ${e.id}: sentence index`);
    assert.equal(e.root, e.cameo.slice(0, 2), `event ${e.id}: root is the code's first two digits`);
    for (const a of [...e.source, ...e.target]) assert.ok(actorIds.has(a), `event ${e.id}: unknown actor ${a}`);
    if (e.place !== null) assert.ok(placeIds.has(e.place), `event ${e.id}: unknown place ${e.place}`);
    if (e.attribution) {
      checkSpan(`event ${e.id} cue`, e.attribution.cue);
      if (e.attribution.speaker !== null) assert.ok(actorIds.has(e.attribution.speaker));
    }
  }
  for (const q of r.quotes) {
    checkSpan('quote content', q.content);
    if (q.cue) checkSpan('quote cue', q.cue);
    if (q.speaker_span) checkSpan('quote speaker', q.speaker_span);
    if (q.speaker !== null) assert.ok(actorIds.has(q.speaker));
  }
  if (r.meta.dateline) assert.ok(r.meta.dateline.place === null || placeIds.has(r.meta.dateline.place));
  if (r.meta.agency) assert.equal(text.slice(r.meta.agency.span[0], r.meta.agency.span[1]).length > 0, true);
}
