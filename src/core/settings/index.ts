/** The settings sheet (指標設定): read it, apply it to what detection found, write it back. */
export * from "./settings-words";
export * from "./settings-columns";
export * from "./settings-types";
export { parseSettings, type ParsedSettings } from "./parse-settings";
export { analyzeWithSettings, type IndicatorLink, type SettingsAnalysis } from "./apply-settings";
export * from "./settings-plan";
