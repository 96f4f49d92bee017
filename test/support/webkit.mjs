// WebKit, Safari's engine, as Debian ships it: WebKitGTK's MiniBrowser driven through
// WebKitWebDriver (package webkit2gtk-driver). MiniBrowser has no headless mode, so when
// there is no DISPLAY an Xvfb of our own (package xvfb) is started; WebKitWebDriver must
// see that display too. Both are stopped when the run ends, also when it ends badly.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The W3C capabilities that make WebKitWebDriver start MiniBrowser under automation. */
export const WEBKIT_CAPABILITIES = {
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
};

/** Children still running, killed on exit should the run end before `stop()`. */
const running = new Set();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

function start(command, args, options) {
  const child = spawn(command, args, options);
  running.add(child);
  const exited = new Promise((done) => child.once('exit', done));
  exited.then(() => running.delete(child));
  return {
    child,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const late = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(late);
    },
  };
}

/** An Xvfb on the first free display; resolves with its `display` (`:N`) once it is ready. */
async function startXvfb() {
  // -displayfd: Xvfb picks a free display itself and writes its number when it accepts clients.
  const xvfb = start(
    'Xvfb',
    ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  const number = await new Promise((done, fail) => {
    let out = '';
    xvfb.child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) done(out.trim());
    });
    xvfb.child.once('error', fail);
    xvfb.exited.then((code) => fail(new Error(`Xvfb exited (${code}) before it was ready`)));
  });
  return { ...xvfb, display: `:${number}` };
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function waitForDriver(url, driver) {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    if (driver.child.exitCode !== null) throw new Error('WebKitWebDriver exited at start');
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url} within 10 s`);
}

/**
 * Starts WebKitWebDriver on a free port (and Xvfb when there is no DISPLAY). Returns the
 * driver's `url`, `port` and `stop()`, which ends the driver, then the Xvfb it started.
 */
export async function startWebKitDriver() {
  const xvfb = process.env.DISPLAY ? null : await startXvfb();
  const display = xvfb?.display ?? process.env.DISPLAY;
  const port = await freePort();
  const driver = start(WEBKIT_DRIVER_PATH, [`--port=${port}`], {
    stdio: 'ignore',
    // Without a locale MiniBrowser's navigator.language is "C", which no Intl API takes;
    // Safari always has a real one.
    env: { ...process.env, DISPLAY: display, LANG: 'en_US.UTF-8' },
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForDriver(url, driver);
  } catch (error) {
    await driver.stop();
    await xvfb?.stop();
    throw error;
  }
  return {
    url,
    port,
    display,
    async stop() {
      await driver.stop();
      await xvfb?.stop();
    },
  };
}

/** How WebDriver marks an element in JSON (W3C WebDriver, "web element identifier"). */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/**
 * A WebKit window driven over plain W3C WebDriver, for the page tests: `goto(url)`,
 * `evaluate(fn, ...args)` (an async function run in the page; an element it returns comes
 * back as a reference), `switchToFrame(iframe)`, `click(element)`, `type(element, text)`
 * (real key presses) and `close()`, which ends the window, the driver and its Xvfb.
 */
export async function openWebKit({ width = 1280, height = 800 } = {}) {
  const driver = await startWebKitDriver();
  const call = async (method, path, body) => {
    const response = await fetch(`${driver.url}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${path}: ${value.error}: ${value.message}`);
    return value;
  };
  let session;
  try {
    session = `/session/${(await call('POST', '/session', { capabilities: { alwaysMatch: WEBKIT_CAPABILITIES } })).sessionId}`;
    await call('POST', `${session}/window/rect`, { width, height });
  } catch (error) {
    await driver.stop();
    throw error;
  }
  const elementPath = (element) => `${session}/element/${element[ELEMENT]}`;
  return {
    goto: (url) => call('POST', `${session}/url`, { url }),
    async evaluate(fn, ...args) {
      const script = `const done = arguments[arguments.length - 1];
        Promise.resolve()
          .then(() => (${fn}).apply(null, [...arguments].slice(0, -1)))
          .then((value) => done({ value }), (error) => done({ error: String(error?.stack ?? error) }));`;
      const { value, error } = await call('POST', `${session}/execute/async`, { script, args });
      if (error) throw new Error(`in WebKit: ${error}`);
      return value;
    },
    /** Runs the next commands in the page of `iframe` (an element reference), or the top page. */
    switchToFrame: (iframe = null) => call('POST', `${session}/frame`, { id: iframe }),
    click: (element) => call('POST', `${elementPath(element)}/click`, {}),
    type: (element, text) => call('POST', `${elementPath(element)}/value`, { text }),
    async close() {
      try {
        await call('DELETE', session);
      } finally {
        await driver.stop();
      }
    },
  };
}
