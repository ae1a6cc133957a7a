/**
 * Field-by-field validation of a mutation's `input` that stops at the first problem, which becomes
 * the typed `InvalidInput` naming that field. Checks return the cleaned value (or a placeholder once
 * something failed: callers look at `error` before using any value).
 */
import { checkSingleLine } from "./text.js";
import { InvalidInput } from "./user-errors.js";

export class InputCheck {
  private firstProblem: InvalidInput | undefined;

  /** The first problem found, if any. */
  get error(): InvalidInput | undefined {
    return this.firstProblem;
  }

  /** Records a problem with `input.<field>` unless an earlier field already failed. */
  fail(field: string, message: string): void {
    this.firstProblem ??= InvalidInput.at(["input", field], message);
  }

  /** A required single-line text, trimmed. */
  text(field: string, value: string | null | undefined, maxLength: number): string {
    const checked = checkSingleLine(value, field, maxLength);
    if ("problem" in checked) {
      this.fail(field, checked.problem);
      return "";
    }
    return checked.value;
  }

  /** A required text on create; on update `undefined` keeps the stored value, null is refused. */
  changedText(field: string, value: string | null | undefined, maxLength: number): string | undefined {
    return value === undefined ? undefined : this.text(field, value, maxLength);
  }

  /** An optional text: `undefined` stays unchanged, null or blank clears it (null). */
  optionalText(field: string, value: string | null | undefined, maxLength: number): string | null | undefined {
    if (value === undefined) return undefined;
    if (value === null || value.trim() === "") return null;
    return this.text(field, value, maxLength);
  }
}
