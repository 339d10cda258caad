/*!
 * A minimal pym.js-compatible parent, written for this example because no CDN may be used. It
 * speaks pym's message format ("pym" xPYMx id xPYMx type xPYMx value), appends the query
 * parameters pym appends (initialWidth, childId, parentTitle, parentUrl) and auto-initialises
 * [data-pym-src] elements the way pym does, so the page behaves as it would with pym.js itself:
 *
 *   <div id="leverage-graphic" data-pym-src="https://…/?embed=1&section=leverage" data-pym-trackscroll></div>
 *   <script src="pym-parent.js"></script>
 *   (or, by hand: new pym.Parent('leverage-graphic', url, { trackscroll: true }))
 *
 * Stricter than pym: only messages from its own iframe's window and origin are read, heights are
 * clamped, and `navigateTo` / `scrollToChildPos` are ignored (a child never moves the host).
 * Handles `height` and `parentPositionInfo`; sends `width` on resize and, with trackscroll,
 * `viewport-iframe-position` on scroll and resize. If the real pym.js is on the page, it wins.
 */
(function () {
  'use strict';

  var DELIMITER = 'xPYMx';
  var MAX_MESSAGE_CHARS = 1024;
  var MIN_HEIGHT = 40;
  var MAX_HEIGHT = 200000;

  function throttle(fn, wait) {
    var last = 0;
    var timer = null;
    return function () {
      var now = Date.now();
      var remaining = wait - (now - last);
      if (remaining <= 0) {
        if (timer) { clearTimeout(timer); timer = null; }
        last = now;
        fn();
      } else if (!timer) {
        timer = setTimeout(function () { timer = null; last = Date.now(); fn(); }, remaining);
      }
    };
  }

  function Parent(id, url, config) {
    config = config || {};
    var self = this;
    this.id = String(id);
    this.url = String(url);
    this.el = document.getElementById(this.id);
    if (!this.el) throw new Error('pym-parent: no element with id ' + this.id);
    this.settings = {
      trackscroll: !!config.trackscroll,
      scrollwait: typeof config.scrollwait === 'number' && config.scrollwait >= 0 ? config.scrollwait : 100,
      title: config.title || '',
    };
    this.prefix = 'pym' + DELIMITER + this.id + DELIMITER;
    this.handlers = {};
    this.iframe = null;
    this.origin = null;
    // Until the child speaks there is no one to talk to (and naming its origin would fail).
    this.childReady = false;

    this._processMessage = function (event) { self.processMessage(event); };
    this._onResize = function () {
      self.sendWidth();
      if (self.settings.trackscroll) self.sendViewportAndIFramePosition();
    };
    this._onScroll = throttle(function () { self.sendViewportAndIFramePosition(); }, this.settings.scrollwait);

    this.onMessage('height', function (value) {
      var height = parseInt(value, 10);
      if (!isFinite(height)) return;
      height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height));
      self.iframe.style.height = height + 'px';
    });
    this.onMessage('parentPositionInfo', function () { self.sendViewportAndIFramePosition(); });

    window.addEventListener('message', this._processMessage, false);
    this.constructIframe();
  }

  Parent.prototype.constructIframe = function () {
    var width = this.el.offsetWidth;
    var hashAt = this.url.indexOf('#');
    var hash = hashAt >= 0 ? this.url.slice(hashAt) : '';
    var url = hashAt >= 0 ? this.url.slice(0, hashAt) : this.url;
    url += url.indexOf('?') < 0 ? '?' : '&';
    url += 'initialWidth=' + width + '&childId=' + encodeURIComponent(this.id) +
      '&parentTitle=' + encodeURIComponent(document.title) +
      '&parentUrl=' + encodeURIComponent(window.location.href) + hash;

    var iframe = document.createElement('iframe');
    iframe.setAttribute('scrolling', 'no');
    iframe.setAttribute('marginheight', '0');
    iframe.setAttribute('frameborder', '0');
    if (this.settings.title) iframe.setAttribute('title', this.settings.title);
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.src = url;
    this.origin = new URL(url, window.location.href).origin;
    while (this.el.firstChild) this.el.removeChild(this.el.firstChild);
    this.el.appendChild(iframe);
    this.iframe = iframe;

    window.addEventListener('resize', this._onResize);
    if (this.settings.trackscroll) window.addEventListener('scroll', this._onScroll, { passive: true });
  };

  Parent.prototype.processMessage = function (event) {
    if (!this.iframe || event.source !== this.iframe.contentWindow || event.origin !== this.origin) return;
    var data = event.data;
    if (typeof data !== 'string' || data.length > MAX_MESSAGE_CHARS || data.indexOf(this.prefix) !== 0) return;
    var rest = data.slice(this.prefix.length);
    var split = rest.indexOf(DELIMITER);
    if (split <= 0) return;
    var type = rest.slice(0, split);
    if (/\s/.test(type)) return;
    this.childReady = true;
    this.fire(type, rest.slice(split + DELIMITER.length));
  };

  Parent.prototype.onMessage = function (type, callback) {
    if (!Object.prototype.hasOwnProperty.call(this.handlers, type)) this.handlers[type] = [];
    this.handlers[type].push(callback);
  };

  Parent.prototype.fire = function (type, value) {
    if (!Object.prototype.hasOwnProperty.call(this.handlers, type)) return;
    var handlers = this.handlers[type];
    for (var i = 0; i < handlers.length; i++) handlers[i].call(this, value);
  };

  Parent.prototype.sendMessage = function (type, value) {
    if (!this.childReady || !this.iframe || !this.iframe.contentWindow) return;
    this.iframe.contentWindow.postMessage(['pym', this.id, type, value].join(DELIMITER), this.origin);
  };

  Parent.prototype.sendWidth = function () {
    this.sendMessage('width', String(this.el.offsetWidth));
  };

  /** pym's payload: viewport width and height, then the iframe's top, left, bottom, right. */
  Parent.prototype.sendViewportAndIFramePosition = function () {
    if (!this.iframe) return;
    var rect = this.iframe.getBoundingClientRect();
    var width = window.innerWidth || document.documentElement.clientWidth;
    var height = window.innerHeight || document.documentElement.clientHeight;
    this.sendMessage('viewport-iframe-position',
      [width, height, rect.top, rect.left, rect.bottom, rect.right].join(' '));
  };

  Parent.prototype.remove = function () {
    window.removeEventListener('message', this._processMessage);
    window.removeEventListener('resize', this._onResize);
    window.removeEventListener('scroll', this._onScroll);
    if (this.iframe && this.iframe.parentNode) this.iframe.parentNode.removeChild(this.iframe);
    this.iframe = null;
  };

  var instances = [];

  /** Creates a Parent for every [data-pym-src] element not yet initialised. */
  function autoInit() {
    var elements = document.querySelectorAll('[data-pym-src]:not([data-pym-auto-initialized])');
    for (var i = 0; i < elements.length; i++) {
      var el = elements[i];
      el.setAttribute('data-pym-auto-initialized', '');
      if (!el.id) el.id = 'pym-' + i + '-' + Math.random().toString(36).slice(2, 7);
      var trackscroll = el.getAttribute('data-pym-trackscroll');
      var scrollwait = Number(el.getAttribute('data-pym-scrollwait'));
      instances.push(new Parent(el.id, el.getAttribute('data-pym-src'), {
        trackscroll: trackscroll !== null && trackscroll !== 'false',
        scrollwait: el.hasAttribute('data-pym-scrollwait') && isFinite(scrollwait) ? scrollwait : undefined,
        title: el.getAttribute('data-pym-title') || '',
      }));
    }
    return instances;
  }

  if (window.pym) return;
  window.pym = { Parent: Parent, autoInit: autoInit, autoInitInstances: instances };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { autoInit(); });
  } else {
    autoInit();
  }
})();
