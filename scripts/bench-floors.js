/**
 * What the file format allows, measured on this machine, to print beside each figure of bench.js:
 * - Node's start (`node -e 0`), which every command pays;
 * - read floor: inflate every part of the .xlsx with zlib and scan the sheet XML once (count the
 *   cells); no values are decoded, so no reader can do less;
 * - write floor: the report sheet's XML for n rows written as strings (column formulas shared, as
 *   the report writes them) and deflated with zlib, the input's parts deflated again beside it.
 */
const { spawnSync } = require("node:child_process");
const { readFileSync } = require("node:fs");
const { deflateRawSync, inflateRawSync } = require("node:zlib");
const path = require("node:path");

const { zipEntries } = require(path.join(__dirname, "..", "dist", "bench", "src", "xlsx", "fast", "zip-entries"));

function ms(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Median of three, so one scheduling hiccup on a shared machine does not set the floor. */
function median3(fn) {
  const runs = [fn(), fn(), fn()].sort((a, b) => a - b);
  return runs[1];
}

function nodeStartMs() {
  return median3(() => ms(() => spawnSync(process.execPath, ["-e", "0"])));
}

function countCells(xml) {
  let count = 0;
  for (let at = xml.indexOf("<c "); at >= 0; at = xml.indexOf("<c ", at + 3)) count++;
  return count;
}

function readFloorMs(file) {
  return median3(() =>
    ms(() => {
      const zip = zipEntries(readFileSync(file), { inflateRaw: (d) => inflateRawSync(d) });
      let cells = 0;
      for (const { name } of zip.list()) {
        const text = zip.text(name) ?? "";
        if (name.startsWith("xl/worksheets/")) cells += countCells(text);
      }
      if (cells === 0) throw new Error(`no cells in ${file}`);
    }),
  );
}

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** A report sheet of n rows: 5 values and 5 formula columns, the formulas shared down each column. */
function reportSheetXml(n) {
  const rows = [];
  const formulas = ['IF(AND(ISNUMBER(D2),ISNUMBER(E2)),IF(D2>0,E2/D2,""),"")', 'IF(ISNUMBER(F2),IF(F2>=1,"★",IF(F2>=0.9,"▲","●")),"□")', 'IF(ISNUMBER(F2),F2<1,FALSE)', "E2-D2", 'IF(ISNUMBER(F2),ROUND(F2,4),"")'];
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    const cells = [
      `<c r="A${r}" t="inlineStr"><is><t>${escape(`指標 ${i + 1}`)}</t></is></c>`,
      `<c r="B${r}" t="inlineStr"><is><t>件</t></is></c>`,
      `<c r="C${r}" t="inlineStr"><is><t>↑</t></is></c>`,
      `<c r="D${r}"><v>${100 + (i % 900)}</v></c>`,
      `<c r="E${r}"><v>${90 + (i % 950)}</v></c>`,
    ];
    formulas.forEach((f, k) => {
      const col = String.fromCharCode(70 + k);
      cells.push(i === 0 ? `<c r="${col}${r}" s="1"><f t="shared" ref="${col}2:${col}${n + 1}" si="${k}">${escape(f)}</f></c>` : `<c r="${col}${r}" s="1"><f t="shared" si="${k}"/></c>`);
    });
    rows.push(`<row r="${r}">${cells.join("")}</row>`);
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`;
}

function writeFloorMs(file, n) {
  return median3(() =>
    ms(() => {
      const zip = zipEntries(readFileSync(file), { inflateRaw: (d) => inflateRawSync(d) });
      for (const { name } of zip.list()) deflateRawSync(zip.bytes(name) ?? new Uint8Array(0));
      deflateRawSync(Buffer.from(reportSheetXml(n)));
    }),
  );
}

module.exports = { nodeStartMs, readFloorMs, writeFloorMs };
