// A second line of defence for the statement's HTML. The server renders the Markdown with raw HTML shown as text
// and only http(s), mailto and relative links kept; the page still parses it inertly and keeps only the elements and
// attributes Markdown produces, so a server-side slip cannot run code here (the content security policy is the
// third line). No ids (they could shadow the page's own elements), and classes only as code blocks' languages and the
// server's marks of math ("math" or "math display" on a span or div).

const allowedElements = new Set([
  "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5",
  "h6", "hr", "i", "img", "kbd", "li", "ol", "p", "pre", "s", "samp", "span", "strong", "sub", "sup", "table",
  "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var", "mark", "figure", "figcaption", "section",
]);

const allowedAttributes = new Set(["href", "title", "alt", "src", "class", "colspan", "rowspan", "align", "start"]);

/** Elements whose whole content goes, not only the tag. */
const droppedWithContent = new Set(["script", "style", "template", "iframe", "object", "embed", "noscript", "svg", "math"]);

function safeUrl(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.startsWith("#") || trimmed.startsWith("/") || trimmed.startsWith("./") || trimmed.startsWith("../")) {
    return !trimmed.startsWith("//");
  }
  try {
    const url = new URL(trimmed, "https://relative.invalid/");
    if (url.origin === "https://relative.invalid") {
      return true; // relative (no scheme)
    }
    return url.protocol === "https:" || url.protocol === "http:" || url.protocol === "mailto:";
  } catch {
    return false;
  }
}

function clean(node: Node, into: Node, doc: Document): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      into.appendChild(doc.createTextNode(child.textContent ?? ""));
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) {
      continue; // comments, processing instructions
    }
    const element = child as Element;
    const tag = element.tagName.toLowerCase();
    if (droppedWithContent.has(tag)) {
      continue;
    }
    if (!allowedElements.has(tag)) {
      clean(element, into, doc); // unknown wrapper: keep its text
      continue;
    }
    const copy = doc.createElement(tag);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (!allowedAttributes.has(name)) {
        continue;
      }
      if ((name === "href" || name === "src") && !safeUrl(attribute.value)) {
        continue;
      }
      if (name === "class" && !(tag === "code" && /^language-[\w+#-]+$/.test(attribute.value))
        && !((tag === "span" || tag === "div") && (attribute.value === "math" || attribute.value === "math display"))) {
        continue;
      }
      copy.setAttribute(name, attribute.value);
    }
    if (tag === "a") {
      // A link opens beside the IDE, never in place of it, and tells the other site nothing.
      copy.setAttribute("target", "_blank");
      copy.setAttribute("rel", "noopener noreferrer");
    }
    if (tag === "img") {
      copy.setAttribute("referrerpolicy", "no-referrer");
      copy.setAttribute("loading", "lazy");
    }
    clean(element, copy, doc);
    into.appendChild(copy);
  }
}

/** The statement's HTML as a fragment of this document, with only Markdown's elements and safe attributes. */
export function sanitizedFragment(html: string): DocumentFragment {
  // DOMParser's document is inert: no script runs and no resource loads while it is parsed.
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, "text/html");
  const fragment = document.createDocumentFragment();
  clean(parsed.body, fragment, document);
  return fragment;
}
