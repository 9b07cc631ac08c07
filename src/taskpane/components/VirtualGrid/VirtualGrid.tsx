import {
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  makeStyles,
  mergeClasses,
  tokens,
  type DataGridProps,
  type TableColumnDefinition,
} from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useMemo, useRef, type CSSProperties, type ReactNode } from "react";

export interface GridColumn<T> {
  readonly id: string;
  readonly header: ReactNode;
  readonly cell: (item: T) => ReactNode;
  /** Fixed width in px; the column without one takes the rest. */
  readonly width?: number;
  readonly align?: "end" | "center";
  /** Sorting is the caller's (over every row, not the rows on screen): the grid only shows and asks. */
  readonly sortable?: boolean;
}

export interface GridSort {
  readonly column: string;
  readonly direction: "ascending" | "descending" | null;
  /** The column the user sorted by, and which way. */
  readonly onChange: (direction: "ascending" | "descending", column: string) => void;
}

export interface VirtualGridProps<T> {
  readonly items: readonly T[];
  readonly columns: ReadonlyArray<GridColumn<T>>;
  readonly rowId: (item: T) => string;
  readonly label: string;
  readonly sort?: GridSort;
  /** A first guess; rows are measured once drawn. */
  readonly rowHeight?: number;
  /** CSS max-height of the scrolling body, e.g. "60vh". */
  readonly maxHeight?: string;
}

/** The header row's height in the extra-small DataGrid, for sizing the scroller to its content. */
const HEADER_PX = 36;

const useStyles = makeStyles({
  scroller: { overflowY: "auto", overflowX: "hidden", position: "relative", contain: "strict", minHeight: "120px" },
  grid: { minWidth: 0, width: "100%" },
  header: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  headerCell: { whiteSpace: "nowrap", paddingInline: tokens.spacingHorizontalXXS, minWidth: 0 },
  cell: {
    paddingInline: tokens.spacingHorizontalXXS,
    minWidth: 0,
    // Words wrap whole; only a word longer than the column (a long code) may break.
    overflowWrap: "break-word",
    wordBreak: "normal",
  },
  end: { justifyContent: "flex-end", textAlign: "end" },
  center: { justifyContent: "center", textAlign: "center" },
});

/**
 * Fluent's DataGrid over the rows in view only (@tanstack/react-virtual): the DOM holds a screenful
 * of rows plus a few, whatever the number of items, and rows carry aria-rowindex so a screen reader
 * still hears where it is in the whole.
 */
export function VirtualGrid<T>({
  items,
  columns,
  rowId,
  label,
  sort,
  rowHeight = 40,
  maxHeight = "60vh",
}: VirtualGridProps<T>) {
  const classes = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    getItemKey: (i) => {
      const item = items[i];
      return item === undefined ? i : rowId(item);
    },
  });
  const rows = virtualizer.getVirtualItems();
  const visible = rows.map((r) => ({ item: items[r.index] as T, index: r.index }));
  const definitions = useMemo<Array<TableColumnDefinition<{ item: T; index: number }>>>(
    () =>
      columns.map((c) =>
        createTableColumn<{ item: T; index: number }>({
          columnId: c.id,
          // The rows are sorted before they get here; a two-argument compare only marks the column sortable.
          ...(c.sortable ? { compare: (a: unknown, b: unknown) => (a === b ? 0 : 0) } : {}),
          renderHeaderCell: () => c.header,
          renderCell: ({ item }) => c.cell(item),
        }),
      ),
    [columns],
  );
  const widthOf = (id: string | number): CSSProperties => {
    const column = columns.find((c) => c.id === id);
    return column?.width === undefined ? { flex: "1 1 0" } : { flex: `0 0 ${column.width}px` };
  };
  const alignOf = (id: string | number): string => {
    const align = columns.find((c) => c.id === id)?.align;
    return align === "end" ? classes.end : align === "center" ? classes.center : "";
  };
  const total = virtualizer.getTotalSize();
  const before = rows[0]?.start ?? 0;
  const after = total - (rows[rows.length - 1]?.end ?? 0);
  // Always controlled: no column until the user sorts.
  const sortState: DataGridProps["sortState"] = sort?.direction
    ? { sortColumn: sort.column, sortDirection: sort.direction }
    : { sortColumn: undefined, sortDirection: "ascending" };
  return (
    // As tall as the rows need, up to maxHeight; a fixed height lets the browser skip layout outside it.
    <div ref={scroller} className={classes.scroller} style={{ height: `min(${maxHeight}, ${total + HEADER_PX}px)` }}>
      <DataGrid
        className={classes.grid}
        items={visible}
        columns={definitions}
        getRowId={(r: { item: T }) => rowId(r.item)}
        size="extra-small"
        aria-label={label}
        aria-rowcount={items.length + 1}
        sortable={sort !== undefined}
        sortState={sortState}
        onSortChange={(_, state) => sort?.onChange(state.sortDirection, String(state.sortColumn ?? sort.column))}
      >
        <DataGridHeader className={classes.header}>
          <DataGridRow aria-rowindex={1}>
            {({ renderHeaderCell, columnId }) => (
              <DataGridHeaderCell
                className={mergeClasses(classes.headerCell, alignOf(columnId))}
                style={widthOf(columnId)}
              >
                {renderHeaderCell()}
              </DataGridHeaderCell>
            )}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<{ item: T; index: number }> style={{ paddingTop: before, paddingBottom: Math.max(0, after) }}>
          {({ item: row, rowId: id }) => (
            <DataGridRow<{ item: T; index: number }>
              key={id}
              data-index={row.index}
              // DataGridRow forwards its ref at run time; its generic typing leaves `ref` out.
              {...({ ref: virtualizer.measureElement } as object)}
              aria-rowindex={row.index + 2}
            >
              {({ renderCell, columnId }) => (
                <DataGridCell className={mergeClasses(classes.cell, alignOf(columnId))} style={widthOf(columnId)}>
                  {renderCell(row)}
                </DataGridCell>
              )}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </div>
  );
}
