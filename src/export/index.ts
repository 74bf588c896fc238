// `readout export`: stream the store in one of the formats users already load.
import type { Writable } from 'node:stream';
import type { EventStore } from '../store/types.js';
import { csvHeader, csvLine, gdeltLine, phoenixLine, ploverLine } from './formats.js';
import { Sink } from './sink.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'gdelt', 'plover', 'phoenix'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Write every row of the store in `format` to `out`; returns the number of lines written. */
export async function exportStore(store: EventStore, format: ExportFormat, out: Writable): Promise<number> {
  const sink = new Sink(out);
  switch (format) {
    case 'jsonl':
      for await (const r of store.iterate('readouts')) await sink.line(String(r.readout));
      break;
    case 'csv':
      await sink.line(csvHeader());
      for await (const r of store.iterate('mentions')) await sink.line(csvLine(r));
      break;
    case 'gdelt':
      for await (const r of store.iterate('events')) await sink.line(gdeltLine(r));
      break;
    case 'phoenix':
      for await (const r of store.iterate('events')) await sink.line(phoenixLine(r));
      break;
    case 'plover':
      for await (const r of store.iterate('events')) {
        const line = ploverLine(r);
        if (line !== null) await sink.line(line);
      }
      break;
  }
  await sink.flush();
  return sink.rows;
}
