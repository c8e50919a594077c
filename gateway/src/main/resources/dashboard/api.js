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

  /** GET a JSON answer; a 429 (heavy requests of the same key) is retried after its Retry-After, three times at most. */
  async function get(path, params) {
    for (let attempt = 0; ; attempt++) {
      const answer = await fetch(url(path, params), { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (answer.status === 429 && attempt < 3) {
        await pause(1000 * Number(answer.headers.get('Retry-After') || 1));
        continue;
      }
      if (!answer.ok) throw new ApiError(answer.status, await answer.json().catch(() => null));
      return answer.json();
    }
  }

  async function session(method, body) {
    const answer = await fetch('/api/v1/session', { method, credentials: 'same-origin',
      headers: body ? { 'Content-Type': 'application/json', Accept: 'application/json' } : { Accept: 'application/json' },
      body: body ? JSON.stringify(body) : undefined });
    if (!answer.ok) throw new ApiError(answer.status, await answer.json().catch(() => null));
    return answer.status === 204 ? null : answer.json();
  }

  return {
    ApiError, url, get,
    signIn: apiKey => session('POST', { apiKey }),
    current: () => session('GET'),
    signOut: () => session('DELETE')
  };
})();
