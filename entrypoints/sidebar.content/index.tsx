import './style.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { isMessage, type ReplyOf } from '@/lib/messages';
import { Sidebar } from '@/components/sidebar/Sidebar';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    let open = false;
    let root: HTMLElement | undefined;
    const draw = () => root && render(<Sidebar open={open} onClose={() => ((open = false), draw())} />, root);
    const ui = await createShadowRootUi(ctx, {
      name: 'backstory-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        root = document.createElement('div');
        container.append(root);
        draw();
        return root;
      },
      onRemove(el) {
        if (el) render(null, el);
      },
    });
    ui.mount();
    browser.runtime.onMessage.addListener((raw: unknown) => {
      if (!isMessage(raw) || raw.type !== 'sidebar-command') return undefined;
      open = raw.action === 'toggle' ? !open : raw.action === 'open';
      draw();
      return Promise.resolve({ open } satisfies ReplyOf<'sidebar-command'>);
    });
  },
});
