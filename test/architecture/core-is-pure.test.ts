/**
 * src/core imports nothing from office.js, exceljs, React, Fluent UI, Node's I/O or the DOM.
 * The ESLint rule enforces it; this test proves the rule fires by linting probe files placed in src/core.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const ROOT = join(__dirname, "..", "..");
const CORE = join(ROOT, "src", "core");

const PROBES: Array<[string, string]> = [
  ["exceljs", `import ExcelJS from "exceljs";\nexport const probe = ExcelJS;\n`],
  ["react", `import { useState } from "react";\nexport const probe = useState;\n`],
  ["fluent", `import { Button } from "@fluentui/react-components";\nexport const probe = Button;\n`],
  ["office-js global", `export const probe = (): unknown => Excel.run;\n`],
  ["Office global", `export const probe = (): unknown => Office.context;\n`],
  ["DOM", `export const probe = (): unknown => document.title;\n`],
  ["node fs", `import { readFileSync } from "node:fs";\nexport const probe = readFileSync;\n`],
  ["an adapter", `import { XlsxWorkbook } from "../xlsx/xlsx-workbook";\nexport const probe = XlsxWorkbook;\n`],
];

const RULES = new Set(["no-restricted-imports", "no-restricted-globals"]);

interface LintResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; message: string }>;
}

/** Runs the project's own eslint CLI (its config is ESM, which jest's VM cannot import) on probe files. */
function lint(files: Record<string, string>): Map<string, LintResult["messages"]> {
  for (const [file, code] of Object.entries(files)) writeFileSync(file, code);
  try {
    const run = spawnSync(join(ROOT, "node_modules", ".bin", "eslint"), ["--format", "json", ...Object.keys(files)], {
      cwd: ROOT,
      encoding: "utf8",
    });
    const results = JSON.parse(run.stdout) as LintResult[];
    return new Map(results.map((r) => [r.filePath, r.messages.filter((m) => RULES.has(m.ruleId ?? ""))]));
  } finally {
    for (const file of Object.keys(files)) rmSync(file, { force: true });
  }
}

describe("the lint rule keeps src/core pure", () => {
  const probeFile = (name: string): string => join(CORE, `lint-probe-${name.replace(/\W+/g, "-")}.ts`);
  const outside = join(ROOT, "src", "xlsx", "lint-probe-outside.ts");
  let messages: Map<string, LintResult["messages"]>;

  beforeAll(() => {
    const files: Record<string, string> = { [outside]: PROBES[0]![1] };
    for (const [name, code] of PROBES) files[probeFile(name)] = code;
    messages = lint(files);
  }, 120_000);

  test.each(PROBES)("importing %s into src/core is an error", (name) => {
    const hits = messages.get(probeFile(name)) ?? [];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.message).toMatch(/src\/core/);
  });

  test("the same code outside src/core is not caught by the purity rule", () => {
    expect(messages.get(outside)).toEqual([]);
  });

  test("no file in src/core imports a host, a UI or I/O today", () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith(".ts")) files.push(path);
      }
    };
    walk(CORE);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const imports = [...readFileSync(file, "utf8").matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);
      for (const spec of imports) expect(spec.startsWith(".")).toBe(true);
    }
  });
});
