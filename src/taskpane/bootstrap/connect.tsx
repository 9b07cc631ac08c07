import type { Root } from "react-dom/client";
import { Connecting } from "../components/Connecting";
import { languageFor } from "../i18n/language-context";
import { insideOfficeHost, startOffice, waitForExcel, type OfficeStart } from "./office-ready";

/**
 * How the pane starts. In a plain browser: office.js or not within seconds, then preview. Inside an
 * Office host: the Connecting screen until Excel is ready, however long that takes, or until the
 * user asks for preview (offered after a while, or at once when office.js could not be loaded).
 */
export function connect(root: Root): Promise<OfficeStart> {
  if (!insideOfficeHost()) return startOffice();
  const displayLanguage = navigator.language || null;
  const preview: OfficeStart = { inExcel: false, displayLanguage };
  return new Promise((resolve) => {
    let settled = false;
    const finish = (start: OfficeStart): void => {
      if (settled) return;
      settled = true;
      resolve(start);
    };
    const show = (unavailable: boolean): void => {
      if (settled) return;
      root.render(
        <Connecting
          language={languageFor(displayLanguage)}
          unavailable={unavailable}
          onPreview={() => finish(preview)}
        />,
      );
    };
    show(false);
    waitForExcel().then(
      (start) => (start === null ? show(true) : finish(start)),
      () => show(true),
    );
  });
}
