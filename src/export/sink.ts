// Buffered writing to a stream with backpressure: rows are produced one at a time from a database
// cursor and the buffer is bounded, so an export runs in constant memory.
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export class Sink {
  private buf: string[] = [];
  private size = 0;
  rows = 0;

  constructor(
    private readonly out: Writable,
    private readonly limit = 1 << 16,
  ) {}

  /** Queue one line (without its newline); resolves at once unless the stream needs draining. */
  async line(s: string): Promise<void> {
    this.buf.push(s, '\n');
    this.size += s.length + 1;
    this.rows++;
    if (this.size >= this.limit) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = this.buf.join('');
    this.buf = [];
    this.size = 0;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }
}

/** A value for a tab-separated cell: empty for null, tabs and line breaks turned into spaces. */
export function tsvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : String(v);
  return /[\t\r\n]/.test(s) ? s.replace(/[\t\r\n]+/g, ' ') : s;
}

/** A value for a CSV cell (RFC 4180 quoting). */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Exit quietly when the reader of standard output goes away (`readout export ... | head`). */
export function quietOnBrokenPipe(out: NodeJS.WriteStream = process.stdout): void {
  out.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}
