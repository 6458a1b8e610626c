// Mocha's spec reporter for people, plus the run's stats as JSON in $NEWSLENS_MOCHA_STATS for
// scripts/test.mjs, which must count tests reliably without scraping the human-readable output.
const { writeFileSync } = require('node:fs');
const Mocha = require('mocha');

class SpecWithStats extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const file = process.env.NEWSLENS_MOCHA_STATS;
      if (file) writeFileSync(file, JSON.stringify(runner.stats) + '\n');
    });
  }
}

module.exports = SpecWithStats;
