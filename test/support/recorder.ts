/**
 * A stand-in for office.js objects that are only written to (a new sheet and what hangs off it):
 * every property set and method call is logged with its path, and every call returns another
 * recorder, so `sheet.getRangeByIndexes(0, 0, 2, 3).formulas = [...]` logs one entry.
 */
export interface LogEntry {
  readonly op: "set" | "call";
  readonly path: string;
  readonly value: unknown;
}

export function recorder(path: string, log: LogEntry[]): Record<string, unknown> {
  const target = function () {
    return undefined;
  };
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === "then") return undefined;
      if (prop === "__path") return path;
      const child = `${path}.${String(prop)}`;
      return new Proxy(function () {}, {
        apply(_f, _this, args: unknown[]) {
          log.push({ op: "call", path: child, value: args });
          return recorder(`${child}()`, log);
        },
        get(_f, p) {
          return (recorder(child, log) as Record<string | symbol, unknown>)[p];
        },
        set(_f, p, value) {
          log.push({ op: "set", path: `${child}.${String(p)}`, value });
          return true;
        },
      });
    },
    set(_t, prop, value) {
      log.push({ op: "set", path: `${path}.${String(prop)}`, value });
      return true;
    },
  }) as unknown as Record<string, unknown>;
}
