/**
 * Takes the place of @acemir/cssom in the extension build (aliased in wxt.config.ts). linkedom, the
 * background's HTML parser in Chrome's service worker, uses that package only to build
 * `HTMLStyleElement.sheet`, which neither Backstory's extraction nor Readability reads. Its browser
 * build exports nothing, and its CommonJS build calls `eval`, which an extension's content security
 * policy refuses, so the extension leaves CSS parsing out and says so if anything ever asks for it.
 * Node (the `match` command, tests) keeps the real package.
 */
export function parse(): never {
  throw new Error('Backstory: style sheets are not parsed in the extension (linkedom is bundled without @acemir/cssom); read the markup, not `.sheet`');
}
