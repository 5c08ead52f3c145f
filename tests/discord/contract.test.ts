/** The shared adapter contracts, on the real discord.js client against a local Discord. */
import { defineHandoffContract } from '../contract/handoff-suite.js';
import { defineContractSuite } from '../contract/suite.js';
import { createDiscordHarness } from './harness.js';

defineContractSuite('discord', createDiscordHarness);
defineHandoffContract('discord', createDiscordHarness);
