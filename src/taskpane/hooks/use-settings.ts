import { useCallback, useEffect, useState } from "react";
import type { PaneSettings } from "../../port/workbook-port";
import { useSession } from "../session";

export const DEFAULT_SETTINGS: PaneSettings = {
  language: null,
  yellowFrom: 0.9,
  capAtOne: false,
  method: "trend",
  stretch: 0.05,
};

/** The pane's choices, loaded from and saved to the workbook (document settings in Excel). */
export function useSettings(): {
  settings: PaneSettings;
  update: (change: Partial<PaneSettings>) => void;
  error: Error | string | null;
} {
  const { settings: store } = useSession();
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  const [error, setError] = useState<Error | string | null>(null);
  useEffect(() => {
    store.load().then(
      (saved) => {
        if (saved) setSettings((current) => ({ ...current, ...saved }));
      },
      (e: unknown) => {
        setError(e instanceof Error ? e : String(e));
      },
    );
  }, [store]);
  const update = useCallback(
    (change: Partial<PaneSettings>) => {
      setSettings((current) => {
        const next = { ...current, ...change };
        store.save(next).catch((e: unknown) => {
          setError(e instanceof Error ? e : String(e));
        });
        return next;
      });
    },
    [store],
  );
  return { settings, update, error };
}
