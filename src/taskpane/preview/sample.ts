/** The bundled sample (samples/kpi-report-107.xlsx, copied next to the page by the build). */
export const SAMPLE_NAME = "kpi-report-107.xlsx";

export async function fetchSample(): Promise<ArrayBuffer> {
  const response = await fetch(`samples/${SAMPLE_NAME}`);
  if (!response.ok)
    throw new Error(
      `無法載入範例活頁簿（${response.status}） / Could not load the sample workbook (${response.status}).`,
    );
  return response.arrayBuffer();
}
