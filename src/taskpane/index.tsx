import { createRoot } from "react-dom/client";
import { officeHost } from "../excel/excel-host";
import { ExcelWorkbook } from "../excel/excel-workbook";
import { insertWorkbookSheets } from "../excel/insert-sample";
import { OfficeSettingsStore, type DocumentSettings } from "../excel/office-settings";
import { connect } from "./bootstrap/connect";
import { startFailedText } from "./bootstrap/start-failed";
import { App } from "./components/App";
import { loadEngine } from "./hooks/use-analysis";
import { languageFor } from "./i18n/language-context";
import { openPreviewWorkbook } from "./preview/open-preview-workbook";
import type { PaneSession } from "./session";

/** Office's document settings, narrowed to what the settings store needs. */
function documentSettings(): DocumentSettings {
  const settings = Office.context.document.settings;
  return {
    get: (name) => settings.get(name) as unknown,
    set: (name, value) => {
      settings.set(name, value);
    },
    saveAsync: (callback) => {
      settings.saveAsync((result) => {
        callback({
          status: String(result.status),
          ...(result.error ? { error: { message: result.error.message } } : {}),
        });
      });
    },
  };
}

declare global {
  interface Window {
    /** Read by legacy-check.js: when the page loads without it, the bundle did not start. */
    __indicatorsStarted?: boolean;
  }
}
window.__indicatorsStarted = true;

/** Office's display language once Office has said it; the browser's until then. */
let displayLanguage: string | null = navigator.language || null;

async function main(): Promise<void> {
  const container = document.getElementById("container");
  if (container === null) throw new Error("taskpane.html has no #container");
  const root = createRoot(container);
  // The engine's chunk downloads while Office starts; the first analysis needs it, the first paint not.
  loadEngine().catch(() => undefined); // a failure is the first analysis's to report
  const start = await connect(root);
  displayLanguage = start.displayLanguage ?? displayLanguage;
  const host = start.inExcel ? officeHost() : null;
  const session: PaneSession | null = host
    ? {
        mode: "excel",
        port: new ExcelWorkbook(host),
        insertSheets: (data) => insertWorkbookSheets(host, data),
        settings: new OfficeSettingsStore(documentSettings()),
        fileName: null,
      }
    : null;
  root.render(
    <App initialLanguage={languageFor(start.displayLanguage)} session={session} openPreview={openPreviewWorkbook} />,
  );
}

main().catch((error: unknown) => {
  // The pane could not even start; say so in the page rather than fail silently.
  const container = document.getElementById("container");
  if (container) container.textContent = startFailedText(error, displayLanguage);
});
