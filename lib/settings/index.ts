export * from './schema';
export { migrateSettings, needsRewrite, toStored } from './migrate';
export { SETTINGS_KEY, createSettingsStore, type SettingsStorage, type SettingsStore } from './store';
