import { defineHandoffContract } from './handoff-suite.js';
import { defineContractSuite } from './suite.js';
import { createTerminalHarness } from './terminal-harness.js';

defineContractSuite('terminal', createTerminalHarness);
defineHandoffContract('terminal', createTerminalHarness);
