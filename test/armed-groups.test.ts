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

test('regional bodies, peacekeeping missions and armed groups of the 1980s and 1990s are coded', () => {
  const r = code(
    'The Organization of African Unity condemned the attack, and ECOMOG troops moved north. ' +
      'The National Patriotic Front of Liberia said it had taken the port, while the Khmer Rouge shelled Battambang.',
  );
  const byName = codesByName(r);
  assert.equal(byName.get('Organization of African Unity')?.slice(0, 3), 'IGO');
  assert.equal(byName.get('National Patriotic Front of Liberia'), 'LBRREB');
  assert.equal(byName.get('Khmer Rouge'), 'KHMREB');
});
