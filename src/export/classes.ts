// Derived per-root facts the exports need: the Phoenix "penta" QuadClass (0 neutral statements and
// appeals, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict),
// as used by the Phoenix pipeline's quad conversion.
const PENTA_BY_ROOT: Readonly<Record<string, number>> = {
  '01': 0, '02': 0, '03': 1, '04': 1, '05': 1, '06': 2, '07': 2, '08': 2, '09': 3, '10': 3,
  '11': 3, '12': 3, '13': 3, '14': 4, '15': 4, '16': 3, '17': 4, '18': 4, '19': 4, '20': 4,
};

export function pentaClass(root: string): number | null {
  return PENTA_BY_ROOT[root] ?? null;
}
