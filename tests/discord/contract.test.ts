import { defineContractSuite } from '../contract/suite.js';
import { createDiscordHarness } from './harness.js';

defineContractSuite('discord', createDiscordHarness, { hasStaffChannel: true });
