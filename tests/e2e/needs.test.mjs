// Browser test of "Besoins et offre" (issue 6) on the demo: a signatory opens the needs
// versus offer table from the menu (small counts hidden as "s"), draws the gap-index map,
// changes the theme, drills down to the communes of a territory and opens the printable
// "Identification des besoins"; a coordinator picks any date. axe-core runs on every page; a
// console error fails the test.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, follow, launchBrowser, menu, signIn, startServer } from "./support.mjs";

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe("besoins et offre par territoire", () => {
  test("un signataire consulte le tableau, la carte, les communes et le rapport imprimable",
    async () => {
      const { page, errors } = await signIn(browser, server, "signataire");
      await follow(page, menu(page, "Besoins et offre"), /\/pilotage\/besoins$/);
      assert.equal(await page.locator("h1").innerText(), "Besoins et offre par territoire");
      await page.locator("#needs-map canvas").first().waitFor();
      await assertAccessible(page, "besoins et offre (signataire)");
      const detail = page.getByRole("table", { name: /^Besoins et offre – Logement/ });
      assert.ok(await detail.locator("tbody tr").count() >= 2, "un territoire et le département");
      // Partners choose among fixed dates only.
      assert.equal(await page.getByLabel("Date d'observation").evaluate((e) => e.tagName),
        "SELECT");

      await page.getByLabel("Frein détaillé").selectOption("mobilite");
      await follow(page, page.getByRole("button", { name: "Afficher" }), /theme=mobilite/);
      await page.getByRole("table", { name: /^Besoins et offre – Mobilité/ }).waitFor();
      await assertAccessible(page, "besoins et offre, mobilité");

      const territoryLink = page.getByRole("table", { name: /^Besoins et offre – Mobilité/ })
        .locator("tbody th a").first();
      await follow(page, territoryLink, /\/pilotage\/besoins\/communes\?territoire=\d+/);
      assert.match(await page.locator("h1").innerText(), /^Besoins et offre par commune – /);
      await page.locator("#needs-map canvas").first().waitFor();
      await assertAccessible(page, "besoins et offre par commune");

      await page.goto(`${server.base}/pilotage/besoins`);
      await follow(page, page.getByRole("link", { name: /^Identification des besoins \d{4}/ }),
        /\/pilotage\/besoins\/identification\?annee=\d{4}/);
      assert.match(await page.locator("h1").innerText(), /^Identification des besoins \d{4}$/);
      await assertAccessible(page, "identification des besoins");
      assert.deepEqual(errors, []);
    });

  test("un coordinateur choisit n'importe quelle date", async () => {
    const { page, errors } = await signIn(browser, server, "coordinateur");
    await page.goto(`${server.base}/pilotage/besoins`);
    const date = page.getByLabel("Date d'observation");
    assert.equal(await date.getAttribute("type"), "date");
    await date.fill("2019-06-30");
    await follow(page, page.getByRole("button", { name: "Afficher" }), /date=2019-06-30/);
    assert.match(await page.locator("main").innerText(), /Situation au 30\/06\/2019/);
    await assertAccessible(page, "besoins et offre au 30/06/2019 (coordinateur)");
    assert.deepEqual(errors, []);
  });
});
