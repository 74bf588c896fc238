// Worker thread: codes stories and turns each readout into flat rows (the main thread only writes).
import { parentPort, workerData } from 'node:worker_threads';
import { code } from '../readout.js';
import type { StoryInput } from '../source/types.js';
import { storyRows } from './rows.js';

export interface WorkRequest {
  seq: number;
  what: string;
  story: StoryInput;
}

export type WorkResult =
  | { seq: number; what: string; rows: import('../store/types.js').StoryRows }
  | { seq: number; what: string; reason: string };

const date = (workerData as { date: string | null } | null)?.date ?? null;

parentPort?.on('message', (batch: WorkRequest[]) => {
  const out: WorkResult[] = [];
  for (const req of batch) {
    try {
      const r = code(req.story, { date });
      out.push({ seq: req.seq, what: req.what, rows: storyRows(r, req.story.text, req.what) });
    } catch (err) {
      out.push({ seq: req.seq, what: req.what, reason: `the coder failed (${(err as Error).message?.split('\n')[0] ?? String(err)})` });
    }
  }
  parentPort!.postMessage(out);
});
