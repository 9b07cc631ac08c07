import { addressOf, parseAddress, type ChartPlan, type ChartSeriesPlan, type SheetPlan } from "../core";
import type { ExcelHost } from "./excel-host";

/**
 * What the host can draw (learn.microsoft.com/javascript/api/excel/excel.chartseriescollection):
 * series from given ranges (series.add, setValues, setXAxisValues, chartType, lineStyle, markerStyle)
 * need ExcelApi 1.7; plotting hidden cells (chart.plotVisibleOnly) and an axis number format need
 * 1.8. Without 1.7 no chart is drawn (Excel 2016 without updates): the report is complete without.
 */
export interface ChartSupport {
  readonly seriesByRange: boolean;
  readonly hiddenCells: boolean;
}

export function chartSupport(host: ExcelHost): ChartSupport {
  return { seriesByRange: host.isSetSupported("ExcelApi", "1.7"), hiddenCells: host.isSetSupported("ExcelApi", "1.8") };
}

/** Whether a chart reads any of the sheet's hidden columns (the achievement chart's helper block). */
function readsHidden(chart: ChartPlan, hidden: readonly number[]): boolean {
  const ranges = [chart.categories.range, ...chart.series.map((s) => s.values)];
  return ranges.some((range) =>
    range.split(":").some((cell) => {
      const at = parseAddress(cell);
      return at !== null && hidden.includes(at.col);
    }),
  );
}

/** The charts this host can draw as planned; a chart over hidden cells needs 1.8, or it would be empty. */
export function drawableCharts(plan: SheetPlan, support: ChartSupport): ChartPlan[] {
  if (!support.seriesByRange) return [];
  return (plan.charts ?? []).filter((c) => support.hiddenCells || !readsHidden(c, plan.hiddenColumns ?? []));
}

function styleSeries(series: Excel.ChartSeries, plan: ChartSeriesPlan, chart: ChartPlan): void {
  const color = `#${plan.color}`;
  if (plan.as === "bar") {
    series.format.fill.setSolidColor(color);
    (plan.pointColors ?? []).forEach((point, i) => {
      if (point !== null) series.points.getItemAt(i).format.fill.setSolidColor(`#${point}`);
    });
    if (plan.labels !== undefined) {
      series.hasDataLabels = true;
      series.dataLabels.showValue = true;
    }
    return;
  }
  if (chart.kind === "bar") series.chartType = "Line";
  series.format.line.color = color;
  series.format.line.lineStyle = plan.dashed ? "Dash" : "Continuous";
  // Reference lines carry no markers; a trend marks each period.
  series.markerStyle = chart.kind === "bar" ? "None" : "Circle";
}

/** Queues the charts on a sheet (no load, no sync): the caller's next sync draws them. */
export function queueCharts(sheet: Excel.Worksheet, charts: readonly ChartPlan[], support: ChartSupport): number {
  for (const chart of charts) {
    const [first, ...rest] = chart.series;
    if (first === undefined) continue;
    const categories = (): Excel.Range => sheet.getRange(chart.categories.range);
    const added = sheet.charts.add(
      chart.kind === "bar" ? (chart.horizontal ? "BarClustered" : "ColumnClustered") : "LineMarkers",
      sheet.getRange(first.values),
      "Columns",
    );
    const { fromRow, fromCol, toRow, toCol } = chart.anchor;
    added.setPosition(addressOf(fromRow, fromCol), addressOf(toRow - 1, toCol - 1));
    added.title.text = chart.title;
    added.legend.position = "Bottom";
    if (support.hiddenCells) added.plotVisibleOnly = false;
    const head = added.series.getItemAt(0);
    head.name = first.name;
    head.setValues(sheet.getRange(first.values));
    head.setXAxisValues(categories());
    styleSeries(head, first, chart);
    let ownAxes = false;
    for (const plan of rest) {
      const series = added.series.add(plan.name);
      series.setValues(sheet.getRange(plan.values));
      // A reference line on the secondary axes (ExcelApi 1.8), hidden, with the same scale.
      series.setXAxisValues(categories());
      if (plan.ownAxis && support.hiddenCells) {
        series.axisGroup = "Secondary";
        ownAxes = true;
      }
      styleSeries(series, plan, chart);
    }
    if (ownAxes) {
      const secondary = added.axes.getItem("Value", "Secondary");
      if (chart.valueAxis.minimum !== undefined) secondary.minimum = chart.valueAxis.minimum;
      if (chart.valueAxis.maximum !== undefined) secondary.maximum = chart.valueAxis.maximum;
      secondary.visible = false;
      added.axes.getItem("Category", "Secondary").visible = false;
    }
    const valueAxis = added.axes.valueAxis;
    valueAxis.title.text = chart.valueAxis.title;
    if (chart.valueAxis.minimum !== undefined) valueAxis.minimum = chart.valueAxis.minimum;
    if (chart.valueAxis.maximum !== undefined) valueAxis.maximum = chart.valueAxis.maximum;
    if (support.hiddenCells) valueAxis.numberFormat = chart.valueAxis.numberFormat;
    added.axes.categoryAxis.title.text = chart.categoryAxis.title;
  }
  return charts.length;
}
