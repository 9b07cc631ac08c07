import { Button, Field, Input, Radio, RadioGroup, Switch } from "@fluentui/react-components";
import { ActionStatus } from "../ActionStatus";
import { usePaneStyles } from "../usePaneStyles";
import { useReportPane } from "./useReportPane";

/** 報表: insert or update the report sheet, with its language, the 100% cap and the light bands. */
export function ReportPane({ onWritten }: { readonly onWritten: () => void }) {
  const { t, settings, language, update, action } = useReportPane(onWritten);
  const classes = usePaneStyles();
  return (
    <section className={classes.root} aria-label={t("pane.tabs.report")}>
      <Field label={t("pane.reportLanguage")}>
        <RadioGroup
          layout="horizontal"
          value={language}
          onChange={(_, d) => update({ language: d.value === "en" ? "en" : "zh-TW" })}
        >
          <Radio value="zh-TW" label={t("pane.reportLanguageName.zh-TW")} />
          <Radio value="en" label={t("pane.reportLanguageName.en")} />
        </RadioGroup>
      </Field>
      <Switch
        label={t("pane.capAtOne")}
        checked={settings.capAtOne}
        onChange={(_, d) => update({ capAtOne: d.checked })}
      />
      <Field label={t("pane.yellowFrom")} hint={t("pane.yellowFromHint")}>
        <Input
          type="number"
          min={0}
          max={100}
          step={1}
          value={String(Math.round(settings.yellowFrom * 1000) / 10)}
          onChange={(_, d) => {
            const value = Number(d.value);
            if (Number.isFinite(value) && value >= 0 && value <= 100) update({ yellowFrom: value / 100 });
          }}
        />
      </Field>
      <Button appearance="primary" onClick={action.run} disabled={action.state.status === "running"}>
        {t("pane.insertReport")}
      </Button>
      <ActionStatus state={action.state} runningLabel={t("pane.writing")} />
    </section>
  );
}
