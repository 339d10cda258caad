/*!
 * Crash Night (崩盘之夜) embed loader.
 *
 *   <div data-crash-night data-section="leverage" data-lang="en"></div>
 *   <script async src="https://example.org/graphics/crash-night/embed.js"></script>
 *
 * Turns every [data-crash-night] placeholder into an iframe of the explainer (the folder this
 * script was loaded from, `?embed=1&section=…&lang=…` plus any `data-query`), sizes the frame
 * to its content, and tells the frame where it sits in this page's viewport so its scrolling
 * story follows the reader. Options (all optional): data-section, data-lang (zh|en),
 * data-theme (light|dark|auto), data-query ("lev=20&asset=btc"), data-title, data-height
 * (px before the first size message), data-loading ("eager"; default lazy), data-sandbox.
 *
 * Acts only on messages from its own frames' windows, from the app's origin, of the exact shape
 * { type: "crash-night:height", height: number }; the height is clamped. It never navigates,
 * evaluates or inserts anything a message says. No other request, no cookies, no storage.
 */
(function () {
  'use strict';

  var HEIGHT = 'crash-night:height';
  var VIEWPORT = 'crash-night:viewport';
  var MIN_HEIGHT = 40;
  var MAX_HEIGHT = 200000;
  var DEFAULT_HEIGHT = 600;
  var SECTION = /^[a-z][a-z-]{0,39}$/;
  var THEMES = { light: 1, dark: 1, auto: 1 };
  // Keys the loader owns or pym.js appends: never taken from data-query.
  var RESERVED = { embed: 1, section: 1, lang: 1, theme: 1, childId: 1, parentUrl: 1, parentTitle: 1, initialWidth: 1 };
  // The sandbox for data-sandbox: scripts run, links may open in a new tab; no same-origin
  // access, no top navigation, no forms.
  var SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

  // The frames' folder is this script's own. Without `document.currentScript` (a module load,
  // or a copy run by another loader) there is no trustworthy way to know it: guessing from the
  // page's other <script> tags could pick another vendor's embed.js and point frames there.
  var script = document.currentScript;
  if (!script || !script.src || typeof URL !== 'function') {
    if (window.console) console.warn('Crash Night embed.js: load it with a plain <script src> tag; it cannot tell where it was loaded from, so it embeds nothing.');
    return;
  }
  var base = new URL('./', script.src);

  // One registry and one set of listeners per page, however many times the script is included.
  // Kept under a symbol: an element with a matching id or name (`<a id="…">`) becomes a window
  // property with that name, and a string key could be clobbered by the host page's markup.
  var KEY = Symbol.for('crash-night.embed');
  var registry = window[KEY];
  if (!registry || !Array.isArray(registry.frames)) {
    registry = { frames: [] };
    Object.defineProperty(window, KEY, { value: registry });
    window.addEventListener('message', onMessage, false);
    window.addEventListener('scroll', scheduleViewport, { passive: true });
    window.addEventListener('resize', scheduleViewport, { passive: true });
    window.addEventListener('load', scheduleViewport);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', mountAll);
  } else {
    mountAll();
  }

  function mountAll() {
    var placeholders = document.querySelectorAll('[data-crash-night]:not([data-crash-night-mounted])');
    for (var i = 0; i < placeholders.length; i++) mount(placeholders[i]);
  }

  function langOf(value) {
    var primary = String(value || '').trim().toLowerCase().split(/[-_]/)[0];
    return primary === 'en' ? 'en' : primary === 'zh' ? 'zh' : null;
  }

  /** The frame's URL: English has its own prerendered page (en/), so no Chinese flashes first. */
  function frameUrl(el) {
    var lang = langOf(el.getAttribute('data-lang'));
    var url = new URL(lang === 'en' ? 'en/' : './', base);
    var params = new URLSearchParams();
    params.set('embed', '1');
    var section = (el.getAttribute('data-section') || '').trim().toLowerCase();
    if (SECTION.test(section)) params.set('section', section);
    if (lang) params.set('lang', lang);
    var theme = (el.getAttribute('data-theme') || '').trim().toLowerCase();
    if (THEMES[theme] === 1) params.set('theme', theme);
    var extra = new URLSearchParams(el.getAttribute('data-query') || '');
    extra.forEach(function (value, key) {
      if (RESERVED[key] !== 1 && !params.has(key)) params.append(key, value);
    });
    url.search = params.toString();
    return { href: url.href, lang: lang };
  }

  function mount(el) {
    el.setAttribute('data-crash-night-mounted', '');
    var target = frameUrl(el);
    var frame = document.createElement('iframe');
    var sandboxed = el.hasAttribute('data-sandbox');
    if (sandboxed) frame.setAttribute('sandbox', SANDBOX);
    frame.setAttribute('title', el.getAttribute('data-title') ||
      (target.lang === 'en' ? 'Crash Night: an interactive explainer' : '崩盘之夜：交互式解读'));
    frame.setAttribute('loading', el.getAttribute('data-loading') === 'eager' ? 'eager' : 'lazy');
    frame.setAttribute('allow', 'clipboard-write');
    frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    // CSSOM writes, not a style attribute: allowed under a host CSP without 'unsafe-inline'.
    var initial = clamp(parseFloat(el.getAttribute('data-height')), DEFAULT_HEIGHT);
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.height = initial + 'px';
    // `live` once the app in the frame has spoken: before that there is nobody to tell where
    // the frame is. Viewport messages name the app's origin, so a page the frame was navigated
    // to elsewhere never receives them.
    var entry = { frame: frame, origin: base.origin, sandboxed: sandboxed, height: initial, live: false };
    frame.src = target.href;
    // Whatever was in the placeholder (a fallback link for pages without JavaScript) goes.
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(frame);
    registry.frames.push(entry);
  }

  function clamp(value, fallback) {
    if (typeof value !== 'number' || !isFinite(value)) return fallback;
    return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(value)));
  }

  function entryFor(source) {
    if (!source) return null;
    for (var i = 0; i < registry.frames.length; i++) {
      if (registry.frames[i].frame.contentWindow === source) return registry.frames[i];
    }
    return null;
  }

  function onMessage(event) {
    var entry = entryFor(event.source);
    if (!entry) return;
    // A sandboxed frame has an opaque origin, which the browser reports as "null".
    var expected = entry.sandboxed ? 'null' : entry.origin;
    if (event.origin !== expected) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || Array.isArray(data) || data.type !== HEIGHT) return;
    if (typeof data.height !== 'number' || !isFinite(data.height)) return;
    var height = clamp(data.height, entry.height);
    if (height !== entry.height) {
      entry.height = height;
      entry.frame.style.height = height + 'px';
    }
    entry.live = true;
    // A frame that changed height moves every frame below it: tell them all.
    scheduleViewport();
  }

  var pending = false;
  function scheduleViewport() {
    if (pending) return;
    pending = true;
    var next = window.requestAnimationFrame || function (callback) { return setTimeout(callback, 16); };
    next(function () {
      pending = false;
      for (var i = 0; i < registry.frames.length; i++) sendViewport(registry.frames[i]);
    });
  }

  /** Tells a frame where its top is relative to this viewport, while it is on or near screen. */
  function sendViewport(entry) {
    var win = entry.frame.contentWindow;
    if (!entry.live || !win) return;
    var rect = entry.frame.getBoundingClientRect();
    var viewportHeight = window.innerHeight || document.documentElement.clientHeight;
    if (rect.bottom < -viewportHeight || rect.top > 2 * viewportHeight) return;
    win.postMessage({ type: VIEWPORT, top: rect.top, height: viewportHeight }, entry.sandboxed ? '*' : entry.origin);
  }
})();
