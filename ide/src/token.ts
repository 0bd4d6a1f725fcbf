// The candidate token. The invitation's link carries it in the URL fragment (#token=...), which never reaches a
// server's logs; once read, it leaves the address bar and the history (so it is not shared by a screenshot, a copied
// address or the back button) and stays in this tab's sessionStorage, so a reload still opens the session.

const storageKey = "judge-ide/token";

/** The token in a fragment ("#token=..."), or null. */
export function tokenFromFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  const token = params.get("token");
  return token && token.trim() !== "" ? token.trim() : null;
}

/** The token of this tab: from the address (which is then cleaned) or, after a reload, from sessionStorage. */
export function candidateToken(): string | null {
  const fromAddress = tokenFromFragment(location.hash);
  if (fromAddress) {
    remember(fromAddress);
    history.replaceState(history.state, "", location.pathname + location.search);
    return fromAddress;
  }
  return recalled();
}

/**
 * A new invitation link opened in this tab changes only the fragment, which reloads nothing: the page would go on
 * with the session it has. Such a link's token replaces this tab's, and the page starts again on it.
 */
export function restartOnNewLink(): void {
  window.addEventListener("hashchange", () => {
    const token = tokenFromFragment(location.hash);
    if (token) {
      remember(token);
      history.replaceState(history.state, "", location.pathname + location.search);
      location.reload();
    }
  });
}

function remember(token: string): void {
  try {
    sessionStorage.setItem(storageKey, token);
  } catch {
    // storage disabled: the session works until the page is reloaded
  }
}

function recalled(): string | null {
  try {
    return sessionStorage.getItem(storageKey);
  } catch {
    return null;
  }
}
