/**
 * Named readiness checks ('content', 'store', 'adapter:slack',
 * 'adapter:discord'). Only checks that were set count: a process without
 * Discord never waits for it.
 */

export interface CheckState {
  ok: boolean;
  detail?: string;
}

export interface ReadinessReport {
  ready: boolean;
  /** Names of the checks that fail, in the order they were first set. */
  failing: string[];
  checks: Record<string, CheckState>;
}

export interface Readiness {
  set(check: string, ok: boolean, detail?: string): void;
  report(): ReadinessReport;
}

export function createReadiness(): Readiness {
  const checks = new Map<string, CheckState>();
  return {
    set(check, ok, detail) {
      checks.set(check, detail === undefined ? { ok } : { ok, detail });
    },
    report() {
      const failing = [...checks].filter(([, state]) => !state.ok).map(([name]) => name);
      return { ready: failing.length === 0, failing, checks: Object.fromEntries([...checks].map(([name, state]) => [name, { ...state }])) };
    },
  };
}
