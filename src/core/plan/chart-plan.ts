/**
 * A native chart on one of the add-in's sheets, as plain data. Ranges are A1 addresses on the
 * chart's own sheet without a sheet name (the adapter knows the sheet's final name, which name
 * resolution may have changed), so the chart reads the live cells and follows their formulas.
 * The caches are the engine's figures at planning time: what a preview shows before recalculation.
 */
export interface ChartSeriesPlan {
  readonly name: string;
  readonly values: string;
  readonly cache: ReadonlyArray<number | null>;
  /** Bars (the achievement), or a line (a trend, or a reference line drawn from constant cells). */
  readonly as: "bar" | "line";
  /** RRGGBB. */
  readonly color: string;
  readonly dashed?: boolean;
  /** A colour per point (RRGGBB; null keeps `color`): bars in their light's colour. */
  readonly pointColors?: ReadonlyArray<string | null>;
  /**
   * A reference line on hidden axes of their own whose points sit on the tick marks, so that it runs
   * from the plot's left edge to its right (Excel; LibreOffice draws it from the first bar's centre to the last's).
   */
  readonly ownAxis?: boolean;
  /** Each point's value written on it, in this number format. */
  readonly labels?: string;
}

/** Cell corners, 0-based: the chart's top-left is the top-left of (fromRow, fromCol); it ends at the top-left of (toRow, toCol). */
export interface ChartAnchor {
  readonly fromRow: number;
  readonly fromCol: number;
  readonly toRow: number;
  readonly toCol: number;
}

export interface ChartPlan {
  /** "bar": clustered columns, with any "line" series over them; "line": lines only. */
  readonly kind: "bar" | "line";
  readonly title: string;
  readonly categories: { readonly range: string; readonly cache: readonly string[] };
  readonly series: readonly ChartSeriesPlan[];
  /** `minimum` 0 for bars of achievement: an axis from 84% would make 97% look like half of 100%. */
  readonly valueAxis: {
    readonly title: string;
    readonly numberFormat: string;
    readonly minimum?: number;
    readonly maximum?: number;
  };
  readonly categoryAxis: { readonly title: string };
  /** Bars drawn across (the indicators down the side): many long names stay readable. */
  readonly horizontal?: boolean;
  readonly anchor: ChartAnchor;
}
