/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // intl-messageformat and its @formatjs parts, and string-width and its parts, ship as ES modules
  // only: compiled to CommonJS for jest.
  transformIgnorePatterns: [
    "/node_modules/(?!(intl-messageformat|@formatjs|string-width|strip-ansi|ansi-regex|get-east-asian-width)/)",
  ],
  transform: {
    "^.+\\.jsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", allowJs: true, isolatedModules: true }, diagnostics: false },
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
  reporters: ["default", "<rootDir>/test/support/plain-summary-reporter.js"],
  globalSetup: "<rootDir>/test/support/build-pane.global.js",
  testTimeout: 60000,
};
