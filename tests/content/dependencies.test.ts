/**
 * What the site ships from npm (its production dependencies, as locked) has no known high or critical
 * advisory. Asks the registry's advisory service, so it needs the npm registry.
 */
import { execFile } from 'node:child_process';

import { describe, expect, it } from 'vitest';

import { ROOT } from '../support/docs';

type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';

interface AuditReport {
  readonly metadata?: { readonly vulnerabilities: Record<Severity | 'total', number> };
  readonly vulnerabilities?: Record<
    string,
    {
      readonly severity: Severity;
      readonly fixAvailable: boolean | { readonly name: string; readonly version: string };
    }
  >;
  /** When the advisory service did not answer. */
  readonly message?: string;
  readonly statusCode?: number;
}

/** How long npm may take to ask the registry (it retries on its own); the test's timeout is a little longer. */
const AUDIT_TIMEOUT_MS = 60_000;

/**
 * Runs `npm audit` without blocking the worker. Resolves with its JSON report, or with the reason there is
 * none (the registry could not be reached in time, or npm printed no report).
 */
function npmAudit(): Promise<{ report?: AuditReport; reason?: string }> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['audit', '--omit=dev', '--json'],
      { cwd: ROOT, encoding: 'utf8', timeout: AUDIT_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
      // npm audit exits with 1 when it finds anything: the JSON report is what counts.
      (error, stdout, stderr) => {
        if (error?.killed) {
          resolve({ reason: `npm audit did not finish within ${AUDIT_TIMEOUT_MS / 1000} s` });
          return;
        }
        try {
          resolve({ report: JSON.parse(stdout) as AuditReport });
        } catch {
          resolve({ reason: `npm audit printed no report: ${(stderr || error?.message || '').trim().slice(0, 300)}` });
        }
      },
    );
  });
}

/** The packages with a high or critical advisory, each with npm's fix if it has one. */
function seriousAdvisories(report: AuditReport): string[] {
  return Object.entries(report.vulnerabilities ?? {})
    .filter(([, { severity }]) => severity === 'high' || severity === 'critical')
    .map(
      ([name, { severity, fixAvailable }]) =>
        `${name} (${severity}), fix: ${typeof fixAvailable === 'object' ? `${fixAvailable.name}@${fixAvailable.version}` : fixAvailable}`,
    );
}

describe('production dependencies', () => {
  it(
    'npm audit --omit=dev reports no high or critical advisory',
    async (context) => {
      const { report, reason } = await npmAudit();
      // No registry, or one without the advisory service (some mirrors and proxies answer 405): that is not a
      // clean audit, so the test says why it skips rather than passing.
      const skipReason =
        reason ??
        (report?.metadata ? undefined : `the advisory service did not answer: ${report?.message ?? 'no metadata'}`);
      if (skipReason) {
        console.warn(`Skipped: npm audit --omit=dev: ${skipReason}`);
        context.skip(skipReason);
      }
      expect(seriousAdvisories(report!)).toEqual([]);
      expect(report!.metadata!.vulnerabilities.high + report!.metadata!.vulnerabilities.critical).toBe(0);
    },
    AUDIT_TIMEOUT_MS + 5_000,
  );

  it('a report with a high advisory is caught (negative control)', () => {
    const report: AuditReport = {
      vulnerabilities: {
        'left-pad': { severity: 'moderate', fixAvailable: true },
        'event-stream': { severity: 'critical', fixAvailable: { name: 'event-stream', version: '3.3.4' } },
      },
    };
    expect(seriousAdvisories(report)).toEqual(['event-stream (critical), fix: event-stream@3.3.4']);
  });
});
