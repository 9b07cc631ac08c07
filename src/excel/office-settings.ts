import { IndicatorsError } from "../core";
import type { PaneSettings, SettingsStore } from "../port/workbook-port";

const KEY = "indicatorsPaneSettings";

/** The minimal surface of Office.context.document.settings, injected so it can be faked in tests. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (result: { status: string; error?: { message: string } }) => void): void;
}

/** Settings stored in the workbook itself (document settings travel with the file). */
export class OfficeSettingsStore implements SettingsStore {
  constructor(private readonly settings: DocumentSettings) {}

  load(): Promise<Partial<PaneSettings> | null> {
    const value = this.settings.get(KEY);
    return Promise.resolve(value !== null && typeof value === "object" ? (value as Partial<PaneSettings>) : null);
  }

  save(settings: PaneSettings): Promise<void> {
    this.settings.set(KEY, settings);
    return new Promise((resolve, reject) => {
      this.settings.saveAsync((result) => {
        if (result.status === "succeeded") resolve();
        else reject(new IndicatorsError("SETTINGS_NOT_SAVED", { detail: result.error?.message ?? result.status }));
      });
    });
  }
}
