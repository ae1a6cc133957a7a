/** Validation of free text typed by people: the one place that says which control characters are refused. */

// C0 and C1 control characters, tab and line breaks included: never meaningful in a single-line value.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// The same except tab, line feed and carriage return, which multi-line text (and search text) may hold.
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Length in Unicode code points, so an emoji counts as one character. */
export function codePointLength(value: string): number {
  let length = 0;
  for (const _ of value) length += 1;
  return length;
}

/** Whether `value` holds a control character; with `multiLine`, tabs and line breaks are allowed. */
export function hasControlCharacters(value: string, multiLine = false): boolean {
  return (multiLine ? CONTROL_BUT_LINE_BREAKS : CONTROL).test(value);
}

/** Trims a single-line value and explains what is wrong with it, if anything. */
export function checkSingleLine(value: string | null | undefined, label: string, maxLength: number): { value: string } | { problem: string } {
  if (value === null || value === undefined) return { problem: `${label} is required` };
  const trimmed = value.trim();
  if (trimmed === "") return { problem: `${label} must not be blank` };
  if (codePointLength(trimmed) > maxLength) return { problem: `${label} must be at most ${maxLength} characters` };
  if (hasControlCharacters(trimmed)) return { problem: `${label} must not contain control characters` };
  return { value: trimmed };
}
