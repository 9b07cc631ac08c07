#!/usr/bin/env node
/**
 * Offline manifest validation: `office-addin-manifest validate` posts the manifest to an online
 * service these machines cannot reach, so the manifest is checked against the published XSDs
 * (copied into manifest-schema/) with xmllint, plus the rules the schema cannot express.
 */
const { execFileSync } = require("node:child_process");
const { readFileSync, existsSync } = require("node:fs");
const path = require("node:path");

const file = process.argv[2] ?? "manifest.xml";
const schema = path.join(__dirname, "..", "manifest-schema", "OfficeAppManifestV1_1.xsd");

function fail(message) {
  console.error(`manifest invalid: ${message}`);
  process.exit(1);
}

if (!existsSync(file)) fail(`${file} does not exist`);
try {
  execFileSync("xmllint", ["--noout", "--nonet", "--schema", schema, file], { stdio: ["ignore", "pipe", "pipe"] });
} catch (error) {
  if (error.code === "ENOENT") fail("xmllint is not installed (Debian package libxml2-utils)");
  fail(`${file} does not match the XSD:\n${String(error.stderr)}`);
}

const xml = readFileSync(file, "utf8");
const rules = [
  [/<Host Name="Workbook"\s*\/>/, "the host must be Excel (<Host Name=\"Workbook\"/>)"],
  [/<Permissions>ReadWriteDocument<\/Permissions>/, "permissions must be ReadWriteDocument"],
  [/<Set Name="ExcelApi" MinVersion="1\.\d+"/, "a Requirements set for ExcelApi is needed"],
  [/<OfficeTab id="TabHome">/, "the button belongs on the Home tab"],
  [/<Action xsi:type="ShowTaskpane">/, "the button must open the task pane"],
  [/<Override Locale="en-US"/, "an en-US override for the display name and description is needed"],
];
for (const [pattern, message] of rules) if (!pattern.test(xml)) fail(message);
for (const size of [16, 32, 64, 80]) {
  if (!xml.includes(`icon-${size}.png`)) fail(`icon-${size}.png is not referenced`);
  if (!existsSync(path.join(path.dirname(file), "assets", `icon-${size}.png`))) fail(`assets/icon-${size}.png is missing`);
}
console.log(`${file} is valid (XSD and add-in rules).`);
