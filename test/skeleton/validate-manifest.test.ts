/** `npm run validate` works offline against the XSDs, and a broken manifest fails it. */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const SCRIPT = join(ROOT, "scripts", "validate-manifest.js");

function validate(manifest: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "manifest-"));
  mkdirSync(join(dir, "assets"));
  for (const icon of readdirSync(join(ROOT, "assets")))
    copyFileSync(join(ROOT, "assets", icon), join(dir, "assets", icon));
  writeFileSync(join(dir, "manifest.xml"), manifest);
  const run = spawnSync("node", [SCRIPT, join(dir, "manifest.xml")], { encoding: "utf8" });
  return { status: run.status, output: run.stdout + run.stderr };
}

const good = readFileSync(join(ROOT, "manifest.xml"), "utf8");

test("the project's manifest is valid", () => {
  const result = validate(good);
  expect(result.output).toMatch(/is valid/);
  expect(result.status).toBe(0);
});

test.each([
  ["not well-formed", good.replace("</OfficeApp>", "")],
  ["an element the schema does not allow", good.replace("<Permissions>", "<Bogus/><Permissions>")],
  ["permissions out of the schema's list", good.replace("ReadWriteDocument", "EverythingPlease")],
  ["the wrong host", good.replace('<Host Name="Workbook" />', '<Host Name="Document" />')],
  ["read-only permissions", good.replace("ReadWriteDocument", "ReadDocument")],
  [
    "no ExcelApi requirement",
    good.replace('<Set Name="ExcelApi" MinVersion="1.7" />', '<Set Name="DialogApi" MinVersion="1.1" />'),
  ],
  ["no en-US override", good.replace(/<Override Locale="en-US"[^>]*\/>/g, "")],
  ["an icon missing", good.replace(/icon-64\.png/g, "icon-65.png")],
  ["a malformed id", good.replace(/<Id>[^<]*<\/Id>/, "<Id>not-a-guid</Id>")],
])("a manifest with %s fails", (_label, broken) => {
  expect(broken).not.toBe(good);
  const result = validate(broken);
  expect(result.status).not.toBe(0);
  expect(result.output).toMatch(/manifest invalid/);
});
