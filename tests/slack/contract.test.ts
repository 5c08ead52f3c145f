/** The shared adapter contracts, on the real Bolt app against a local Slack, in both connection modes. */
import { defineHandoffContract } from '../contract/handoff-suite.js';
import { defineContractSuite } from '../contract/suite.js';
import { createSlackHarness } from './harness.js';

for (const mode of ['http', 'socket'] as const) {
  const name = `slack (${mode === 'http' ? 'HTTP mode' : 'Socket Mode'})`;
  defineContractSuite(name, () => createSlackHarness(mode));
  defineHandoffContract(name, () => createSlackHarness(mode));
}
