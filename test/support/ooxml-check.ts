/**
 * Checks an output package against the ECMA-376 Transitional schemas (../shared/ooxml-schema) with
 * xmllint, the way a consumer that does not know Office's extensions reads it: markup
 * compatibility first (ECMA-376 Part 3: attributes and elements of the namespaces named in
 * mc:Ignorable dropped, mc:AlternateContent resolved to its mc:Fallback), then the schema.
 *
 * Only the parts the product wrote or changed are checked (a part whose bytes are those of the
 * input is the user's, kept); VML has no schema and is checked for well-formedness.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { zipEntries } from "../../src/xlsx/fast/zip-entries";
import {
  elementChildren,
  localName,
  namespaceOf,
  namespaceOfPrefix,
  parseXmlDocument,
  serializeDocument,
  type XmlElement,
  type XmlNode,
} from "../../src/xlsx/direct/xml-dom";
import { NODE_CODEC } from "../../src/xlsx/read-file";

export const SCHEMA_DIR = join(__dirname, "..", "..", "..", "shared", "ooxml-schema");
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** The parts of a package, inflated. */
export function packageParts(bytes: Uint8Array): Map<string, Uint8Array> {
  const zip = zipEntries(bytes, NODE_CODEC);
  return new Map(zip.list().map(({ name }) => [name, zip.bytes(name) ?? new Uint8Array(0)]));
}

/** The schema a part is validated with; "wellformed" for VML; null for parts with no schema here. */
export function schemaOf(part: string): string | null {
  if (part === "[Content_Types].xml") return "opc-xsd/opc-contentTypes.xsd";
  if (part.endsWith(".rels")) return "opc-xsd/opc-relationships.xsd";
  if (part.endsWith(".vml")) return "wellformed";
  if (/^[^/]+\/(workbook|styles|sharedStrings)\.xml$/.test(part)) return "sml.xsd";
  if (/^[^/]+\/(worksheets\/[^/]+|comments[^/]*|tables\/[^/]+)\.xml$/.test(part)) return "sml.xsd";
  if (/^[^/]+\/charts\/chart[^/]*\.xml$/.test(part)) return "dml-chart.xsd";
  if (/^[^/]+\/drawings\/[^/]+\.xml$/.test(part)) return "dml-spreadsheetDrawing.xsd";
  if (part === "docProps/app.xml") return "shared-documentPropertiesExtended.xsd";
  return null;
}

/** Markup compatibility applied: what a Transitional-only consumer sees of a part. */
export function compatible(xml: string): string {
  const doc = parseXmlDocument(xml);
  const walk = (element: XmlElement, inherited: ReadonlySet<string>): void => {
    const ignored = new Set(inherited);
    for (const [name, value] of Object.entries(element.attributes)) {
      const colon = name.indexOf(":");
      if (colon < 0 || name.slice(colon + 1) !== "Ignorable") continue;
      if (namespaceOfPrefix(element, name.slice(0, colon)) !== MC) continue;
      for (const prefix of value.split(/\s+/).filter(Boolean)) {
        const ns = namespaceOfPrefix(element, prefix);
        if (ns !== null) ignored.add(ns);
      }
    }
    for (const name of Object.keys(element.attributes)) {
      if (name === "xmlns" || name.startsWith("xmlns:") || !name.includes(":")) continue;
      const ns = namespaceOfPrefix(element, name.slice(0, name.indexOf(":")));
      if (ns === MC || (ns !== null && ignored.has(ns))) Reflect.deleteProperty(element.attributes, name);
    }
    // An <ext>'s content is a lax wildcard in the schema, known to the application that wrote it:
    // left as written (dropping its ignorable elements would leave an <ext> the schema calls empty).
    if (localName(element) === "ext") return;
    const next: XmlNode[] = [];
    for (const child of element.children) {
      if (child.kind !== "element") {
        next.push(child);
        continue;
      }
      const ns = namespaceOf(child);
      if (ns === MC && localName(child) === "AlternateContent") {
        const fallback = elementChildren(child).find((c) => localName(c) === "Fallback");
        for (const inner of fallback?.children ?? []) {
          if (inner.kind === "element") inner.parent = element;
          next.push(inner);
        }
        continue;
      }
      if (ns !== null && ignored.has(ns)) continue;
      next.push(child);
    }
    element.children.splice(0, element.children.length, ...next);
    for (const child of elementChildren(element)) walk(child, ignored);
  };
  walk(doc.root, new Set());
  return serializeDocument(doc);
}

export interface SchemaError {
  readonly part: string;
  readonly message: string;
}

/**
 * Validates the parts of `output` that are not byte for byte parts of `input` (all of them without
 * an input). Returns the errors and the parts checked.
 */
export function validatePackage(
  output: Uint8Array,
  input: Uint8Array | null,
  label = "out",
): { errors: SchemaError[]; checked: string[] } {
  return validatePackages([{ output, input, label }]);
}

/** One output to check: its bytes, the package it was written from (its unchanged parts are skipped), a label. */
export interface PackageToCheck {
  readonly output: Uint8Array;
  readonly input: Uint8Array | null;
  readonly label: string;
}

/**
 * validatePackage over many outputs at once: one xmllint per schema for all of them (xmllint
 * parses sml.xsd once a run, most of a small part's check), so a corpus of thousands of outputs
 * is checked in seconds rather than minutes. `checked` lists label:part.
 */
export function validatePackages(items: readonly PackageToCheck[]): { errors: SchemaError[]; checked: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "schema-"));
  const bySchema = new Map<string, string[]>();
  const where = new Map<string, string>();
  const checked: string[] = [];
  const errors: SchemaError[] = [];
  try {
    items.forEach(({ output, input, label }, n) => {
      const before = input === null ? new Map<string, Uint8Array>() : packageParts(input);
      for (const [part, bytes] of packageParts(output)) {
        const old = before.get(part);
        if (old !== undefined && Buffer.from(old).equals(Buffer.from(bytes))) continue;
        const schema = schemaOf(part);
        if (schema === null) continue;
        checked.push(items.length === 1 ? part : `${label}:${part}`);
        const text = new TextDecoder().decode(bytes);
        let prepared: string;
        try {
          prepared = schema === "wellformed" ? text : compatible(text);
        } catch (error) {
          errors.push({
            part: `${label}:${part}`,
            message: `not well-formed: ${error instanceof Error ? error.message : String(error)}`,
          });
          continue;
        }
        const file = join(dir, String(n), part.replace(/[[\]]/g, "_"));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, prepared);
        where.set(file, `${label}:${part}`);
        const list = bySchema.get(schema) ?? [];
        list.push(file);
        bySchema.set(schema, list);
      }
    });
    for (const [schema, files] of bySchema) {
      const args =
        schema === "wellformed" ? ["--noout", ...files] : ["--noout", "--schema", join(SCHEMA_DIR, schema), ...files];
      let stderr = "";
      try {
        execFileSync("xmllint", args, { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 28 });
      } catch (error) {
        stderr = String((error as { stderr?: Buffer }).stderr ?? "");
      }
      for (const line of stderr.split("\n")) {
        if (line.trim() === "" || / validates$/.test(line) || / fails to validate$/.test(line)) continue;
        // The longest file name the line starts with (…/sheet1.xml is a prefix of …/sheet10.xml's lines).
        const file = files.filter((f) => line.startsWith(f)).sort((x, y) => y.length - x.length)[0];
        if (knownExcelQuirk(line)) continue;
        errors.push({
          part: file === undefined ? "?" : (where.get(file) ?? "?"),
          message: line.slice(file?.length ?? 0),
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { errors, checked };
}

/**
 * What the Transitional schema flags though Excel itself writes it and reads it (the schema
 * folder's README): xml:space="preserve" on a text element <t> (sml.xsd's CT_Xstring declares no
 * attributes; Excel writes it on every text with leading or trailing spaces), and on a cell's cached
 * value <v> (as Excel keeps "12 346 " in sheetjs/number_format_russian.xlsm: a user's sheetData,
 * which the writer keeps byte for byte and never writes so itself).
 */
function knownExcelQuirk(line: string): boolean {
  return /element [tv]: .*attribute '\{http:\/\/www\.w3\.org\/XML\/1998\/namespace\}space'/.test(line);
}
