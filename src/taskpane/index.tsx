import { createRoot } from "react-dom/client";
import { ExcelWorkbook } from "../excel/excel-workbook";
import { officeHost } from "../excel/excel-host";
import { startOffice } from "./bootstrap/office-ready";
import { App } from "./components/App";
import { languageFor } from "./i18n/strings";
import { openPreviewWorkbook } from "./preview/open-preview-workbook";

async function main(): Promise<void> {
  const start = await startOffice();
  const container = document.getElementById("container");
  if (container === null) throw new Error("taskpane.html has no #container");
  const port = start.inExcel ? new ExcelWorkbook(officeHost()) : null;
  createRoot(container).render(
    <App initialLanguage={languageFor(start.displayLanguage)} port={port} openPreview={openPreviewWorkbook} />,
  );
}

main().catch((error: unknown) => {
  // The pane could not even start; say so in the page rather than fail silently.
  const container = document.getElementById("container");
  if (container)
    container.textContent = `無法啟動 / Could not start: ${error instanceof Error ? error.message : String(error)}`;
});
