/**
 * Launches Debian's firefox-esr with the built extension through puppeteer-core over WebDriver BiDi.
 * The extension's moz-extension UUID is pinned by pref so the popup has a known address.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX_BUILD } from './paths';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'backstory@backstory.invalid';
export const FIREFOX_UUID = '6a1c2b7e-1d2f-4c3a-9b8e-0000000b5707';

export async function launchFirefox(): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Allows BiDi to open moz-extension:// pages (the popup) in a tab.
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'ui.systemUsesDarkTheme': 0,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return browser;
}

export const firefoxPopupUrl = `moz-extension://${FIREFOX_UUID}/popup.html`;
