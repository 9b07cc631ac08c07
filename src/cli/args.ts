import { InvalidOptionsError } from "../core";

export interface ParsedArgs {
  readonly command: string | null;
  readonly positional: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
}

/** Flags that take a value; every other flag is a switch. */
const VALUED = new Set(["--sheet", "-o", "--output", "--lang", "--method", "--stretch", "--yellow-from", "--settings"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg.startsWith("-") && arg !== "-") {
      const [name = arg, inline] = arg.includes("=") ? arg.split(/=(.*)/s) : [arg, undefined];
      if (VALUED.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new InvalidOptionsError(`${name} 需要一個值 / ${name} needs a value.`);
        flags.set(name, value);
      } else {
        flags.set(name, true);
      }
    } else {
      positional.push(arg);
    }
  }
  const [command = null, ...rest] = positional;
  return { command, positional: rest, flags };
}

export function flagValue(args: ParsedArgs, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = args.flags.get(name);
    if (typeof value === "string") return value;
  }
  return undefined;
}
