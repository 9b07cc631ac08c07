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
    "& th, & td": { overflowWrap: "break-word", paddingInline: tokens.spacingHorizontalXXS },
  },
  // Whole words wrap; only a word wider than the pane (a long code or URL) may break.
  wrap: { overflowWrap: "break-word", wordBreak: "normal" },
  list: {
    margin: 0,
    paddingInlineStart: "1em",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  // The five English tabs need 357 px (317 without padding): in a 320 px pane, and at 270 px, the
  // last wraps to a second line rather than overflow. The Chinese ones fit on one line at 270 px.
  tabs: { flexWrap: "wrap", rowGap: 0 },
  // At 270 px the tabs keep no padding, so as many as can share the first line.
  tab: { paddingInline: tokens.spacingHorizontalXS, "@media (max-width: 300px)": { paddingInline: 0 } },
  // Read by screen readers, not drawn: column headers whose column shows a symbol.
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  method: { display: "flex", flexDirection: "column" },
  // Under the radio's label: the radio's indicator is 32 px wide with its padding.
  methodNote: {
    color: tokens.colorNeutralForeground3,
    paddingInlineStart: "32px",
    paddingInlineEnd: tokens.spacingHorizontalS,
  },
  nameCell: { display: "flex", flexDirection: "column", minWidth: 0, paddingBlock: "2px" },
  nameLink: { textAlign: "start", overflowWrap: "break-word", wordBreak: "normal" },
  figures: { color: tokens.colorNeutralForeground3 },
  // "Target 1,234" stays on one line; the pair may wrap between them.
  nowrap: { whiteSpace: "nowrap" },
  mark: { color: tokens.colorPaletteRedForeground1 },
  green: { color: tokens.colorPaletteGreenForeground1 },
  // Yellow reads as yellow and still passes contrast on white (the badge for a yellow period uses the same).
  yellow: { color: tokens.colorPaletteMarigoldForeground2 },
  red: { color: tokens.colorPaletteRedForeground1 },
  white: { color: tokens.colorNeutralForeground2 },
});
