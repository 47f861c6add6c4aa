export * from './types';
export { HISTORY_DB_NAME, HISTORY_DB_VERSION, openHistoryDb, type HistoryDb, type HistorySchema, type OpenOptions } from './db';
export { fingerprintFact, kbFingerprint, fnv1a } from './fingerprint';
export { DEFAULT_HISTORY_CAP, changedArticles, restateFacts, createHistory, describeStorageError, pageKey, type History, type Result } from './history';
export { COVERAGE_READ_SHARE, coverageOnPage, readingCount } from './reading';
