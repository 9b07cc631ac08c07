/** Generated indicator sheets for the benchmark: long tables and multi-year blocks. */
const ExcelJS = require("exceljs");

function figures(i) {
  const target = 100 + (i % 900);
  return { target, actual: Math.round(target * (0.8 + ((i * 7919) % 400) / 1000)) };
}

async function longSheet(n) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("績效");
  sheet.addRow(["年度績效目標", "衡量指標", "單位", "原定目標值", "實際值", "達成度", "備註"]);
  for (let i = 0; i < n; i++) {
    const { target, actual } = figures(i);
    sheet.addRow([`目標 ${i % 50}`, `指標 ${i + 1}`, "件", target, actual, Math.round((actual / target) * 10000) / 10000, ""]).getCell(6).numFmt =
      "0.00%";
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** n blocks in the kpi-report-107 layout, each with `periods` ROC years. */
async function multiYearSheet(n, periods) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("關鍵績效指標");
  const years = Array.from({ length: periods }, (_, k) => `${100 + k} 年度`);
  for (let i = 0; i < n; i++) {
    sheet.addRow([`關鍵績效指標 ${i + 1}：指標 ${i + 1}`]);
    sheet.addRow(["項目", ...years]);
    const rows = years.map((_, k) => figures(i * periods + k));
    sheet.addRow(["原訂目標值", ...rows.map((r) => `${r.target.toLocaleString("en-US")} 人`)]);
    sheet.addRow(["實際值", ...rows.map((r) => `${r.actual.toLocaleString("en-US")} 人`)]);
    sheet.addRow(["達成度", ...rows.map((r) => `${((r.actual / r.target) * 100).toFixed(2)}%`)]);
    sheet.addRow([]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

module.exports = { longSheet, multiYearSheet, figures };
