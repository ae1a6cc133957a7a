import { describe, expect, it } from "vitest";
import { parseUtcTimestamp } from "../src/db/result-parsers.js";

describe("timestamp parsing", () => {
  it("reads PostgreSQL's text form as UTC, exactly as Date does", () => {
    expect(parseUtcTimestamp("2025-01-31 23:59:59.5").toISOString()).toBe("2025-01-31T23:59:59.500Z");
    const forms = ["2025-01-31 12:00:00", "2024-02-29 00:00:00.05", "1999-12-31 07:08:09.123", "2025-01-31 12:00:00.123456", "0001-01-01 00:00:00", "12025-01-31 12:00:00", "infinity"];
    for (const text of forms) expect(parseUtcTimestamp(text).getTime(), text).toBe(new Date(`${text}Z`).getTime());
  });
});
