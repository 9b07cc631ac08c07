/** Debian's Chromium driven by playwright-core, against the built pane served on 127.0.0.1. */
import { readFileSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { DoubleSetup } from "./office-double.entry";
import { serveStatic, type RunningServer } from "./static-server";
import { readXlsxBase64 } from "./workbook-spec";

const CDN = "https://appsforoffice.microsoft.com/";

/** The flags this machine needs: no sandbox as root, and no background traffic to closed networks. */
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface PaneRun {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every URL the page asked for. */
  readonly requests: string[];
  /** Console errors other than the CDN being unreachable, and uncaught page errors. */
  readonly problems: string[];
  readonly dialogs: string[];
}

export class PaneBrowser {
  private constructor(
    readonly server: RunningServer,
    private readonly browser: Browser,
  ) {}

  static async start(dist: string): Promise<PaneBrowser> {
    const server = await serveStatic(dist);
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: FLAGS });
    return new PaneBrowser(server, browser);
  }

  /**
   * `fakeClock`: Playwright's clock, so a test can move the pane's timers forward (page.clock.fastForward).
   * `excel`: the pane starts in Excel mode, on the office.js double (office-double.entry.ts) holding
   * this workbook, installed before any of the page's scripts; Microsoft's CDN is refused, so the
   * real office.js never replaces it.
   */
  async open(
    options: { locale?: string; query?: string; width?: number; fakeClock?: boolean; excel?: DoubleSetup } = {},
  ): Promise<PaneRun> {
    const context = await this.browser.newContext({
      locale: options.locale ?? "zh-TW",
      viewport: { width: options.width ?? 320, height: 900 },
      acceptDownloads: true,
    });
    if (options.excel) {
      const bundle = process.env.OFFICE_DOUBLE_JS;
      if (bundle === undefined) throw new Error("OFFICE_DOUBLE_JS is not set: run through jest's globalSetup");
      await context.route(`${CDN}**`, (route) => route.abort("namenotresolved"));
      await context.exposeFunction("__readWorkbook", readXlsxBase64);
      // One script: the order of separate init scripts is not defined.
      const setup = `window.__officeDoubleSetup = ${JSON.stringify(options.excel)};\n`;
      await context.addInitScript({ content: setup + readFileSync(bundle, "utf8") });
    }
    const page = await context.newPage();
    const requests: string[] = [];
    const failedCdn = new Set<string>();
    const problems: string[] = [];
    const dialogs: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("requestfailed", (r) => {
      if (r.url().startsWith(CDN)) failedCdn.add(r.url());
      else problems.push(`request failed: ${r.url()}`);
    });
    page.on("console", (m) => {
      if (m.type() !== "error") return;
      // The CDN cannot be reached from these machines; the pane is built to cope, and says nothing else.
      if (/Failed to load resource: net::ERR_NAME_NOT_RESOLVED/.test(m.text()) && failedCdn.size > 0) return;
      problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    if (options.fakeClock) await page.clock.install();
    await page.goto(`${this.server.url}/taskpane.html${options.query ?? ""}`);
    return { page, context, requests, problems, dialogs };
  }

  /** Requests anywhere but the pane's own origin and Microsoft's office.js CDN. */
  foreign(requests: readonly string[]): string[] {
    return requests.filter(
      (u) => !u.startsWith(this.server.url) && !u.startsWith(CDN) && !u.startsWith("blob:") && !u.startsWith("data:"),
    );
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.close();
  }
}
