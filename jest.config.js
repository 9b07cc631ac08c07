const ESM_ONLY = "(string-width|strip-ansi|ansi-regex|get-east-asian-width)";

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // string-width and its dependencies are ESM only; jest's CommonJS runtime on Node 20 needs them compiled.
    [`/node_modules/${ESM_ONLY}/.+\\.js$`]: [
      "ts-jest",
      { tsconfig: { allowJs: true, module: "commonjs" }, diagnostics: false },
    ],
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: { module: "commonjs", moduleResolution: "node10", jsx: "react-jsx", isolatedModules: true },
        diagnostics: false,
      },
    ],
  },
  // office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose main module pulls
  // ESM-only packages that jest's CommonJS runtime on Node 20 cannot load.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js" },
  transformIgnorePatterns: [`/node_modules/(?!${ESM_ONLY}/)`],
  reporters: ["default", "<rootDir>/test/support/plain-summary-reporter.js"],
  globalSetup: "<rootDir>/test/support/build-pane.global.js",
  testTimeout: 60000,
};
