// The page's entry: the candidate token (token.ts), then the IDE.
import "katex/dist/katex.css";
import "./style.css";
import { candidateClient } from "./api";
import { App } from "./app";
import { showEnded } from "./notices";
import { SessionStore } from "./storage";
import { candidateToken, restartOnNewLink } from "./token";

function main(): void {
  restartOnNewLink();
  const token = candidateToken();
  if (!token) {
    showEnded("Open this page from the link in your invitation: the link's #token=… part is missing.", "No assessment link.", "");
    // Nothing is connected: the status would only mislead (Run and Submit stay disabled, as the page starts).
    document.getElementById("connection")?.setAttribute("hidden", "");
    document.body.dataset.ready = "true";
    return;
  }
  const app = new App(candidateClient(token), new SessionStore(token));
  void app.start();
}

main();
