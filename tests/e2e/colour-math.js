// Colour arithmetic for checks that run inside the page (contrast of chart text and of the
// market colours). Installed by `installColourMath` in checks.mjs, through page.evaluate, which
// the pages' strict CSP does not block; defines `globalThis.__colourMath` once per document.
globalThis.__colourMath ??= (() => {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  /** Any CSS colour as [r, g, b, alpha 0–1], as the browser resolves it. */
  const rgba = (css) => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = '#000';
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  /** `top` painted over the opaque `bottom`. */
  const over = (top, bottom) => top.slice(0, 3).map((c, k) => c * top[3] + bottom[k] * (1 - top[3])).concat(1);
  /** WCAG relative luminance. */
  const luminance = ([r, g, b]) => {
    const lin = (c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  /** WCAG contrast ratio of two opaque colours. */
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  return { rgba, over, luminance, ratio };
})();
