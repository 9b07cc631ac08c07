/** Words, at the edges: one catalog per language, shared by the pane, the command and the sheets. */
export * from "./translate";
export * from "./findings";
export * from "./plan-words";
export * from "./errors";
export * from "./roles";
export type { MessageKey } from "./zh-TW";
export * from "./refusals";
export * from "./lazy-words";
export * from "./locale-format";
