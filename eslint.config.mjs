import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";

/** The engine stays headless: these are the imports that would tie it to a host, a file format or a UI. */
const HOST_IMPORTS = [
  { group: ["exceljs", "exceljs/*"], message: "src/core is pure: read and write .xlsx in src/xlsx." },
  { group: ["react", "react-dom", "react/*", "react-dom/*"], message: "src/core is pure: UI lives in src/taskpane." },
  { group: ["@fluentui/*"], message: "src/core is pure: UI lives in src/taskpane." },
  { group: ["@microsoft/office-js", "office-js", "office-addin-*"], message: "src/core is pure: office.js lives in src/excel." },
  { group: ["fs", "node:*", "path", "os", "child_process"], message: "src/core is pure: no I/O." },
  { group: ["**/excel/**", "**/xlsx/**", "**/taskpane/**", "**/cli/**"], message: "src/core must not depend on an adapter or the UI." },
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "**/*.js", "**/*.mjs", "test/fixtures/**"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-unnecessary-condition": "off",
      // `onClick={() => setArea(x)}` is the idiom in React handlers.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      // An array spread into a call passes each element as an argument: past some 100,000 the call
      // overflows the stack (Math.max(...widths) at 35,000 indicators). Loops: maxOf, minOf, pushAll.
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression > SpreadElement, NewExpression > SpreadElement",
          message: "No spread into a call: use maxOf, minOf or pushAll (src/core/values/arrays.ts), or a loop.",
        },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": ["error", { patterns: HOST_IMPORTS }],
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "src/core is pure: office.js lives in src/excel." },
        { name: "Office", message: "src/core is pure: office.js lives in src/excel." },
        { name: "document", message: "src/core is pure: no DOM." },
        { name: "window", message: "src/core is pure: no DOM." },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    // The bootstrap is the one place that waits for office.js and picks the adapter.
    ignores: ["src/taskpane/bootstrap/**", "src/taskpane/index.tsx"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "Components call use-cases through hooks; only src/excel talks to Excel." },
        { name: "Office", message: "Components call use-cases through hooks; only src/excel and the bootstrap talk to Office." },
      ],
    },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    // Tests assert shapes they set up themselves, and stub browser globals jsdom lacks.
    rules: { "@typescript-eslint/no-non-null-assertion": "off", "@typescript-eslint/unbound-method": "off" },
  },
  prettier,
);
