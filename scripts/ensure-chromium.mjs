#!/usr/bin/env node
// `npm test` runs this first (pretest): the browser tests drive Debian's chromium at
// /usr/bin/chromium, so a fresh machine gets it here, from Debian's archive, when it is missing.
// As root it installs it; otherwise it stops and says exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium';
// Another apt run (unattended upgrades, a second install) holds dpkg's lock for a while: wait for it
// rather than fail the test run.
const WAIT = '-o DPkg::Lock::Timeout=600';
const INSTALL_WAITING = `apt-get ${WAIT} update && apt-get ${WAIT} install -y chromium`;

if (!existsSync(CHROMIUM)) {
  const root = process.getuid?.() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    process.stdout.write(`The browser tests need ${CHROMIUM}; installing Debian's chromium: ${INSTALL}\n`);
    execSync(INSTALL_WAITING, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(
      `The browser tests need Debian's chromium at ${CHROMIUM}, and it is not installed.\n` +
        `Install it with:\n\n    sudo sh -c '${INSTALL}'\n\nthen run npm test again.\n`,
    );
    process.exit(1);
  }
}
