/* The suite's API, through the session cookie the gateway set at sign-in (the key itself is never kept here). */
window.DVC = window.DVC || {};
DVC.api = (function () {
  class ApiError extends Error {
    constructor(status, problem) {
      super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
      this.status = status;
      this.problem = problem;
    }
  }
  const pause = ms => new Promise(resolve => setTimeout(resolve, ms));

  function url(path, params) {
    const query = new URLSearchParams();
    Object.entries(params || {}).forEach(([name, value]) => {
      (Array.isArray(value) ? value : [value]).filter(v => v !== null && v !== undefined && v !== '')
        .forEach(v => query.append(name, v));
    });
    const text = query.toString();
    return '/api/v1' + path + (text ? '?' + text : '');
  }

  /** The consistency token of the URL (after=, from a write): every read waits until what it names is applied. */
  let after = null;
  function readAfter(token) { after = token || null; }

  /**
   * GET a JSON answer; a 429 (heavy requests of the same key) or a 503 "not yet applied" is retried after its
   * Retry-After, three times at most.
   */
  async function get(path, params) {
    const headers = { Accept: 'application/json' };
    if (after) headers['X-DVC-After'] = after;
    for (let attempt = 0; ; attempt++) {
      const answer = await fetch(url(path, params), { credentials: 'same-origin', headers });
      if ((answer.status === 429 || (answer.status === 503 && answer.headers.get('Retry-After') === '1')) && attempt < 3) {
        await pause(1000 * Number(answer.headers.get('Retry-After') || 1));
        continue;
      }
      if (!answer.ok) throw new ApiError(answer.status, await answer.json().catch(() => null));
      const body = await answer.json();
      if (body && body.rulesVersion) rulesVersion = body.rulesVersion;
      return body;
    }
  }

  /** The counting rules' version the latest figures read were counted under (a printed page names it). */
  let rulesVersion = null;

  async function session(method, body) {
    const answer = await fetch('/api/v1/session', { method, credentials: 'same-origin',
      headers: body ? { 'Content-Type': 'application/json', Accept: 'application/json' } : { Accept: 'application/json' },
      body: body ? JSON.stringify(body) : undefined });
    if (!answer.ok) throw new ApiError(answer.status, await answer.json().catch(() => null));
    return answer.status === 204 ? null : answer.json();
  }

  return {
    ApiError, url, get, readAfter, rulesVersion: () => rulesVersion,
    signIn: apiKey => session('POST', { apiKey }),
    current: () => session('GET'),
    signOut: () => session('DELETE')
  };
})();
