import { makeStyles, SearchBox, ToggleButton, tokens } from "@fluentui/react-components";
import type { Light } from "../../../core";
import { useT } from "../../i18n/language-context";
import type { IndicatorModel, RowFilter } from "../../model/indicator-rows";
import { LightMark } from "../LightMark";

const LIGHTS: readonly Light[] = ["green", "yellow", "red", "white"];

const useStyles = makeStyles({
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  chip: { minWidth: "auto", paddingInline: tokens.spacingHorizontalS, whiteSpace: "nowrap" },
  search: { width: "100%", maxWidth: "100%", minWidth: 0 },
});

/** ★ ▲ ● □ and "has findings" chips, each with its count, and a search box; all act on every row. */
export function IndicatorFilters({
  model,
  filter,
  onChange,
}: {
  readonly model: IndicatorModel;
  readonly filter: RowFilter;
  readonly onChange: (filter: RowFilter) => void;
}) {
  const t = useT();
  const classes = useStyles();
  const toggle = (light: Light): void => {
    const lights = new Set(filter.lights);
    if (lights.has(light)) lights.delete(light);
    else lights.add(light);
    onChange({ ...filter, lights });
  };
  return (
    <>
      <div role="group" aria-label={t("pane.filters")} className={classes.chips}>
        {LIGHTS.map((light) => (
          <ToggleButton
            key={light}
            size="small"
            shape="circular"
            className={classes.chip}
            checked={filter.lights.has(light)}
            aria-label={t("pane.lightFilter", { light: t(`pane.lightName.${light}`), n: model.counts[light] })}
            title={t("pane.lightFilter", { light: t(`pane.lightName.${light}`), n: model.counts[light] })}
            onClick={() => toggle(light)}
          >
            <LightMark light={light} hidden />
            &nbsp;{model.counts[light].toLocaleString("en-US")}
          </ToggleButton>
        ))}
        <ToggleButton
          size="small"
          shape="circular"
          className={classes.chip}
          checked={filter.findingsOnly}
          title={t("pane.hasFindingsCount", { n: model.withFindings })}
          onClick={() => onChange({ ...filter, findingsOnly: !filter.findingsOnly })}
        >
          <span aria-hidden>⚑&nbsp;</span>
          {t("pane.hasFindings")} {model.withFindings.toLocaleString("en-US")}
        </ToggleButton>
        <ToggleButton
          size="small"
          shape="circular"
          className={classes.chip}
          checked={filter.fellOnly === true}
          title={t("pane.fellCount", { n: model.fell })}
          onClick={() => onChange({ ...filter, fellOnly: filter.fellOnly !== true })}
        >
          <span aria-hidden>↘&nbsp;</span>
          {t("pane.fell")} {model.fell.toLocaleString("en-US")}
        </ToggleButton>
      </div>
      <SearchBox
        size="small"
        className={classes.search}
        aria-label={t("pane.search")}
        placeholder={t("pane.search")}
        // Fluent names its clear button "clear", in English whatever the pane's language.
        dismiss={{ "aria-label": t("pane.clearSearch") }}
        value={filter.search}
        onChange={(_, d) => onChange({ ...filter, search: d.value })}
      />
    </>
  );
}
