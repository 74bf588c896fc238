// Intergovernmental bodies known by name (data/organisations.json) carry their IGO codes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { codesByName } from './helpers.js';

test('Mercosur, the OECD and the FAO are intergovernmental actors', () => {
  const byName = codesByName(
    code('BRUSSELS (Reuters) - The European Union and Mercosur agreed on a trade deal, while the OECD and the FAO warned of rising food prices.'),
  );
  assert.equal(byName.get('Mercosur'), 'IGOSAMMER');
  assert.equal(byName.get('OECD'), 'IGOBUSOEC');
  assert.equal(byName.get('Food and Agriculture Organization'), 'IGOUNOFAO');
});
