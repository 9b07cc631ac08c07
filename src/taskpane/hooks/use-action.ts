import { useCallback, useState } from "react";

export type ActionState =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | { readonly status: "done"; readonly message: string }
  | { readonly status: "failed"; readonly message: Error | string };

/** Runs a long piece of work once at a time, with progress, a result message, or the error's message. */
export function useAction<T>(
  work: () => Promise<T>,
  describe: (result: T) => string,
): { state: ActionState; run: () => void } {
  const [state, setState] = useState<ActionState>({ status: "idle" });
  const run = useCallback(() => {
    setState({ status: "running" });
    work().then(
      (result) => {
        setState({ status: "done", message: describe(result) });
      },
      (error: unknown) => {
        setState({ status: "failed", message: error instanceof Error ? error : String(error) });
      },
    );
  }, [work, describe]);
  return { state, run };
}
