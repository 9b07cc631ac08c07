import { readFileSync } from "node:fs";

/**
 * The typed copy of the API reference (@types/office-js), whose enums the double checks values
 * against. The double's browser bundle gets only the enums instead (office-types-source.browser.ts).
 */
export function officeTypesSource(): string {
  return readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
}
