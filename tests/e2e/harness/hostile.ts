/**
 * Hostile page conditions: what real sites do that can break an injected sidebar, or be broken by it.
 * Each condition rewrites a fixture page (or adds response headers) so a covered article can be
 * tested under it.
 */
export const HOSTILE_CONDITIONS = ['global-css', 'element-remover', 'body-transform', 'strict-csp'] as const;
export type HostileCondition = (typeof HOSTILE_CONDITIONS)[number];

const INJECTIONS: Record<HostileCondition, string> = {
  // Restyles everything, including custom elements it does not know.
  'global-css': `<style>
    * { all: unset !important; font-family: "Comic Sans MS", cursive !important; color: #f0f !important; }
    body * { display: block !important; position: static !important; width: 200px !important; }
    :host, ::slotted(*) { display: none !important; }
  </style>`,
  // Removes custom elements it did not create, several times during the first seconds after load
  // (some sites sweep away injected widgets this way).
  'element-remover': `<script>
    (function () {
      var known = new Set(Array.from(document.querySelectorAll('*')));
      var passes = 0;
      var timer = setInterval(function () {
        if (++passes > 8) { clearInterval(timer); return; }
        document.querySelectorAll('body *').forEach(function (el) {
          if (!known.has(el) && el.tagName.indexOf('-') > 0) { el.remove(); window.__removed = (window.__removed || 0) + 1; }
        });
        document.querySelectorAll('*').forEach(function (el) { if (el.tagName.indexOf('-') < 0) known.add(el); });
      }, 300);
    })();
  </script>`,
  // A transformed body makes position:fixed children scroll with it unless the UI lives outside body.
  'body-transform': `<style>body { transform: translateZ(0) scale(0.98); filter: saturate(0.9); overflow-x: hidden; }</style>`,
  'strict-csp': '',
};

export function applyHostile(html: string, condition: HostileCondition): string {
  const injection = INJECTIONS[condition];
  if (!injection) return html;
  return html.includes('</head>') ? html.replace('</head>', `${injection}</head>`) : injection + html;
}

export function hostileHeaders(condition: HostileCondition): Record<string, string> {
  if (condition !== 'strict-csp') return {};
  return {
    'content-security-policy':
      "default-src 'none'; style-src 'self'; script-src 'none'; img-src 'self'; font-src 'none'; connect-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
  };
}
