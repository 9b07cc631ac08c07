/** What Fluent reads from the window and jsdom lacks: matchMedia, and ResizeObserver (MessageBar measures itself). */
export function provideFluentGlobals(): void {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  })) as unknown as typeof window.matchMedia;
  window.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
