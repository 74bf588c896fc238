// A plain text table for terminals: columns sized to their content, long cells cut with an ellipsis.
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], maxWidth: readonly number[]): string {
  const width = header.map((h, i) => Math.min(maxWidth[i] ?? 40, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))));
  const cut = (s: string, w: number): string => (s.length > w ? `${s.slice(0, Math.max(w - 1, 0))}\u2026` : s.padEnd(w));
  const line = (r: readonly string[]): string =>
    r
      .map((c, i) => cut(c.replace(/\s+/g, ' '), width[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), width.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
