// TeX in a statement's text, as assessment statements write it: $n \le 10^5$ inline, $$\sum_{i=1}^n a_i$$ on a line
// of its own, rendered by KaTeX (bundled with its fonts; nothing is fetched elsewhere). As in Pandoc, an inline
// formula starts with a $ not followed by a space and ends with a $ not preceded by one nor followed by a digit, so
// "between $5 and $10" stays text. Code (code, pre) is left alone; a formula KaTeX cannot parse is shown as its
// source, marked.
import katex from "katex";

const formula = /\$\$([\s\S]+?)\$\$|\$(?![\s$])((?:[^$\\\n]|\\.)+?)(?<!\s)\$(?!\d)/g;

const skipped = new Set(["CODE", "PRE", "KBD", "SAMP", "SCRIPT", "STYLE", "TEXTAREA"]);

/**
 * Renders the formulas of `root` (an element or a fragment) in place: those the server marked (Markdig's math
 * extension: span.math holding \(...\), display when it is a div or also has the class "display"), then any $...$
 * left in the text.
 */
export function renderMath(root: ParentNode): void {
  for (const marked of Array.from(root.querySelectorAll("span.math, div.math"))) {
    const source = (marked.textContent ?? "").trim();
    const tex = source.replace(/^\\[([]/, "").replace(/\\[)\]]$/, "").trim();
    const display = marked.tagName === "DIV" || marked.classList.contains("display");
    marked.replaceWith(rendered(tex, display));
  }
  for (const text of textNodes(root)) {
    const value = text.nodeValue ?? "";
    formula.lastIndex = 0;
    if (!formula.test(value)) {
      continue;
    }
    formula.lastIndex = 0;
    const parts = document.createDocumentFragment();
    let last = 0;
    for (const match of value.matchAll(formula)) {
      parts.append(value.slice(last, match.index));
      const display = match[1] !== undefined;
      parts.append(rendered((display ? match[1] : match[2]).trim(), display));
      last = match.index + match[0].length;
    }
    parts.append(value.slice(last));
    text.replaceWith(parts);
  }
}

function rendered(tex: string, display: boolean): HTMLElement {
  const element = document.createElement("span"); // KaTeX's display mode makes itself a block
  element.className = "math";
  katex.render(tex, element, { displayMode: display, throwOnError: false, strict: "ignore", trust: false, maxExpand: 200 });
  return element;
}

/** The text nodes under root, outside code; collected first, as rendering replaces them. */
function textNodes(root: ParentNode): Text[] {
  const found: Text[] = [];
  const visit = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        found.push(child as Text);
      } else if (child.nodeType === Node.ELEMENT_NODE && !skipped.has((child as Element).tagName)
        && !(child as Element).classList.contains("math")) {
        visit(child);
      }
    }
  };
  visit(root);
  return found;
}
