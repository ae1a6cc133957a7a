import { describe, expect, it } from "vitest";
import { checkSingleLine, hasControlCharacters } from "../src/shared/text.js";

describe("control characters", () => {
  it("refuses every C0 and C1 control character in a single-line value, tab and line breaks included", () => {
    for (const c of ["\u0000", "\t", "\n", "\r", "\u001f", "\u007f", "\u0085", "\u009f"]) {
      expect(hasControlCharacters(`a${c}b`), JSON.stringify(c)).toBe(true);
      expect(checkSingleLine(`a${c}b`, "name", 10)).toEqual({ problem: "name must not contain control characters" });
    }
  });

  it("allows tab and line breaks, and nothing else of them, in multi-line text", () => {
    for (const c of ["\t", "\n", "\r"]) expect(hasControlCharacters(`a${c}b`, true), JSON.stringify(c)).toBe(false);
    for (const c of ["\u0000", "\u000b", "\u000c", "\u001f", "\u007f", "\u0085", "\u009f"]) expect(hasControlCharacters(`a${c}b`, true), JSON.stringify(c)).toBe(true);
  });

  it("lets ordinary text through", () => {
    expect(hasControlCharacters("Grüezi 😀 — «ok»")).toBe(false);
    expect(checkSingleLine("  Ada  ", "name", 10)).toEqual({ value: "Ada" });
  });
});
