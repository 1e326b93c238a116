// Debian's Chromium and the flags every headless run here uses (the browser tests and bench/browser.ts).
export const CHROMIUM_PATH = process.env.DELTASCOPE_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
