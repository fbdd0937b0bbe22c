/**
 * What the site ships from npm (its production dependencies, as locked) has no known high or critical
 * advisory. Asks the registry's advisory service, so it needs the npm registry.
 */
import { spawnSync } from 'node:child_process';

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
}

function npmAudit(): AuditReport {
  // npm audit exits with 1 when it finds anything: the JSON report is what counts.
  const { stdout, error } = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (error) throw error;
  return JSON.parse(stdout) as AuditReport;
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
  it('npm audit --omit=dev reports no high or critical advisory', (context) => {
    const report = npmAudit();
    // A registry without the advisory service (some mirrors and proxies) is not a clean audit: say so.
    context.skip(!report.metadata, `npm audit got no answer from the advisory service: ${report.message}`);
    expect(seriousAdvisories(report)).toEqual([]);
    expect(report.metadata!.vulnerabilities.high + report.metadata!.vulnerabilities.critical).toBe(0);
  });

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
