import { inject } from 'vitest';

/** The address of the production build, served for the run by tests/support/globalSetup.ts. */
export const baseUrl = (): string => inject('baseUrl');
