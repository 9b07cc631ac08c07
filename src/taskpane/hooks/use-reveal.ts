import { useCallback, useState } from "react";
import { useT } from "../i18n/language-context";
import { useSession } from "../session";

/**
 * Shows cells to the user: in Excel it selects them; in preview there is no sheet on screen, so it
 * says where to look instead of doing nothing (issue 14).
 */
export function useReveal(): { reveal: (sheet: string, address: string) => void; notice: string | null } {
  const { port, mode } = useSession();
  const t = useT();
  const [notice, setNotice] = useState<string | null>(null);
  const reveal = useCallback(
    (sheet: string, address: string) => {
      if (mode === "preview") setNotice(t("pane.onlyInExcel", { where: `${sheet}!${address}` }));
      else void port.select(sheet, address);
    },
    [port, mode, t],
  );
  return { reveal, notice };
}
