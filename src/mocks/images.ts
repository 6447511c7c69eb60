/**
 * Stand-ins for the catalogue's product images, drawn rather than shipped: a square of the destination's
 * code on a colour of its own, so rows are told apart at a glance and the package carries no image files.
 * SVG whatever the URL's extension: browsers decode an image by its Content-Type.
 */

/** The code's letters and digits only: data never becomes markup, even in a mock. */
const tileLabel = (code: string): string => code.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 3);

/** FNV-1a: the same code has the same hue on every run and machine, and neighbours in the list differ. */
function hue(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0) % 360;
}

/** A 64 × 64 SVG tile showing `code` (at most three of its letters and digits). */
export function imageTile(code: string): string {
  const label = tileLabel(code);
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">' +
    `<rect width="64" height="64" fill="hsl(${hue(label)},45%,38%)"/>` +
    '<text x="32" y="32" dominant-baseline="central" text-anchor="middle" font-family="system-ui,sans-serif" ' +
    `font-size="20" font-weight="700" fill="#fff">${label}</text></svg>`
  );
}
