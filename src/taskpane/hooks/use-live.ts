import { useEffect, useMemo, useRef, useState } from "react";
import type { WorkbookReport } from "../../core";
import type { WorkbookPort } from "../../port/workbook-port";

/** Typing in a cell fires one event per edit; one rerun after the edits settle. */
export const LIVE_DEBOUNCE_MS = 600;
/** Events that arrive this soon after the pane's own write are its own echo, not a user's edit. */
const AFTER_WRITE_MS = 1000;

/**
 * The port with its writes marked: while the pane applies a plan (and briefly after), change events
 * are ignored, so writing a report does not trigger a rerun of the analysis it came from.
 */
export function useWriteAwarePort(port: WorkbookPort): { port: WorkbookPort; quiet: () => boolean } {
  const writing = useRef(0);
  const quietUntil = useRef(0);
  return useMemo(() => {
    const wrapped: WorkbookPort = {
      sheetNames: () => port.sheetNames(),
      readSheet: (name) => port.readSheet(name),
      readAll: () => port.readAll(),
      ownedSheets: () => port.ownedSheets(),
      select: (sheet, address) => port.select(sheet, address),
      applyPlan: async (plan) => {
        writing.current++;
        try {
          return await port.applyPlan(plan);
        } finally {
          writing.current--;
          quietUntil.current = Date.now() + AFTER_WRITE_MS;
        }
      },
      // Optional capabilities pass through as the host has them (onChange, the selected range).
      ...(port.onChange ? { onChange: port.onChange.bind(port) } : {}),
      ...(port.selectedRange ? { selectedRange: port.selectedRange.bind(port) } : {}),
    };
    return { port: wrapped, quiet: () => writing.current > 0 || Date.now() < quietUntil.current };
  }, [port]);
}

/** The sheets an analysis looked at: those with indicator tables and those it reported on. */
function sheetsOf(report: WorkbookReport): string[] {
  return [...new Set([...report.sheets.map((s) => s.sheet), ...report.findings.map((f) => f.sheet)])];
}

/**
 * Inside Excel: listens for edits on the analysed sheets and reruns the analysis once they settle.
 * Where the port cannot watch (a file in preview), nothing happens. Returns whether it is listening.
 */
export function useLiveRerun(
  port: WorkbookPort,
  report: WorkbookReport | null,
  rerun: () => void,
  quiet: () => boolean,
): boolean {
  const [listening, setListening] = useState(false);
  const sheets = useMemo(() => (report === null ? [] : sheetsOf(report)), [report]);
  const key = sheets.join("\u0000");
  const latest = useRef({ rerun, quiet });
  latest.current = { rerun, quiet };
  useEffect(() => {
    if (port.onChange === undefined || sheets.length === 0) return;
    let stop: (() => Promise<void>) | null = null;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    port
      .onChange(sheets, () => {
        if (latest.current.quiet()) return;
        clearTimeout(timer);
        timer = setTimeout(() => latest.current.rerun(), LIVE_DEBOUNCE_MS);
      })
      .then(
        (remove) => {
          if (cancelled) void remove().catch(() => undefined);
          else {
            stop = remove;
            setListening(true);
          }
        },
        // Not listening is not an error the user must act on: the Analyze button still works.
        () => setListening(false),
      );
    return () => {
      cancelled = true;
      clearTimeout(timer);
      setListening(false);
      if (stop !== null) void stop().catch(() => undefined);
    };
    // Keyed on the sheet list by value: a rerun with the same sheets keeps the same subscription.
  }, [port, key]);
  return listening;
}
