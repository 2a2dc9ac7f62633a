import { describe, expect, it } from "vitest";
import { type Diagnostic, summaryLine } from "../../src/scenario/diagnostics.js";

const problem = (file: string, severity: Diagnostic["severity"] = "error"): Diagnostic =>
  ({ file, line: 1, col: 1, severity, rule: "test", message: "m" }) as Diagnostic;

describe("the validate summary line", () => {
  it("says no problems when there are none", () => {
    expect(summaryLine([], ["a.yaml", "b.yaml"])).toBe("2 files, no problems");
  });

  it("counts errors and warnings in the files that hold them", () => {
    const line = summaryLine(
      [problem("a.yaml"), problem("a.yaml"), problem("b.yaml", "warning")],
      ["a.yaml", "b.yaml", "c.yaml"],
    );
    expect(line).toBe("2 errors, 1 warning in 2 files (3 files checked)");
  });

  it("counts a path that could not be read apart from the files checked", () => {
    // A link to nowhere is reported, but was never read as a file.
    const line = summaryLine([problem("a.yaml"), problem("gone.yaml")], ["a.yaml", "b.yaml"]);
    expect(line).toBe("2 errors in 2 files (2 files checked, 1 path could not be read)");
  });
});
