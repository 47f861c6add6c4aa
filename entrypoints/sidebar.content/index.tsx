/**
 * Content script entry: wires the browser (messaging, storage) and the build-time prefilter
 * vocabulary into the page controller. All behaviour lives in components/sidebar/page-controller.
 */
import css from './style.css?inline';
import { browser } from 'wxt/browser';
import { PageController, type Send } from '@/components/sidebar/page-controller';
import { isMessage, type ReplyOf } from '@/lib/messages';
import { createSettingsStore, type SettingsStorage } from '@/lib/settings';
import type { PrefilterVocabulary } from '@/lib/kb/types';

/**
 * The prefilter vocabulary, generated with the KB and substituted at build time by the KB build
 * hook (Vite `define`). Declared here, in module scope, so this file does not depend on where the
 * global declaration lives.
 */
declare const __BACKSTORY_VOCABULARY__: PrefilterVocabulary;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The stylesheet goes into the sidebar's shadow root (components/sidebar/host.ts), never the page.
  cssInjectionMode: 'manual',
  main(ctx) {
    // When the browser ran the content script (the benchmark reads it; a mark, not a measure).
    performance.mark('backstory:injected');
    const send: Send = (message) => browser.runtime.sendMessage(message) as never;
    const controller = new PageController({
      ctx,
      settings: createSettingsStore(browser.storage as unknown as SettingsStorage),
      vocabulary: __BACKSTORY_VOCABULARY__,
      send,
      css,
    });
    const onMessage = (raw: unknown): Promise<ReplyOf<'sidebar-command'> | ReplyOf<'story-restored'>> | undefined => {
      if (!isMessage(raw)) return undefined;
      if (raw.type === 'sidebar-command') return Promise.resolve(controller.command(raw.action));
      if (raw.type === 'story-restored') return controller.undismiss(false, raw.story).then(() => ({ ok: true }));
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    void controller.start();
  },
});
