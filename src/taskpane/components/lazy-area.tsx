import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense, type ComponentType, type ReactNode } from "react";
import { useT } from "../i18n/language-context";

/**
 * An area of the pane in a chunk of its own (issue 24: the first download holds what the first
 * paint needs). `preload` starts the download early, so a tab opens without waiting when it can.
 */
export interface LazyArea<P> {
  readonly Component: ComponentType<P>;
  readonly preload: () => Promise<unknown>;
}

export function lazyArea<P>(load: () => Promise<ComponentType<P>>): LazyArea<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  const once = (): Promise<ComponentType<P>> => (loading ??= load());
  // React.lazy wants a default export; the areas keep their named ones.
  const Component = lazy(() => once().then((component) => ({ default: component })));
  return { Component, preload: once };
}

/** What shows while an area's chunk arrives: a small spinner, in the pane's language. */
export function AreaSuspense({ children }: { readonly children: ReactNode }) {
  const t = useT();
  return <Suspense fallback={<Spinner size="tiny" label={t("pane.loadingArea")} />}>{children}</Suspense>;
}
