/**
 * Build-time constant: the prefilter vocabulary, compiled from seeds/ with the KB and inlined into
 * the content script bundle by Vite `define` (see the KB hook in wxt.config.ts).
 */
declare const __BACKSTORY_VOCABULARY__: import('./types').PrefilterVocabulary;
