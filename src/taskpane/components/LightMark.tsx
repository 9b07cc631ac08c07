import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { SYMBOL_OF_LIGHT, type Light } from "../../core";
import { useT } from "../i18n/language-context";

/**
 * The light's symbol (★ ▲ ● □, as on the report sheet) in the light's own colour: yellow is yellow.
 * A yellow glyph cannot reach text contrast on white, so the symbol is a graphic, drawn from CSS
 * with a dark outline (WCAG 1.4.11, 3:1 for graphics), and named by aria-label for screen readers.
 */
const useStyles = makeStyles({
  mark: {
    display: "inline-block",
    minWidth: "1em",
    textAlign: "center",
    fontSize: "15px",
    lineHeight: "1",
    "::before": { WebkitTextStroke: "0.8px #3b3a39" },
  },
  green: { color: "#13a10e", "::before": { content: `"${SYMBOL_OF_LIGHT.green}"` } },
  yellow: { color: "#fce100", "::before": { content: `"${SYMBOL_OF_LIGHT.yellow}"` } },
  red: { color: "#d13438", "::before": { content: `"${SYMBOL_OF_LIGHT.red}"` } },
  white: { color: "#ffffff", "::before": { content: `"${SYMBOL_OF_LIGHT.white}"` } },
});

export function LightMark({ light, hidden = false }: { readonly light: Light; readonly hidden?: boolean }) {
  const t = useT();
  const classes = useStyles();
  return hidden ? (
    <span className={mergeClasses(classes.mark, classes[light])} aria-hidden />
  ) : (
    <span
      className={mergeClasses(classes.mark, classes[light])}
      role="img"
      aria-label={t(`pane.lightName.${light}`)}
      data-light={SYMBOL_OF_LIGHT[light]}
    />
  );
}
