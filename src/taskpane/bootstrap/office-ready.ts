/**
 * The one place that waits for office.js. Outside an Office host (a plain browser) it resolves
 * within a few seconds with no host, and the pane runs in preview mode. Inside a host it waits as
 * long as the host takes (Excel on the web can be slow to start): the pane shows that it is
 * connecting and offers preview only when the user asks for it (index.tsx, Connecting.tsx).
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

/** Framed by Office, or opened with Office's _host_Info: the same test as office-fallback.js. */
export function insideOfficeHost(): boolean {
  return /[?&]_host_Info=/.test(window.location.search) || window.parent !== window;
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

/**
 * Inside a host: no time limit. Resolves with Excel once Office.onReady says so, or with null when
 * office.js could not be loaded at all (CDN and bundled copy both failed) or the host is not Excel.
 */
export async function waitForExcel(): Promise<OfficeStart | null> {
  if (!(await officeLoaded(Number.POSITIVE_INFINITY))) return null;
  try {
    const info = await Office.onReady();
    if (info.host !== Office.HostType.Excel) return null;
    return { inExcel: true, displayLanguage: Office.context.displayLanguage || null };
  } catch {
    return null;
  }
}
