/* eslint-disable no-undef */
/**
 * The `indicators` command as one file: dist/lib/cli/main.js (and the batch pool's worker.js beside
 * it), bundled over what `tsc -p tsconfig.cli.json` wrote there. Loading ~160 small modules (and the
 * catalog's ES-module library through require) was a fifth of analysing 1,000 indicators.
 * piscina stays outside: it starts its threads from its own files.
 */
const path = require("node:path");
const webpack = require("webpack");

module.exports = {
  mode: "production",
  target: "node20",
  entry: { main: "./src/cli/main.ts", worker: "./src/cli/worker.ts" },
  output: {
    path: path.resolve(__dirname, "dist", "lib", "cli"),
    filename: "[name].js",
    chunkFilename: "chunk-[id].js",
    library: { type: "commonjs2" },
  },
  // __dirname and __filename as node gives them: the command finds package.json and worker.js from them.
  node: { __dirname: false, __filename: false },
  resolve: { extensions: [".ts", ".js"] },
  externals: { piscina: "commonjs piscina" },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        loader: "ts-loader",
        options: { configFile: "tsconfig.cli.json", transpileOnly: true },
      },
    ],
  },
  // Readable stack traces in INDICATORS_DEBUG output; minifying saves little start-up time here.
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
  // The bin runs main.js itself.
  plugins: [new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, include: /^main\.js$/ })],
};
