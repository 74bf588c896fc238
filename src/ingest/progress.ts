// A one-line progress bar on a terminal (stderr): share of input bytes read, stories/s, ETA.
export class Progress {
  private last = 0;
  private readonly started = Date.now();
  private shown = false;

  constructor(
    private readonly totalBytes: number,
    private readonly out: NodeJS.WriteStream | null,
  ) {}

  update(bytesDone: number, stories: number, force = false): void {
    if (this.out === null) return;
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const secs = Math.max((now - this.started) / 1000, 1e-3);
    const frac = this.totalBytes > 0 ? Math.min(bytesDone / this.totalBytes, 1) : 0;
    const width = 28;
    const fill = Math.round(frac * width);
    const eta = frac > 0.001 ? (secs / frac) * (1 - frac) : NaN;
    const line =
      `[${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${(frac * 100).toFixed(0).padStart(3)}%  ` +
      `${stories} stories  ${(stories / secs).toFixed(0)}/s  ETA ${formatSeconds(eta)}`;
    this.out.write(`\r${line}\u001b[K`);
    this.shown = true;
  }

  done(): void {
    if (this.out !== null && this.shown) this.out.write('\r\u001b[K');
  }
}

export function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '--:--';
  const t = Math.round(s);
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const sec = t % 60;
  return `${h > 0 ? `${h}:${String(m).padStart(2, '0')}` : String(m)}:${String(sec).padStart(2, '0')}`;
}
