// Armed groups and movements known by name (data/organisations.json) carry their country and sector.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { codesByName } from './helpers.js';

test('named rebel groups and parties are coded with their country', () => {
  const r = code(
    'COLOMBO (Reuters) - The Liberation Tigers of Tamil Eelam attacked an army camp on Monday. ' +
      'In Yemen, the Houthis fired missiles at Saudi Arabia, and in Turkey the PKK ambushed a patrol.',
  );
  const byName = codesByName(r);
  assert.equal(byName.get('Liberation Tigers of Tamil Eelam'), 'LKAREBLTT');
  assert.equal(byName.get('Houthis'), 'YEMREBHOU');
  assert.equal(byName.get('PKK'), 'TURREBPKK');
});
