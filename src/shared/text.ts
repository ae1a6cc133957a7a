/** Validation of free text typed by people. */

// C0/C1 control characters (tab and newline included): never meaningful in a single-line value.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Length in Unicode code points, so an emoji counts as one character. */
export function codePointLength(value: string): number {
  let length = 0;
  for (const _ of value) length += 1;
  return length;
}

/** Trims a single-line value and explains what is wrong with it, if anything. */
export function checkSingleLine(value: string | null | undefined, label: string, maxLength: number): { value: string } | { problem: string } {
  if (value === null || value === undefined) return { problem: `${label} is required` };
  const trimmed = value.trim();
  if (trimmed === "") return { problem: `${label} must not be blank` };
  if (codePointLength(trimmed) > maxLength) return { problem: `${label} must be at most ${maxLength} characters` };
  if (CONTROL.test(trimmed)) return { problem: `${label} must not contain control characters` };
  return { value: trimmed };
}
