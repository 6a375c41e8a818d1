// Browser test of the beneficiary imports (issue 5): a chargé d'orientation sends a
// spreadsheet without a mapping, builds the mapping from the file's headers and sample rows,
// follows the dry run's progress to its end, reads the report and applies the simulation.
// axe-core on every page visited; a console error fails the test.
// The file: data/beneficiary-files/fichier_usager_600_lignes.csv when present (package B of
// issue 5 copies it there), else a small fixture with the same headers.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { assertAccessible, launchBrowser, signIn, startServer } from "./support.mjs";

const REAL_FILE = "data/beneficiary-files/fichier_usager_600_lignes.csv";
const FILE = existsSync(REAL_FILE) ? REAL_FILE : "tests/e2e/fixtures/beneficiaires.csv";

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

// Waits until the import page shows a finished run (the progress fragment reloads the page).
async function waitForEnd(page) {
  await page.locator("#import-progress").getByText(/Terminé|Échoué|Annulé|Interrompu/)
    .waitFor({ timeout: 60000 });
  return page.locator("#import-progress strong").innerText();
}

describe("imports de bénéficiaires", () => {
  test("envoi d'un tableur, correspondance, simulation suivie puis appliquée", async () => {
    const { page, errors } = await signIn(browser, server, "charge_orientation");
    await page.getByLabel("Menu principal").getByRole("link", { name: "Imports", exact: true }).click();
    await page.waitForURL(`${server.base}/imports`);
    await assertAccessible(page, "liste des imports");

    await page.getByLabel("Type de fichier").selectOption("spreadsheet");
    await page.getByLabel("Fichier (obligatoire)").setInputFiles(FILE);
    await page.getByLabel("Correspondance des colonnes").selectOption("");
    assert.equal(await page.getByLabel(/Simulation/).isChecked(), true);
    await Promise.all([
      page.waitForURL(/\/imports\/correspondances\/nouvelle\?fichier=/),
      page.getByRole("button", { name: "Envoyer le fichier" }).click(),
    ]);
    await assertAccessible(page, "éditeur de correspondance");
    // The suggestions from the headers are pre-selected; the sample rows are shown.
    assert.equal(await page.getByLabel("Colonne « Date de Naissance »").inputValue(), "birth_date");
    assert.equal(await page.getByLabel("Colonne « N° CAF »").inputValue(), "caf_number");
    assert.ok((await page.locator("main table tbody tr").count()) >= 3);
    await page.getByLabel("Nom de la correspondance (obligatoire)").fill("Fichier usager");
    await Promise.all([
      page.waitForURL(/\/imports\/\d+$/),
      page.getByRole("button", { name: "Enregistrer et lancer la simulation" }).click(),
    ]);
    assert.equal(await waitForEnd(page), "Terminé");
    assert.equal(await page.locator("#import-bar").getAttribute("value"), "100");
    await assertAccessible(page, "rapport de simulation");
    assert.ok((await page.getByRole("table", { name: "Rapport ligne par ligne" }).locator("tbody tr").count()) > 0);
    const csv = await page.request.get(page.url() + "/rapport?format=csv");
    assert.equal(csv.status(), 200);
    assert.match(await csv.text(), /Ligne;Référence;Résultat;Code;Message/);

    const dryRunUrl = page.url();
    await Promise.all([
      page.waitForURL((url) => /\/imports\/\d+$/.test(url.pathname) && url.href !== dryRunUrl),
      page.getByRole("button", { name: "Appliquer cette simulation" }).click(),
    ]);
    assert.equal(await waitForEnd(page), "Terminé");
    await assertAccessible(page, "rapport d'application");
    assert.match(await page.locator("main").innerText(), /Simulation appliquée/);

    await page.goto(`${server.base}/imports/correspondances`);
    await assertAccessible(page, "correspondances");
    assert.match(await page.locator("main").innerText(), /Fichier usager/);
    await page.getByRole("link", { name: "Fichier usager" }).click();
    await assertAccessible(page, "correspondance enregistrée");
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test("un flux CAF se dépose depuis la même page (coordinateur)", async () => {
    const { page, errors } = await signIn(browser, server, "coordinateur");
    await page.goto(`${server.base}/imports`);
    await page.getByLabel("Type de fichier").selectOption("caf");
    assert.equal(await page.locator("#import-sheet-options").isHidden(), true);
    await page.getByLabel("Fichier (obligatoire)").setInputFiles("data/caf-flux/RSABEM-ouvert.xml");
    await page.getByLabel(/Valider le fichier/).check();
    await Promise.all([
      page.waitForURL(/\/imports\/\d+$/),
      page.getByRole("button", { name: "Envoyer le fichier" }).click(),
    ]);
    await waitForEnd(page);
    await assertAccessible(page, "import CAF");
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
