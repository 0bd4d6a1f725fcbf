// The page's entry: the token from the URL fragment, then the IDE.
import "./style.css";
import { candidateClient, tokenFromLocation } from "./api";
import { App } from "./app";
import { showEnded } from "./notices";
import { SessionStore } from "./storage";

function main(): void {
  const token = tokenFromLocation();
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
