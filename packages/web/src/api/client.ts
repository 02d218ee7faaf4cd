/**
 * @module api/client
 * The workbench's typed client for the Medcode API. Every call answers a Result: a failed call
 * (the service's error shape `{ error: { code, message } }`, a dropped connection, a request
 * cancelled because a newer one replaced it) is a value the screen shows, never an exception.
 * A 401 tells the session to end (the token expired: automatic logoff, 45 CFR 164.312(a)(2)(iii)).
 */
import type { Result } from '@medcode/domain';
import type {
  AuditEntry,
  ClaimEvent,
  ClaimStatus,
  CodeDetail,
  CodingRequest,
  CodingResult,
  ProviderQuery,
  QueryDraft,
  ScrubResult,
  SearchHit,
  Session,
  StoredClaim,
  User,
} from './types.ts';
import type { ClaimWire } from './wire.ts';

export interface ApiProblem {
  /** HTTP status, or 0 when no answer came (network, cancelled). */
  status: number;
  /** The service's error code ('forbidden', 'conflict' ...), 'network' or 'aborted'. */
  code: string;
  message: string;
}

export type ApiResult<T> = Result<T, ApiProblem>;

export interface ClaimFilter {
  status?: ClaimStatus;
  assigned?: 'me' | 'none' | 'any';
  payer?: string;
  limit?: number;
}

type Query = Record<string, string | number | undefined>;

function queryString(q: Query): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export class ApiClient {
  readonly #base: string;
  #token: string | undefined;
  readonly #onUnauthorized: () => void;

  constructor(opts: { base?: string; token?: string; onUnauthorized?: () => void } = {}) {
    this.#base = opts.base ?? '';
    this.#token = opts.token;
    this.#onUnauthorized = opts.onUnauthorized ?? (() => {});
  }

  setToken(token: string | undefined): void {
    this.#token = token;
  }

  async #call<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.#token) headers.authorization = `Bearer ${this.#token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(`${this.#base}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        ...(signal ? { signal } : {}),
      });
    } catch (e) {
      const aborted = e instanceof DOMException && e.name === 'AbortError';
      return {
        ok: false,
        error: aborted
          ? { status: 0, code: 'aborted', message: 'replaced by a newer request' }
          : { status: 0, code: 'network', message: 'the service did not answer' },
      };
    }
    if (res.status === 204) return { ok: true, value: undefined as T };
    const text = await res.text().catch(() => '');
    let data: unknown;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      data = undefined;
    }
    if (res.ok) return { ok: true, value: data as T };
    if (res.status === 401 && !path.startsWith('/api/auth/')) this.#onUnauthorized();
    const err = (data as { error?: { code?: string; message?: string } } | undefined)?.error;
    return {
      ok: false,
      error: {
        status: res.status,
        code: err?.code ?? `http-${res.status}`,
        message: err?.message ?? `${res.status} ${res.statusText}`,
      },
    };
  }

  login(email: string, password: string): Promise<ApiResult<Session>> {
    return this.#call('POST', '/api/auth/login', { email, password });
  }
  logout(): Promise<ApiResult<void>> {
    return this.#call('POST', '/api/auth/logout');
  }
  me(): Promise<ApiResult<User>> {
    return this.#call('GET', '/api/me');
  }
  users(): Promise<ApiResult<{ users: User[] }>> {
    return this.#call('GET', '/api/users');
  }

  claims(f: ClaimFilter = {}): Promise<ApiResult<{ claims: StoredClaim[] }>> {
    return this.#call('GET', `/api/claims${queryString({ ...f })}`);
  }
  claim(id: string): Promise<ApiResult<StoredClaim>> {
    return this.#call('GET', `/api/claims/${encodeURIComponent(id)}`);
  }
  saveClaim(id: string, claim: ClaimWire, version: number): Promise<ApiResult<StoredClaim>> {
    return this.#call('PUT', `/api/claims/${encodeURIComponent(id)}`, { claim, version });
  }
  transition(id: string, to: ClaimStatus, version?: number): Promise<ApiResult<StoredClaim>> {
    return this.#call('POST', `/api/claims/${encodeURIComponent(id)}/transition`, {
      to,
      ...(version !== undefined ? { version } : {}),
    });
  }
  events(id: string): Promise<ApiResult<{ events: ClaimEvent[] }>> {
    return this.#call('GET', `/api/claims/${encodeURIComponent(id)}/events`);
  }
  assign(id: string, userId: string | null): Promise<ApiResult<StoredClaim>> {
    return this.#call('POST', `/api/claims/${encodeURIComponent(id)}/assign`, { userId });
  }
  nextClaim(): Promise<ApiResult<{ claim: StoredClaim | null }>> {
    return this.#call('POST', '/api/queues/next', {});
  }

  scrub(claim: ClaimWire, signal?: AbortSignal): Promise<ApiResult<ScrubResult>> {
    return this.#call('POST', '/api/scrub', { claim }, signal);
  }
  codeNote(text: string, request: CodingRequest): Promise<ApiResult<CodingResult>> {
    return this.#call('POST', '/api/code-note', { text, ...request });
  }
  searchCodes(
    q: string,
    opts: { system?: string; limit?: number; on?: string },
    signal?: AbortSignal,
  ): Promise<ApiResult<{ results: SearchHit[] }>> {
    return this.#call('GET', `/api/codes${queryString({ q, ...opts })}`, undefined, signal);
  }
  code(code: string, on?: string, signal?: AbortSignal): Promise<ApiResult<{ results: CodeDetail[] }>> {
    return this.#call(
      'GET',
      `/api/codes/${encodeURIComponent(code)}${queryString({ on })}`,
      undefined,
      signal,
    );
  }

  queries(subjectId: string): Promise<ApiResult<{ queries: ProviderQuery[] }>> {
    return this.#call('GET', `/api/queries${queryString({ subjectKind: 'claim', subjectId })}`);
  }
  draftQuery(q: QueryDraft): Promise<ApiResult<ProviderQuery>> {
    return this.#call('POST', '/api/queries', q);
  }
  sendQuery(id: string): Promise<ApiResult<ProviderQuery>> {
    return this.#call('POST', `/api/queries/${encodeURIComponent(id)}/send`);
  }

  audit(after?: number, limit = 1000): Promise<ApiResult<{ entries: AuditEntry[] }>> {
    return this.#call('GET', `/api/audit${queryString({ after, limit })}`);
  }
}
