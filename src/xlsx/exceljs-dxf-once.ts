/**
 * exceljs writes one differential style (dxf) per conditional-format rule, so 5,000 "below target"
 * rules made 5,000 identical styles in styles.xml. This makes its styles writer give an equal
 * style the dxf it already has. Node only: it reaches into exceljs's lib/ files, which the
 * browser build (exceljs's prebundled dist) does not use.
 */
interface StylesWriter {
  model: { dxfs: unknown[] };
  addDxfStyle: (this: StylesWriter, style: unknown) => number;
}

const seenOf = new WeakMap<unknown[], Map<string, number>>();
let patched = false;

export function writeEachDxfOnce(): void {
  if (patched) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- exceljs's internal module, no types
  const StylesXform = require("exceljs/lib/xlsx/xform/style/styles-xform") as { prototype: StylesWriter };
  const add = StylesXform.prototype.addDxfStyle;
  StylesXform.prototype.addDxfStyle = function addDxfStyleOnce(this: StylesWriter, style: unknown): number {
    const key = JSON.stringify(style);
    let seen = seenOf.get(this.model.dxfs);
    if (seen === undefined) {
      seen = new Map();
      seenOf.set(this.model.dxfs, seen);
    }
    const known = seen.get(key);
    if (known !== undefined) return known;
    const id = add.call(this, style);
    seen.set(key, id);
    return id;
  };
  patched = true;
}
