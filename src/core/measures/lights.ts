import { InvalidOptionsError } from "../errors";
import type { Rating } from "../values/cell-value";
import type { Computed } from "./computed";

export type Light = "green" | "yellow" | "red" | "white";

/** Green when met; yellow from `yellowFrom` of the target; red below it; white when not computable. */
export interface LightBands {
  readonly yellowFrom: number;
}

export const DEFAULT_LIGHT_BANDS: LightBands = { yellowFrom: 0.9 };

export function checkLightBands(bands: LightBands): LightBands {
  if (!Number.isFinite(bands.yellowFrom) || bands.yellowFrom < 0 || bands.yellowFrom > 1) {
    // The share as the person wrote it: 120%, not 1.2.
    throw new InvalidOptionsError("yellowFrom", { value: bands.yellowFrom });
  }
  return bands;
}

export function lightFor(achievement: Computed, met: boolean | null, bands: LightBands = DEFAULT_LIGHT_BANDS): Light {
  if (!achievement.ok || met === null) return "white";
  if (met) return "green";
  return spreadsheetValue(achievement.value) >= bands.yellowFrom ? "yellow" : "red";
}

/**
 * A ratio as a spreadsheet holds it, to 15 significant digits: 0.36 ÷ 0.4 is 0.8999999999999999 in
 * binary, 0.9 in Excel and LibreOffice, so the report's live light and the engine's agree at a band.
 */
function spreadsheetValue(value: number): number {
  return Number(value.toPrecision(15));
}

/** The ★ ▲ ● □ of the seeds' 初核 / 複核 columns. */
export const LIGHT_OF_RATING: Readonly<Record<Rating, Light>> = {
  star: "green",
  triangle: "yellow",
  circle: "red",
  square: "white",
};

export const SYMBOL_OF_LIGHT: Readonly<Record<Light, string>> = {
  green: "★",
  yellow: "▲",
  red: "●",
  white: "□",
};
