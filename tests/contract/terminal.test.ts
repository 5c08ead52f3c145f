import { defineContractSuite } from './suite.js';
import { createTerminalHarness } from './terminal-harness.js';

defineContractSuite('terminal', createTerminalHarness, { hasStaffChannel: false });
