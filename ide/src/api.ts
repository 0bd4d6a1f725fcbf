// The Candidate service over gRPC-Web, with the candidate token as "authorization: Bearer <token>", and the
// classification of its errors into what the page tells the candidate.
import { Code, ConnectError, createClient, type Client, type Interceptor } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-web";
import { Candidate } from "../gen/judge/v1/sessions_pb";

export type CandidateClient = Client<typeof Candidate>;

/** A Candidate client calling the API that served the page (same origin), sending the token with every call. */
export function candidateClient(token: string, baseUrl: string = location.origin): CandidateClient {
  const bearer: Interceptor = (next) => async (request) => {
    request.header.set("authorization", `Bearer ${token}`);
    return next(request);
  };
  const transport = createGrpcWebTransport({ baseUrl, interceptors: [bearer], useBinaryFormat: true });
  return createClient(Candidate, transport);
}

/** What went wrong with a call, in the terms the page acts on. */
export type Failure =
  /** The session is over (or not yet open), the token expired or was revoked: the editor becomes read-only. */
  | { kind: "ended"; message: string }
  /** A rate limit: try again after retryAfterMs (from the trailer retry-after-ms, or a default). */
  | { kind: "throttled"; message: string; retryAfterMs: number }
  /** The server could not be reached or the connection broke: worth retrying. */
  | { kind: "connection"; message: string }
  /** Anything else the server refused (bad input, not found, ...): shown with the server's message. */
  | { kind: "refused"; message: string; code: string }
  /** The call was cancelled by the page itself. */
  | { kind: "cancelled"; message: string };

const defaultRetryAfterMs = 2000;

/** Classifies an error thrown by a call. */
export function classify(error: unknown): Failure {
  const e = ConnectError.from(error);
  const message = e.rawMessage || Code[e.code] || "unknown error";
  switch (e.code) {
    case Code.PermissionDenied:
    case Code.Unauthenticated:
      return { kind: "ended", message };
    case Code.ResourceExhausted: {
      const header = e.metadata.get("retry-after-ms");
      const parsed = header === null ? NaN : Number.parseInt(header, 10);
      // "one RUN per 2 s; retry in 1500 ms": the page says when to retry in its own words.
      const reason = message.replace(/;\s*retry in \d+ ms\.?$/, "");
      return { kind: "throttled", message: reason, retryAfterMs: Number.isFinite(parsed) && parsed >= 0 ? parsed : defaultRetryAfterMs };
    }
    case Code.Canceled:
      return { kind: "cancelled", message };
    case Code.Unavailable:
    case Code.DeadlineExceeded:
    case Code.Aborted:
    case Code.Unknown:
      // Unknown: fetch failed (TypeError) or a stream was cut before its trailer.
      return { kind: "connection", message };
    default:
      return { kind: "refused", message, code: codeName(e.code) };
  }
}

/** A gRPC status code's name as gRPC spells it (RESOURCE_EXHAUSTED). */
export function codeName(code: Code): string {
  return (Code[code] ?? "UNKNOWN").replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();
}

/** Backoff for reconnecting: 1 s, 2 s, 4 s, ... at most 15 s, with up to 20% jitter. */
export function backoffMs(attempt: number): number {
  const base = Math.min(15000, 1000 * 2 ** Math.max(0, attempt));
  return Math.round(base * (1 + Math.random() * 0.2));
}

/** Resolves after ms, or rejects with an AbortError when the signal aborts first. */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException("aborted", "AbortError"));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new DOMException("aborted", "AbortError"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
