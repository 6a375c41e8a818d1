// Browser test of the live dashboard on the demo: the coordinateur sees exact figures with
// the charts drawn and every chart's table; a signataire sees aggregates (fixed dates, hidden
// small cells); the open-data page is public. axe-core runs on every page visited; a console
// error (CSP violation, script error, missing asset) fails the test.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, launchBrowser, newPage, signIn, startServer } from "./support.mjs";

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

describe("le tableau de bord du pacte", () => {
  test("le coordinateur voit l'entonnoir, ses graphiques et leurs tableaux", async () => {
    const { page, errors } = await signIn(browser, server, "coordinateur");
    await page.goto(`${server.base}/pilotage/tableau-de-bord`);
    await assert.doesNotReject(page.getByRole("heading", { level: 1, name: "Tableau de bord du pacte" }).waitFor());
    assert.match(await page.locator("#calcul").innerText(), /Chiffres calculés le .* \(données connues au \d\d\/\d\d\/\d{4}\)/);
    const funnel = page.getByRole("table", { name: /Entonnoir du parcours/ });
    await funnel.waitFor();
    const firstRow = await funnel.locator("tbody tr").first().locator("td").allInnerTexts();
    assert.ok(Number(firstRow[0].replace(/\s/g, "")) > 0, "des personnes soumises aux droits et devoirs");
    await page.locator("#graphique-entonnoir canvas").waitFor();
    await page.locator("#graphique-evolution canvas").waitFor();
    await page.locator("#dashboard-map canvas").waitFor();
    assert.equal(await page.getByRole("table", { name: /Évolution mensuelle/ }).locator("tbody tr").count(), 12);
    await assertAccessible(page, "tableau de bord (coordinateur)");

    // Another grouping and date, then the CSV of one table.
    await page.getByLabel("Regrouper par").selectOption("annee");
    await page.getByLabel("Données connues au").fill("2024-12-31");
    await Promise.all([page.waitForURL(/groupe=annee/), page.getByRole("button", { name: "Afficher" }).click()]);
    assert.match(await page.locator("#calcul").innerText(), /données connues au 31\/12\/2024/);
    const link = page.getByRole("link", { name: "Télécharger le tableau « Délais du parcours » (CSV)" });
    const response = await page.request.get(new URL(await link.getAttribute("href"), server.base).href);
    assert.equal(response.status(), 200);
    assert.match(await response.text(), /De l'orientation au premier contrat/);
    assert.deepEqual(errors, []);
  });

  test("un signataire ne voit que des agrégats, aux dates fixes", async () => {
    const { page, errors } = await signIn(browser, server, "signataire");
    await page.goto(`${server.base}/pilotage/tableau-de-bord?groupe=commune`);
    await page.getByRole("table", { name: /Entonnoir du parcours/ }).waitFor();
    assert.equal(await page.locator("select#date").count(), 1, "dates au choix dans une liste");
    assert.match(await page.locator("main").innerText(), /secret statistique/);
    await assertAccessible(page, "tableau de bord (signataire)");
    assert.deepEqual(errors, []);
  });

  test("les données ouvertes sont publiques", async () => {
    const errors = [];
    const page = await newPage(browser, errors);
    await page.goto(`${server.base}/donnees-ouvertes`);
    await page.getByRole("heading", { level: 1, name: "Données ouvertes du pacte" }).waitFor();
    const href = await page.locator("main table a").first().getAttribute("href");
    const response = await page.request.get(new URL(href, server.base).href);
    assert.equal(response.status(), 200);
    assert.match(response.headers()["content-type"], /text\/csv/);
    await assertAccessible(page, "données ouvertes");
    assert.deepEqual(errors, []);
  });
});
