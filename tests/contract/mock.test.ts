import { defineHandoffContract } from './handoff-suite.js';
import { createMockAdapter } from './mock-adapter.js';
import { defineContractSuite } from './suite.js';

defineContractSuite('mock', () => createMockAdapter().harness);
defineHandoffContract('mock', () => createMockAdapter().harness);
