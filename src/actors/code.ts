// Coding an actor: its CAMEO actor code from country and sector, its display name, its confidence.
import { countries } from '../kb/countries.js';
import type { Mention } from '../mentions/types.js';
import type { Actor } from './types.js';

/** Country slots that are not ISO 3166 countries (CAMEO's transnational codes). */
const TRANSNATIONAL = new Set(['IGO', 'NGO', 'MNC', 'IMG']);

/**
 * CAMEO actor code: the country (ISO3) or transnational slot (IGO, NGO, MNC, IMG), then the sector
 * ("USAGOV", "ARMMIL"). An organisation the knowledge base codes in full keeps its code
 * ("IGOUNO", "NGOHLHIRC"). Without a country the sector alone ("CVL"); without either, null.
 */
export function cameoCode(country: string | null, sector: string | null, known: string | null): string | null {
  if (known !== null) return known;
  if (country !== null && sector !== null && sector !== country) return country + sector;
  if (country !== null) return country;
  return sector;
}

export function isTransnational(country: string | null): boolean {
  return country !== null && TRANSNATIONAL.has(country);
}

/** Display name of a country actor. */
export function countryName(iso3: string): string {
  return countries().byIso3(iso3)?.name ?? iso3;
}

/** Strip a leading determiner from a role or agent phrase ("The head of state" -> "head of state"). */
export function withoutDeterminer(text: string): string {
  return text.replace(/^(?:the|a|an|its|their|his|her)\s+/i, '');
}

/** Confidence of an actor: its best mention, a little more for every further mention. */
export function actorConfidence(a: Actor, mentions: readonly Mention[]): number {
  let best = 0;
  for (const k of a.mentions) best = Math.max(best, mentions[k]!.confidence);
  return Math.round(Math.min(0.98, best + 0.03 * (a.mentions.length - 1)) * 100) / 100;
}
