import { describe, expect, it } from "vitest";
import { parseUtcTimestamp } from "../src/db/result-parsers.js";

describe("timestamp parsing", () => {
  it("reads PostgreSQL's text form as UTC, exactly as Date does", () => {
    expect(parseUtcTimestamp("2025-01-31 23:59:59.5").toISOString()).toBe("2025-01-31T23:59:59.500Z");
    const forms = ["2025-01-31 12:00:00", "2024-02-29 00:00:00.05", "1999-12-31 07:08:09.123", "2025-01-31 12:00:00.123456", "12025-01-31 12:00:00", "infinity"];
    for (const text of forms) expect(parseUtcTimestamp(text).getTime(), text).toBe(new Date(`${text}Z`).getTime());
  });

  it("reads years before 100 as themselves, not as 19xx (as Date's parser and Date.UTC would)", () => {
    expect(parseUtcTimestamp("0001-01-01 00:00:00").toISOString()).toBe("0001-01-01T00:00:00.000Z");
    expect(parseUtcTimestamp("0050-06-15 12:34:56.789").toISOString()).toBe("0050-06-15T12:34:56.789Z");
    expect(parseUtcTimestamp("0096-02-29 23:59:59.9").toISOString()).toBe("0096-02-29T23:59:59.900Z");
  });
});
