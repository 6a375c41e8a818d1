// Browser test of the insertion offer on the demo: a référent opens a person's page, finds an
// action of the catalogue from it and prescribes it; the action's operator finds the
// prescription in its inbox and accepts it; the person's journal then shows both steps.
// axe-core runs on every page visited; a console error fails the test.
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

// A link of the main menu.
// A published action of the operator with free places, read from "Mes actions".
async function operatorActionWithPlaces(page) {
  const rows = page.locator("main table tbody tr");
  const count = await rows.count();
  for (let i = 0; i < count; i += 1) {
    const cells = await rows.nth(i).locator("td").allInnerTexts();
    const [name, status] = cells;
    const free = Number(cells[cells.length - 3]);
    if (status.trim() === "Publiée" && free > 0) return name.trim();
  }
  return null;
}

describe("l'offre d'insertion : de la fiche d'une personne à l'entrée dans une action", () => {
  test("un référent prescrit une action trouvée depuis la fiche, l'opérateur l'accepte",
    async () => {
      // The operator's own published action with free places.
      const operator = await signIn(browser, server, "operateur");
      await follow(operator.page, menu(operator.page, "Mes actions"),
        /\/offre\/mes-actions/);
      await assertAccessible(operator.page, "mes actions (opérateur)");
      const actionName = await operatorActionWithPlaces(operator.page);
      assert.ok(actionName, "l'opérateur de démonstration a une action publiée avec des places");

      // The référent: a person of the caseload, its prescriptions tab, "Trouver une action".
      const referent = await signIn(browser, server, "referent");
      const page = referent.page;
      await follow(page, menu(page, "Mes bénéficiaires"),
        /\/mes-beneficiaires/);
      const personHref = await page.locator("main table tbody th a").first().getAttribute("href");
      assert.match(personHref, /^\/beneficiaires\/\d+$/);
      await page.goto(`${server.base}${personHref}`);
      // The person's tab (the menu has a "Prescriptions" entry too).
      await follow(page, page.locator("main").getByRole("link", { name: "Prescriptions", exact: true }),
        /\/beneficiaires\/\d+\/prescriptions$/);
      await assertAccessible(page, "prescriptions de la personne");
      const personName = (await page.locator("h1").innerText()).replace(/^Prescriptions de /, "");
      await follow(page, page.getByRole("link", { name: "Trouver une action à prescrire" }),
        /\/offre\/actions\?.*pour=\d+/);
      assert.equal(await page.locator("h1").innerText(), "Catalogue des actions");
      await assertAccessible(page, "catalogue pré-rempli depuis la personne");

      // Search the operator's action by its name, without the pre-filled filters.
      for (const box of await page.locator('input[name="barrier"]:checked').all()) {
        await box.uncheck();
      }
      await page.getByLabel("Commune de la personne").selectOption("");
      await page.getByLabel("Mots-clés").fill(actionName);
      await follow(page, page.getByRole("button", { name: "Rechercher" }), /\/offre\/actions\?/);
      await assertAccessible(page, "résultats de la recherche d'actions");
      const prescribe = page.getByRole("link", { name: `Prescrire « ${actionName} »` }).first();
      await follow(page, prescribe, /\/prescriptions\/nouvelle\?/);
      await assertAccessible(page, "formulaire de prescription");
      await page.getByLabel("Message à l'opérateur").fill(
        "Personne motivée, disponible le matin ; merci de me tenir informé de l'entrée.");
      await follow(page, page.getByRole("button", { name: "Envoyer la prescription" }),
        /\/offre\/prescriptions\/\d+\?envoyee=1/);
      const prescriptionPath = new URL(page.url()).pathname;
      assert.match(await page.getByRole("status").innerText(), /Prescription envoyée/);
      assert.match(await page.locator("main").innerText(), /En attente de réponse/);
      await assertAccessible(page, "prescription envoyée");

      // The operator: the inbox holds it; accept it.
      const inbox = operator.page;
      await follow(inbox, menu(inbox, "Prescriptions"),
        /\/offre\/prescriptions/);
      await assertAccessible(inbox, "boîte de réception de l'opérateur");
      const row = inbox.locator(`main table tbody a[href="${prescriptionPath}"]`);
      assert.equal(await row.count(), 1, "la prescription est dans la boîte de l'opérateur");
      // The fiche writes "Mme Isabelle BERNARD", the inbox "Isabelle Bernard".
      const folded = (text) => text.replace(/^(M\.|Mme) /, "").toLowerCase().split(" ").sort();
      assert.deepEqual(folded((await row.innerText()).trim()), folded(personName));
      await follow(inbox, row, new RegExp(`${prescriptionPath}$`));
      await assertAccessible(inbox, "prescription reçue");
      const main = await inbox.locator("main").innerText();
      assert.doesNotMatch(main, /NIR|Diagnostic|Notes/, "l'opérateur ne voit ni NIR, ni diagnostic, ni notes");
      await inbox.getByLabel("Décision (obligatoire)").selectOption("acceptee");
      await follow(inbox, inbox.getByRole("button", { name: "Enregistrer" }), /\?enregistre=1/);
      assert.match(await inbox.locator("main").innerText(), /Acceptée/);

      // The référent: the person's journal shows the prescription and its acceptance.
      await page.goto(`${server.base}${personHref}/journal`);
      const journal = await page.locator("main").innerText();
      assert.match(journal, /Prescription : En attente de réponse/);
      assert.match(journal, /Prescription : Acceptée/);
      await assertAccessible(page, "journal de la personne");

      assert.deepEqual(referent.errors, []);
      assert.deepEqual(operator.errors, []);
      await page.context().close();
      await inbox.context().close();
    });
});
