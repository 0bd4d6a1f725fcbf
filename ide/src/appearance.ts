// How the editor looks: Monaco's dark theme while the system prefers a dark scheme (the page's colours follow the
// same media query in style.css), and the font size the candidate picks, kept in this browser.
import { h, replaceChildren } from "./dom";
import { monaco } from "./monaco";
import { saveFontSize, storedFontSize } from "./storage";

const fontSizes = [12, 13, 14, 16, 18, 20, 24];
const defaultFontSize = 14;

/** Switches Monaco's theme with the system's colour scheme, now and whenever it changes. */
export function followSystemTheme(): void {
  const dark = window.matchMedia("(prefers-color-scheme: dark)");
  const apply = () => monaco.editor.setTheme(dark.matches ? "vs-dark" : "vs");
  apply();
  dark.addEventListener("change", apply);
}

/** The font size to start with: this browser's choice, or the default. */
export function initialFontSize(): number {
  return storedFontSize() ?? defaultFontSize;
}

/** Fills the font-size picker; a choice is applied and kept. */
export function fontSizePicker(select: HTMLSelectElement, current: number, apply: (px: number) => void): void {
  const sizes = fontSizes.includes(current) ? fontSizes : [...fontSizes, current].sort((a, b) => a - b);
  replaceChildren(select, ...sizes.map((px) => h("option", { value: String(px) }, `${px} px`)));
  select.value = String(current);
  select.addEventListener("change", () => {
    const px = Number(select.value);
    saveFontSize(px);
    apply(px);
  });
}
