// Latent actors (countries named only as places, see ActorLayer): the ones the events name become
// actors after all the others; the rest are dropped. Event actor indices are remapped in place.
import type { Event } from '../events/types.js';
import type { ActorLayer } from './types.js';
import { int32sOf } from '../slab.js';

/** Move the latent actors that events name into the layer's actors; returns the new layer. */
export function keepLatent(layer: ActorLayer, events: Event[]): ActorLayer {
  const latent = layer.latent;
  if (latent === undefined || latent.length === 0 || layer.placeActorOf === undefined) return layer;
  const n = layer.actors.length;
  const remap = int32sOf(latent.length, -1);
  const actors = layer.actors.slice();
  const actorOf = layer.actorOf.slice();
  const take = (a: number): number => {
    if (a < n) return a;
    const k = a - n;
    if (remap[k]! < 0) {
      remap[k] = actors.length;
      const actor = latent[k]!;
      actors.push(actor);
      for (const m of actor.mentions) actorOf[m] = remap[k]!;
    }
    return remap[k]!;
  };
  let used = false;
  for (const e of events) {
    for (const a of e.source) if (a >= n) used = true;
    for (const a of e.target) if (a >= n) used = true;
  }
  if (!used) return { actors: layer.actors, actorOf: layer.actorOf };
  for (const e of events) {
    e.source = e.source.map(take);
    e.target = e.target.map(take);
  }
  return { actors, actorOf };
}
