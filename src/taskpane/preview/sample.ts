import { translate, type Language } from "../../messages";

/** The bundled sample (samples/kpi-report-107.xlsx, copied next to the page by the build). */
export const SAMPLE_NAME = "kpi-report-107.xlsx";

/** The sample's bytes; when the page cannot fetch them, an error in the pane's language. */
export async function fetchSample(language: Language): Promise<ArrayBuffer> {
  const response = await fetch(`samples/${SAMPLE_NAME}`);
  if (!response.ok) throw new Error(translate(language, "pane.sampleUnavailable", { status: response.status }));
  return response.arrayBuffer();
}
