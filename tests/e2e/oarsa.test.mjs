// Browser test of the DREES OARSA page on the demo: the coordination opens it from the menu
// (exact figures, six tables, the XLSX link), asks for a bad year and reads the message next
// to the field; a signatory sees the same page with small counts hidden. axe-core runs on
// every page visited; a console error fails the test.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, launchBrowser, menu, signIn, startServer } from "./support.mjs";

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

describe("l'enquête DREES OARSA", () => {
  test("la coordination lit les six tableaux, puis corrige une année invalide", async () => {
    const { page, errors } = await signIn(browser, server, "coordinateur");
    await Promise.all([page.waitForURL(/\/pilotage\/oarsa/),
      menu(page, "Statistiques OARSA").click()]);
    const year = new Date().getFullYear() - 1;
    await assert.doesNotReject(page.getByRole("heading", { level: 1,
      name: `Enquête DREES OARSA ${year}` }).waitFor());
    for (let n = 1; n <= 6; n += 1) {
      assert.equal(await page.locator(`h2#tableau-${n}`).count(), 1, `tableau ${n}`);
    }
    assert.ok(await page.locator("caption", { hasText: "par tranche d'âge" }).count() >= 6);
    const link = page.getByRole("link", { name: /Télécharger l'enquête .* XLSX/ });
    assert.equal(await link.getAttribute("href"), `/pilotage/oarsa.xlsx?annee=${year}`);
    assert.equal(await page.getByText("Secret statistique appliqué").count(), 0);
    await assertAccessible(page, "enquête OARSA (coordination)");

    await page.getByRole("textbox", { name: "Année" }).fill("deux");
    await Promise.all([page.waitForURL(/annee=deux/),
      page.getByRole("button", { name: "Afficher" }).click()]);
    await assert.doesNotReject(page.getByText(
      "Année invalide : indiquez une année sur quatre chiffres, par exemple 2024.").waitFor());
    assert.equal(await page.getByRole("textbox", { name: "Année" }).getAttribute("aria-invalid"), "true");
    await assertAccessible(page, "enquête OARSA (année invalide)");
    assert.deepEqual(errors, []);
  });

  test("un signataire voit les mêmes tableaux, petits effectifs masqués", async () => {
    const { page, errors } = await signIn(browser, server, "signataire");
    await Promise.all([page.waitForURL(/\/pilotage\/oarsa/),
      menu(page, "Statistiques OARSA").click()]);
    await assert.doesNotReject(page.getByText("Secret statistique appliqué").waitFor());
    assert.ok(await page.locator("td abbr[title='Effectif masqué (secret statistique)']").count()
      > 0);
    await assertAccessible(page, "enquête OARSA (signataire)");
    assert.deepEqual(errors, []);
  });
});
