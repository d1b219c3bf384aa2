// Runs pa11y (HTML_CodeSniffer, WCAG 2 AA) over pages in one Debian Chromium (CHROMIUM, else /usr/bin/chromium;
// nothing is downloaded). Input: a file of lines "<url>\t<Cookie header or nothing>". Output: a line
// "checked <url>" per page, then "error\t<url>\t<code>\t<selector>\t<message>" per error. Called by
// Pa11yBrowserTests.
import { readFileSync } from 'node:fs';
import pa11y from 'pa11y';
import puppeteer from 'puppeteer';

const pages = readFileSync(process.argv[2], 'utf8').split('\n').filter(line => line.trim())
    .map(line => line.split('\t'));
const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--lang=vi'],
});
const oneLine = text => String(text).replace(/\s+/g, ' ');
// two pages at a time, each in its own tab of the one browser: the app and Chromium share the two cores,
// and while one tab waits for the app's answer the other is checked; results are printed in input order
const CONCURRENT = 2;
const check = async ([url, cookie]) => {
    const result = await pa11y(url, {
        browser,
        runners: ['htmlcs'],
        standard: 'WCAG2AA',
        includeNotices: false,
        includeWarnings: false,
        timeout: 60000,
        headers: cookie ? { Cookie: cookie } : {},
    });
    return [`checked ${url}`].concat(result.issues.map(issue =>
        ['error', url, issue.code, issue.selector, issue.message].map(oneLine).join('\t')));
};
try {
    const lines = new Array(pages.length);
    let next = 0;
    const worker = async () => {
        while (next < pages.length) {
            const i = next++;
            lines[i] = await check(pages[i]);
        }
    };
    await Promise.all(Array.from({ length: CONCURRENT }, worker));
    for (const page of lines) {
        for (const line of page) {
            console.log(line);
        }
    }
} finally {
    await browser.close();
}
