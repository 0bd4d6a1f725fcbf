// The code editor: one Monaco editor, one model per problem and language (so each keeps its own undo history), the
// code saved to the session's store as it changes (and reported, for the server's drafts), the compiler's complaints
// as markers, and the keys: Ctrl+Enter runs, Ctrl+Shift+Enter submits, Ctrl+M makes Tab leave the editor.
import type { ActivityRecorder } from "./activity";
import { diagnostics } from "./diagnostics";
import { monaco } from "./monaco";
import type { SessionStore } from "./storage";
import { editorLanguage } from "./templates";

type Model = monaco.editor.ITextModel;

/** How long after the last keystroke the code is saved (ms). */
const saveDelayMs = 300;

/** What the editor's keys and edits call. */
export interface EditorActions {
  /** Ctrl+Enter (Cmd+Enter). */
  run(): void;
  /** Ctrl+Shift+Enter (Cmd+Shift+Enter). */
  submit(): void;
  /** The candidate changed the code of a problem in a language (called at most every 300 ms). */
  edited(problemId: string, language: string, code: string): void;
}

export const editorHelp =
  "Code editor. Ctrl+Enter runs your code, Ctrl+Shift+Enter submits it. " +
  "To leave the editor with the keyboard, press Ctrl+M: Tab then moves the focus instead of indenting (Ctrl+M again undoes it).";

export class CodeEditor {
  private readonly editor: monaco.editor.IStandaloneCodeEditor;
  private readonly models = new Map<string, Model>();
  /** The models the candidate changed: only those are saved (untouched starting code is not the candidate's). */
  private readonly edited = new Set<string>();
  /** Each model's problem and language, for the recorded activity. */
  private readonly owners = new Map<Model, { problemId: string; language: string }>();
  /** Set while the page replaces a model's whole text (recorded as a snapshot, not as typing). */
  private replacing = false;
  /** A DOM paste event was recorded and Monaco has not yet reported the paste it made. */
  private domPaste = false;

  constructor(
    host: HTMLElement,
    private readonly store: SessionStore,
    private readonly actions: EditorActions,
    fontSize: number,
    private readonly recorder?: ActivityRecorder,
  ) {
    this.editor = monaco.editor.create(host, {
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize,
      lineHeight: Math.round(fontSize * 1.5),
      fontFamily: "ui-monospace, 'SFMono-Regular', 'DejaVu Sans Mono', Menlo, Consolas, monospace",
      scrollBeyondLastLine: false,
      renderLineHighlight: "line",
      tabSize: 4,
      fixedOverflowWidgets: true,
      ariaLabel: editorHelp,
      readOnly: true,
      model: null,
    });
    this.editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => actions.run());
    this.editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter, () => actions.submit());
    window.addEventListener("pagehide", () => this.saveAll());
    // Capture: the paste is recorded before Monaco's handler makes the edit, so the edit after it is the paste's.
    host.addEventListener("paste", (e) => {
      const shown = this.shownOwner();
      const text = e.clipboardData?.getData("text/plain") ?? "";
      if (shown && !this.isReadOnly() && text.length > 0) {
        recorder?.paste(shown.problemId, shown.language, text);
        this.domPaste = true;
      }
    }, true);
    // Monaco's own Paste command (its context menu) reads the clipboard without a DOM paste event.
    this.editor.onDidPaste((e) => {
      const shown = this.shownOwner();
      const model = this.editor.getModel();
      if (!this.domPaste && shown && model) {
        recorder?.pasteBeforeLastEdit(shown.problemId, shown.language, model.getValueInRange(e.range));
      }
      this.domPaste = false;
    });
    for (const kind of ["copy", "cut"] as const) {
      host.addEventListener(kind, () => {
        const shown = this.shownOwner();
        const model = this.editor.getModel();
        const length = (this.editor.getSelections() ?? []).reduce((sum, s) => sum + (model?.getValueInRange(s).length ?? 0), 0);
        if (shown) {
          recorder?.clipboard(shown.problemId, shown.language, kind, length);
        }
      }, true);
    }
  }

  private shownOwner(): { problemId: string; language: string } | undefined {
    const model = this.editor.getModel();
    return model ? this.owners.get(model) : undefined;
  }

  private isReadOnly(): boolean {
    return this.editor.getOption(monaco.editor.EditorOption.readOnly);
  }

  /** Records the shown editor's whole text (after the server refused a batch of its activity). */
  recordSnapshot(): void {
    const model = this.editor.getModel();
    const shown = this.shownOwner();
    if (model && shown) {
      this.recorder?.snapshot(shown.problemId, shown.language, model.getValue());
    }
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
      this.owners.set(created, { problemId, language });
      created.onDidChangeContent((e) => {
        if (this.replacing || e.isFlush || e.isEolChange) {
          this.recorder?.snapshot(problemId, language, created.getValue());
        } else {
          this.recorder?.edit(problemId, language, e.changes.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text })), () => created.getValue(), () => created.getValueLength());
        }
        this.edited.add(key);
        window.clearTimeout(timer);
        timer = window.setTimeout(() => {
          const code = created.getValue();
          this.store.saveCode(problemId, language, code);
          this.actions.edited(problemId, language, code);
        }, saveDelayMs);
      });
      this.models.set(key, created);
      model = created;
    }
    return model;
  }

  /** The model of a problem in a language, if it was made. */
  existing(problemId: string, language: string): Model | undefined {
    return this.models.get(`${problemId}\u0000${language}`);
  }

  /** Shows a model; read-only when the session is over. */
  show(model: Model, readOnly: boolean): void {
    this.editor.setModel(model);
    this.setReadOnly(readOnly);
    const owner = this.owners.get(model);
    if (owner && !readOnly) {
      this.recorder?.switched(owner.problemId, owner.language);
      this.recorder?.snapshot(owner.problemId, owner.language, model.getValue());
    }
  }

  setReadOnly(readOnly: boolean): void {
    this.editor.updateOptions({
      readOnly,
      readOnlyMessage: { value: "The assessment is closed: the code can no longer be changed." },
    });
  }

  /** Saves every model the candidate changed, now (before leaving a problem or the page). */
  saveAll(): void {
    for (const key of this.edited) {
      const [problemId, language] = key.split("\u0000");
      this.store.saveCode(problemId, language, this.models.get(key)!.getValue());
    }
  }

  /**
   * Replaces a model's whole text by one edit of its own (undo stops before and after), so that Ctrl+Z brings the
   * whole previous text back, and focuses the editor so that Ctrl+Z is at hand.
   */
  replace(model: Model, text: string): void {
    model.pushStackElement();
    this.replacing = true;
    try {
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
    } finally {
      this.replacing = false;
    }
    model.pushStackElement();
    if (this.editor.getModel() === model) {
      this.editor.setPosition({ lineNumber: 1, column: 1 });
      this.editor.focus();
    }
  }

  setFontSize(px: number): void {
    this.editor.updateOptions({ fontSize: px, lineHeight: Math.round(px * 1.5) });
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
