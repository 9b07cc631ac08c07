import { makeStyles, tokens } from "@fluentui/react-components";

/** Shared by the four areas: a column that fits a 320 px pane. */
export const usePaneStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  table: {
    width: "100%",
    tableLayout: "fixed",
    "& th, & td": { overflowWrap: "anywhere", paddingInline: tokens.spacingHorizontalXXS },
  },
  wrap: { overflowWrap: "anywhere" },
  green: { color: tokens.colorPaletteGreenForeground1 },
  yellow: { color: tokens.colorPaletteMarigoldForeground2 },
  red: { color: tokens.colorPaletteRedForeground1 },
  white: { color: tokens.colorNeutralForeground2 },
});
