// The code editor: one Monaco editor, one model per problem and language (so each keeps its own undo history), the
// code saved to the session's store as it changes, and the compiler's complaints as markers.
import { diagnostics } from "./diagnostics";
import { monaco } from "./monaco";
import type { SessionStore } from "./storage";
import { editorLanguage } from "./templates";

type Model = monaco.editor.ITextModel;

/** How long after the last keystroke the code is saved (ms). */
const saveDelayMs = 300;

export class CodeEditor {
  private readonly editor: monaco.editor.IStandaloneCodeEditor;
  private readonly models = new Map<string, Model>();

  /** onRun: Ctrl+Enter (Cmd+Enter) in the editor. */
  constructor(
    host: HTMLElement,
    private readonly store: SessionStore,
    onRun: () => void,
  ) {
    this.editor = monaco.editor.create(host, {
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 14,
      lineHeight: 21,
      fontFamily: "ui-monospace, 'SFMono-Regular', 'DejaVu Sans Mono', Menlo, Consolas, monospace",
      scrollBeyondLastLine: false,
      renderLineHighlight: "line",
      tabSize: 4,
      fixedOverflowWidgets: true,
      ariaLabel: "Code editor. Ctrl+Enter runs your code.",
      readOnly: true,
      model: null,
    });
    this.editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, onRun);
    window.addEventListener("pagehide", () => this.saveAll());
  }

  /**
   * The model of a problem in a language: made on first use from the stored code, or else from startingCode.
   */
  model(problemId: string, language: string, startingCode: () => string): Model {
    const key = `${problemId}\u0000${language}`;
    let model = this.models.get(key);
    if (!model) {
      const created = monaco.editor.createModel(this.store.code(problemId, language) ?? startingCode(), editorLanguage(language));
      let timer: number | undefined;
      created.onDidChangeContent(() => {
        window.clearTimeout(timer);
        timer = window.setTimeout(() => this.store.saveCode(problemId, language, created.getValue()), saveDelayMs);
      });
      this.models.set(key, created);
      model = created;
    }
    return model;
  }

  /** Shows a model; read-only when the session is over. */
  show(model: Model, readOnly: boolean): void {
    this.editor.setModel(model);
    this.setReadOnly(readOnly);
  }

  setReadOnly(readOnly: boolean): void {
    this.editor.updateOptions({
      readOnly,
      readOnlyMessage: { value: "The assessment is closed: the code can no longer be changed." },
    });
  }

  /** Saves every model now (before leaving a problem or the page). */
  saveAll(): void {
    for (const [key, model] of this.models) {
      const [problemId, language] = key.split("\u0000");
      this.store.saveCode(problemId, language, model.getValue());
    }
  }

  /** Replaces a model's text by an edit, so that Ctrl+Z brings the old code back. */
  replace(model: Model, text: string): void {
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
  }

  /** Marks the lines a compiler's output names (none: clears the marks). */
  markCompileErrors(model: Model, output: string): void {
    const markers = diagnostics(output).map((d) => {
      const line = Math.min(d.line, model.getLineCount());
      return {
        severity: monaco.MarkerSeverity.Error,
        message: d.text,
        startLineNumber: line,
        startColumn: d.column ?? 1,
        endLineNumber: line,
        endColumn: model.getLineMaxColumn(line),
      };
    });
    monaco.editor.setModelMarkers(model, "compiler", markers);
  }

  /** Moves the cursor to a line (and column) of the shown model, and focuses the editor. */
  reveal(model: Model, line: number, column?: number): void {
    if (this.editor.getModel() !== model) {
      return;
    }
    const position = { lineNumber: Math.min(line, model.getLineCount()), column: column ?? 1 };
    this.editor.revealPositionInCenter(position);
    this.editor.setPosition(position);
    this.editor.focus();
  }
}
