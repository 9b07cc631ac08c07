/** Set by office-double.webpack.js: every `enum` block of @types/office-js, as its text. */
declare const OFFICE_JS_ENUMS: string;

/** In the page: the enums of the API reference's typed copy, taken when the double was bundled. */
export function officeTypesSource(): string {
  return OFFICE_JS_ENUMS;
}
