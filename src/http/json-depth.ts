/** How deep parsed JSON nests, checked without recursion so that the check itself cannot overflow the stack. */

/** Whether `value` nests arrays and objects more than `max` levels deep (a top-level object is one level). */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, depth] = next;
    if (typeof item !== "object" || item === null) continue;
    if (depth > max) return true;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}
