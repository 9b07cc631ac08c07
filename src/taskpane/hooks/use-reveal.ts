import { useCallback, useState } from "react";
import { useStrings } from "../i18n/language-context";
import { useSession } from "../session";

/**
 * Shows cells to the user: in Excel it selects them; in preview there is no sheet on screen, so it
 * says where to look instead of doing nothing (issue 14).
 */
export function useReveal(): { reveal: (sheet: string, address: string) => void; notice: string | null } {
  const { port, mode } = useSession();
  const s = useStrings();
  const [notice, setNotice] = useState<string | null>(null);
  const reveal = useCallback(
    (sheet: string, address: string) => {
      if (mode === "preview") setNotice(s.onlyInExcel(`${sheet}!${address}`));
      else void port.select(sheet, address);
    },
    [port, mode, s],
  );
  return { reveal, notice };
}
