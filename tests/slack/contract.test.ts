/** The shared adapter contract, on the real Bolt app against a local Slack, in both connection modes. */
import { defineContractSuite } from '../contract/suite.js';
import { createSlackHarness } from './harness.js';

defineContractSuite('slack (HTTP mode)', () => createSlackHarness('http'), { hasStaffChannel: true });
defineContractSuite('slack (Socket Mode)', () => createSlackHarness('socket'), { hasStaffChannel: true });
