// Monaco's editor worker (word-based suggestions, links, ...), a bundle of its own.
import "monaco-editor/editor/editor.worker.js";
