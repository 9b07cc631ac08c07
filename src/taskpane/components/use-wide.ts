import { useEffect, useState } from "react";

/** Wide enough for target and actual in columns of their own; narrower panes fold them under the name. */
const QUERY = "(min-width: 400px)";

export function useWide(): boolean {
  const [wide, setWide] = useState(() => window.matchMedia(QUERY).matches);
  useEffect(() => {
    const media = window.matchMedia(QUERY);
    const onChange = (): void => setWide(media.matches);
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, []);
  return wide;
}
