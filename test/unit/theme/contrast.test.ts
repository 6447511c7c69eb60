// The default theme's colour tokens, read from the shipped stylesheet and held to WCAG 2.2: text 4.5:1
// (1.4.3), component borders and the focus ring 3:1 against what they sit on (1.4.11), in every preset.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const css = readFileSync(resolve(__dirname, '../../../src/styles.css'), 'utf8');

/** The `--esim-color-*` hex values declared in the first block that opens with `selector {`. */
function tokens(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no block for ${selector}`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--esim-color-([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]));
}

/** WCAG relative luminance of an sRGB hex colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** `color-mix(in srgb, a p%, b)`, as hex. */
function mix(a: string, b: string, p: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(i, i + 2), 16);
  return `#${[1, 3, 5].map((i) => Math.round(channel(a, i) * p + channel(b, i) * (1 - p)).toString(16).padStart(2, '0')).join('')}`;
}

// The tint's default share of the accent, read from the stylesheet: what the derived colours below are made of.
const defaultTint = /--esim-tint: var\(--esim-color-accent-soft, color-mix\(in srgb, var\(--esim-color-accent\) var\(--esim-preset-tint, (\d+)%\), var\(--esim-color-bg\)\)\)/.exec(css)![1]!;

/** The share of the accent in a preset's tint: its own `--esim-preset-tint`, else the default. */
const tintShare = (selector: string) => {
  const start = css.indexOf(`${selector} {`);
  const share = /--esim-preset-tint:\s*(\d+)%/.exec(css.slice(start, css.indexOf('}', start)))?.[1] ?? defaultTint;
  return Number(share) / 100;
};

/** A preset's tokens as a root computes them: focus and accent-soft follow the accent unless the preset sets them. */
const computed = (selector: string): Record<string, string> => {
  const declared = { ...light, ...tokens(selector) };
  return { focus: declared.accent!, 'accent-soft': mix(declared.accent!, declared.bg!, tintShare(selector)), ...declared };
};

const light = tokens(':where(:root)');
const presets: Record<string, Record<string, string>> = {
  light: computed(':where(:root)'),
  dark: computed(":where([data-esim-theme='dark'])"),
  flat: computed(":where([data-esim-theme='flat'])"),
  'auto (dark scheme)': computed(":where([data-esim-theme='auto'])"),
};

// [foreground, background, minimum ratio]
const pairs: [string, string, number][] = [
  ['text', 'bg', 4.5],
  ['text', 'surface', 4.5],
  ['muted', 'bg', 4.5],
  ['muted', 'surface', 4.5],
  ['accent-text', 'accent', 4.5],
  ['text', 'accent-soft', 4.5],
  ['discount', 'discount-bg', 4.5],
  ['text', 'danger-bg', 4.5],
  ['border', 'bg', 3],
  ['border', 'surface', 3],
  ['focus', 'bg', 3],
  ['focus', 'surface', 3],
  ['focus', 'accent-soft', 3],
  ['accent', 'bg', 3],
];

describe.each(Object.entries(presets))('the %s preset', (_name, colours) => {
  it.each(pairs)('%s on %s reaches %s:1', (foreground, background, minimum) => {
    expect(colours[foreground], `--esim-color-${foreground}`).toMatch(/^#/);
    expect(colours[background], `--esim-color-${background}`).toMatch(/^#/);
    expect(contrast(colours[foreground]!, colours[background]!)).toBeGreaterThanOrEqual(minimum);
  });
});

it('measures contrast the way WCAG does (black on white is 21:1, the old border was 1.58:1)', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#c9ced8', '#ffffff')).toBeCloseTo(1.58, 2);
});

it('keeps the auto preset’s dark scheme identical to the dark preset', () => {
  // Every declaration, not only the colours: the tint's share and the padding are the dark scheme's too.
  const declarations = (selector: string) => {
    const start = css.indexOf(`${selector} {`);
    return [...css.slice(start, css.indexOf('}', start)).matchAll(/(--esim-[\w-]+):\s*([^;]+);/g)].map((m) => `${m[1]}: ${m[2]}`);
  };
  expect(tokens(":where([data-esim-theme='auto'])")).toEqual(tokens(":where([data-esim-theme='dark'])"));
  expect(declarations(":where([data-esim-theme='auto'])")).toEqual(declarations(":where([data-esim-theme='dark'])"));
});

it('draws the focus ring from the focus colour, solid, not a translucent tint', () => {
  expect(css).toMatch(/--esim-focus-ring:\s*0 0 0 2px var\(--esim-color-bg\), 0 0 0 4px var\(--esim-color-focus, var\(--esim-color-accent\)\);/);
  expect(css).toMatch(/@media \(forced-colors: active\)/);
});

it('gives a browser without color-mix() a tint it can draw (the surface), not a background it drops', () => {
  const fallback = /@supports not \(color: color-mix\(in srgb, red, red\)\) \{\s*:where\(\.esim-root\) \{\s*--esim-tint: ([^;]+);/.exec(css);
  expect(fallback?.[1]).toBe('var(--esim-color-accent-soft, var(--esim-color-surface))');
  // The text on it still reads in every preset: it is the surface pair already held to 4.5:1 above.
  for (const colours of Object.values(presets)) expect(contrast(colours.text!, colours.surface!)).toBeGreaterThanOrEqual(4.5);
});
