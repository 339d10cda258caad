// Reader preferences on the static page, without the Wasm module: the language, the clock
// (`tz`), the theme, embedding (`embed`) and one section (`section`) from the address bar, the
// language switch (which keeps the reader's state) and the night clock's time-zone switch. Loaded at the end of <body> (src/prerender.rs), so the page is parsed and not
// yet painted. The spellings it accepts are the Rust parsers' own, written in by the build step
// in place of PARSERS, so the two never disagree.
(function () {
  'use strict';
  var PARSERS = /*PARSERS*/{ langs: {}, tz: {}, themes: [], flags: [] };
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  function read(key) {
    var value = params.get(key);
    return value === null ? null : value.trim().toLowerCase();
  }
  function known(table, key) {
    return key !== null && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : null;
  }

  // Each page carries one language: a URL asking for the other opens that page, state kept.
  var asked = read('lang');
  var wanted = asked === null ? null : known(PARSERS.langs, asked.split(/[-_]/)[0]);
  if (wanted && wanted.code !== root.lang) {
    var other = document.querySelector('link[rel=alternate][hreflang="' + wanted.code + '"]');
    if (other) {
      location.replace(withState(other.href, wanted.param));
      return;
    }
  }
  // The language switch is a plain link; this carries the reader's state and place along.
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[data-testid=lang-switch]') : null;
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var language = known(PARSERS.langs, (link.getAttribute('hreflang') || '').toLowerCase().split('-')[0]);
    if (!language) return;
    event.preventDefault();
    location.assign(withState(link.href, language.param));
  });

  var zone = known(PARSERS.tz, read('tz'));
  if (zone) setZone(zone);
  var theme = read('theme');
  if (theme !== 'auto' && PARSERS.themes.indexOf(theme) >= 0) root.setAttribute('data-theme', theme);
  var embed = read('embed');
  if (embed !== null && PARSERS.flags.indexOf(embed) >= 0) root.setAttribute('data-embed', '');
  var section = read('section');
  if (section) showOnly(section);

  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || input.name !== 'clock-tz' || !input.checked) return;
    var chosen = known(PARSERS.tz, input.value);
    if (!chosen) return;
    setZone(chosen);
    var url = new URL(location.href);
    url.searchParams.set('tz', chosen);
    try {
      history.replaceState(history.state, '', url.href);
    } catch (refused) {
      // A sandboxed frame may refuse; the page still shows the chosen clock.
    }
  });

  /** `page` with this page's query (its `lang` set to `lang`) and hash. */
  function withState(page, lang) {
    var url = new URL(page, location.href);
    var query = new URLSearchParams(location.search);
    query.delete('lang');
    query.append('lang', lang);
    url.search = query.toString();
    url.hash = location.hash;
    return url.href;
  }

  /** Shows `value`'s clock: the stylesheet hides the other; islands follow the event. */
  function setZone(value) {
    root.setAttribute('data-tz', value);
    var radios = document.querySelectorAll('input[name="clock-tz"]');
    for (var i = 0; i < radios.length; i++) radios[i].checked = radios[i].value === value;
    window.dispatchEvent(new Event('crash-night:tz'));
  }

  /**
   * Keeps one section of the story (and the risk notice, before a lab); the rest goes. An old
   * section id, folded into a chapter, is an anchor inside that chapter: the chapter stays.
   */
  function showOnly(slug) {
    var story = document.getElementById('story');
    var target = story && /^[a-z-]+$/.test(slug) ? document.getElementById(slug) : null;
    var keep = target && target.closest('#story > section');
    if (!keep) return;
    root.setAttribute('data-section', keep.id);
    var notice = story.querySelector(':scope > .risk-notice');
    for (var j = story.children.length - 1; j >= 0; j--) {
      if (story.children[j] !== keep) story.removeChild(story.children[j]);
    }
    if (notice && keep.classList.contains('lab')) story.insertBefore(notice, keep);
  }
})();
