// Put in front of each page's loader by the prerender step (src/prerender.rs), which wraps
// Trunk's start-up code in `whenWanted(async () => { … })`.
//
// The prerendered page already shows the whole story, so the Wasm module (most of the page's
// weight) waits until it is wanted: at once when the URL carries
// state, a section or an anchor, or the page is framed (an embed must size itself); otherwise
// when an interactive comes within a screen of the viewport, or at the reader's first pointer,
// touch, key or focus. What the reader did in an island before it woke is replayed once every
// island is live: buttons pressed, and sliders, switches or fields changed by hand.
function whenWanted(start) {
  const root = document.documentElement;
  const ready = () => root.hasAttribute('data-ready');
  // Islands wake one by one (src/islands): one already live handles its own input.
  const waiting = (target) => {
    const island = target.closest('[data-island]');
    return island !== null && !island.hasAttribute('data-hydrated');
  };
  const pressed = [];
  const edited = new Map();
  const onClick = (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button && !ready() && waiting(button)) pressed.push(button);
  };
  const onEdit = (event) => {
    const field = event.target;
    if (!ready() && field instanceof HTMLInputElement && waiting(field)) edited.set(field, field.type === 'radio' || field.type === 'checkbox' ? field.checked : field.value);
  };
  document.addEventListener('click', onClick, true);
  document.addEventListener('input', onEdit, true);
  document.addEventListener('change', onEdit, true);

  const replay = () => {
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('input', onEdit, true);
    document.removeEventListener('change', onEdit, true);
    for (const [field, value] of edited) {
      if (!field.isConnected) continue;
      if (typeof value === 'boolean') field.checked = value;
      else field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    for (const button of pressed) if (button.isConnected) button.click();
  };
  const afterHydration = () => {
    if (ready()) return replay();
    const watch = new MutationObserver(() => {
      if (ready()) {
        watch.disconnect();
        replay();
      }
    });
    watch.observe(root, { attributes: true, attributeFilter: ['data-ready'] });
  };

  const cues = ['pointerdown', 'pointermove', 'touchstart', 'wheel', 'keydown', 'focusin'];
  let near;
  let woken = false;
  const wake = () => {
    if (woken) return;
    woken = true;
    for (const cue of cues) removeEventListener(cue, wake, true);
    near?.disconnect();
    afterHydration();
    start();
  };
  const framed = window.top !== window.self;
  if (framed || location.search.length > 1 || location.hash.length > 1 || !('IntersectionObserver' in window)) {
    return wake();
  }
  for (const cue of cues) addEventListener(cue, wake, { capture: true, passive: true });
  near = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && wake(), { rootMargin: '100% 0px' });
  for (const panel of document.querySelectorAll('.lab-panel')) near.observe(panel);
}
