import { makeStyles, tokens } from "@fluentui/react-components";

export const useAnalyzePaneStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  indicator: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  table: { width: "100%", tableLayout: "fixed" },
  light: { fontSize: tokens.fontSizeBase400 },
  green: { color: tokens.colorPaletteGreenForeground1 },
  yellow: { color: tokens.colorPaletteMarigoldForeground1 },
  red: { color: tokens.colorPaletteRedForeground1 },
  white: { color: tokens.colorNeutralForeground3 },
});
