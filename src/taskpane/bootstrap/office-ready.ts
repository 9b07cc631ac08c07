/**
 * The one place that waits for office.js. It resolves with the host (Excel, or none in a plain
 * browser) and Office's display language, or with no host when office.js never arrives
 * (no network and no bundled copy): the pane then runs in preview mode, without an uncaught error.
 */
export interface OfficeStart {
  readonly inExcel: boolean;
  readonly displayLanguage: string | null;
}

declare global {
  interface Window {
    __officeJsUnavailable?: boolean;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function officeLoaded(timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (typeof window.Office !== "undefined") return true;
    if (window.__officeJsUnavailable) return false;
    await delay(25);
  }
  return false;
}

export async function startOffice(timeoutMs = 5000): Promise<OfficeStart> {
  const none: OfficeStart = { inExcel: false, displayLanguage: navigator.language || null };
  if (!(await officeLoaded(timeoutMs))) return none;
  try {
    const info = await Promise.race([Office.onReady(), delay(timeoutMs).then(() => null)]);
    if (info === null || info.host !== Office.HostType.Excel) return none;
    return { inExcel: true, displayLanguage: Office.context.displayLanguage || null };
  } catch {
    // office.js loaded but could not start (a plain browser without a host): preview mode.
    return none;
  }
}
