// Browser-test support: a pacte server on a fresh demo database, Debian's chromium driven by
// playwright-core, axe-core checks, and a TOTP helper for the demo administrator.
import { spawn, execFileSync } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const PACTE = process.env.PACTE_BIN || "build/release/pacte";

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

// Starts `pacte serve` on a new demo database. Returns {base, demo, stop}.
export async function startServer() {
  const dir = mkdtempSync(join(tmpdir(), "pacte-e2e-"));
  const port = await freePort();
  const env = {
    ...process.env,
    PACTE_DATABASE: join(dir, "e2e.db"),
    PACTE_LISTEN: `127.0.0.1:${port}`,
    PACTE_SECRET_KEY: "e2e-secret-key-e2e-secret-key-0000000001",
    PACTE_PASSWORD_HASH_COST: "min",
    PACTE_LOG_LEVEL: "warn",
  };
  const demoOutput = execFileSync(PACTE, ["demo", "--size", "S"], { env, encoding: "utf8" });
  const server = spawn(PACTE, ["serve"], { env, stdio: ["ignore", "ignore", "inherit"] });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    base,
    env,
    demo: parseDemoOutput(demoOutput),
    async stop() {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Demo logins printed by `pacte demo`: lines "role : email / mot de passe : X [/ TOTP : S]".
function parseDemoOutput(text) {
  const accounts = {};
  for (const line of text.split("\n")) {
    const m = line.match(/^\s*-?\s*([a-z_]+)\s*:\s*(\S+@\S+)\s*\/\s*mot de passe : (\S+)(?:\s*\/\s*TOTP : (\S+))?/);
    if (m) accounts[m[1]] = { email: m[2], password: m[3], totp: m[4] };
  }
  return accounts;
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

// New page that fails the test on any console error (CSP violations included).
export async function newPage(browser, errors) {
  const context = await browser.newContext({ locale: "fr-FR" });
  context.setDefaultTimeout(20000);
  const page = await context.newPage();
  // Answers the page asked for on purpose (validation 422, forbidden 403, conflict 409,
  // lockout 429) are not errors of the page; anything else is (a missing asset, a CSP
  // violation, a script error).
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    if (/status of (403|409|422|429)\b/.test(msg.text())) return;
    errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  return page;
}

// Runs axe-core on the current page; returns the violations (empty when clean).
export async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() =>
    window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

// RFC 6238 TOTP (SHA-1, 30 s, 6 digits) from a base32 secret.
export function totp(base32Secret, at = Date.now()) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of base32Secret.replace(/=+$/, "").toUpperCase()) {
    bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const h = createHmac("sha1", Buffer.from(bytes)).update(counter).digest();
  const o = h[h.length - 1] & 0xf;
  const code = ((h.readUInt32BE(o) & 0x7fffffff) % 1000000).toString().padStart(6, "0");
  return code;
}

export async function login(page, base, account) {
  await page.goto(`${base}/connexion`);
  await page.getByLabel("Adresse e-mail").fill(account.email);
  await page.getByLabel("Mot de passe").fill(account.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

// Signs a demo account in (role: "admin", "referent"…; the admin also types its TOTP code) on
// a new page and waits for the home page. Returns {page, errors} (console errors collected).
export async function signIn(browser, server, role) {
  const errors = [];
  const page = await newPage(browser, errors);
  const account = server.demo[role];
  if (!account) throw new Error(`compte de démonstration ${role} absent`);
  await login(page, server.base, account);
  if (role === "admin") {
    await page.getByLabel(/code/i).fill(totp(account.totp));
    await page.getByRole("button", { name: /valider|vérifier|continuer/i }).click();
  }
  await page.waitForURL(`${server.base}/`);
  return { page, errors };
}

// Fails with the axe-core violations of the page, if any.
export async function assertAccessible(page, label) {
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    throw new Error(`${label} : violations axe\n${JSON.stringify(violations, null, 2)}`);
  }
}

// The link `name` of the main menu.
export function menu(page, name) {
  return page.getByLabel("Menu principal").getByRole("link", { name, exact: true });
}

// Clicks `locator` and waits for the page at `url` (string or RegExp).
export async function follow(page, locator, url) {
  await Promise.all([page.waitForURL(url), locator.click()]);
}
