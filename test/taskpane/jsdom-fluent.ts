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

/**
 * jsdom lays nothing out, so every element measures 0 × 0: a virtualized list would see no room and
 * draw nothing, or rows of no height and draw them all. Here a scroller is a 320 × 600 pane
 * (clientHeight) and each row 40 px high (offsetHeight), so a list draws its first rows only, as a
 * real pane does.
 */
export function provideLayout(height = 600, width = 320, rowHeight = 40): void {
  Object.defineProperty(HTMLElement.prototype, "clientHeight", { configurable: true, get: () => height });
  Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => width });
  Object.defineProperty(HTMLElement.prototype, "offsetHeight", { configurable: true, get: () => rowHeight });
}
