// Browser test of the pact on the demo: the pact at a glance (orientations, objectives,
// indicators with their status as text and a small chart), an objective and the yearly
// report; then a signataire of a pilot institution (France Travail in the demo) enters a
// measurement in "Mes engagements" and finds it on the overview. axe-core runs on every page
// visited; a console error (CSP included) fails the test.
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

describe("le pacte territorial d'insertion", () => {
  test("la vue d'ensemble, un objectif et le rapport annuel sont lisibles et accessibles",
    async () => {
      const { page, errors } = await signIn(browser, server, "lecteur_stats");
      await follow(page, menu(page, "Pacte"), /\/pilotage\/pacte$/);
      await assert.doesNotReject(page.getByRole("heading", { level: 1,
        name: "Pacte territorial d'insertion 2016-2020" }).waitFor());
      for (const orientation of ["Partage de la connaissance", "Levée des freins liés à la santé",
        "Levée des freins périphériques à l'emploi",
        "Accompagnement des publics vers et dans l'emploi"]) {
        assert.ok(await page.getByRole("heading", { level: 2, name: orientation }).count() === 1,
          orientation);
      }
      assert.ok(await page.locator("main .pact-indicator").count() >= 30);
      assert.ok(await page.locator("main svg.sparkline").count() >= 10);
      assert.match(await page.locator("main").innerText(), /Non calculable/);
      await assertAccessible(page, "vue d'ensemble du pacte");

      await follow(page, page.getByRole("link", { name: "Réduire la fracture numérique" }),
        /\/pilotage\/pacte\/objectifs\/\d+$/);
      await assert.doesNotReject(page.getByRole("heading", { name: "Échanges entre partenaires" })
        .waitFor());
      assert.ok(await page.locator("main table caption").count() >= 1);
      await assertAccessible(page, "objectif du pacte");

      await follow(page, page.locator("main a", { hasText: "Pacte territorial" }).first(),
        /\/pilotage\/pacte$/);
      await follow(page, page.getByRole("link", { name: "Rapport d'avancement annuel" }),
        /\/pilotage\/pacte\/rapport/);
      assert.ok(await page.locator("main table.pact-report tbody tr").count() >= 30);
      await assertAccessible(page, "rapport d'avancement");
      assert.deepEqual(errors, []);
      await page.close();
    });

  test("un signataire d'une institution pilote saisit une mesure et la retrouve sur le pacte",
    async () => {
      const { page, errors } = await signIn(browser, server, "signataire");
      await follow(page, menu(page, "Mes engagements"), /\/pilotage\/pacte\/mes-engagements$/);
      await assert.doesNotReject(page.getByText("France Travail Hauts-de-Seine").first().waitFor());
      await assertAccessible(page, "mes engagements");
      const form = page.locator("main form[action$='/mesures']").first();
      const action = await form.getAttribute("action");
      const id = action.match(/indicateurs\/(\d+)\/mesures/)[1];
      await form.getByLabel("Année").selectOption("2020");
      await form.getByLabel(/Valeur mesurée/).fill("abc");
      await Promise.all([page.waitForLoadState("load"),
        form.getByRole("button", { name: "Enregistrer la mesure" }).click()]);
      await assert.doesNotReject(page.locator("main .field-error",
        { hasText: "La valeur mesurée doit être un nombre." }).waitFor());
      await assertAccessible(page, "mesure refusée");
      const again = page.locator(`main form[action='${action}']`);
      await again.getByLabel(/Valeur mesurée/).fill("99,5");
      await again.getByLabel("Source").fill("Tableau de bord France Travail");
      await Promise.all([page.waitForURL(/enregistre=1/),
        again.getByRole("button", { name: "Enregistrer la mesure" }).click()]);
      await assert.doesNotReject(page.getByText("Enregistré.").waitFor());

      await follow(page, menu(page, "Pacte"), /\/pilotage\/pacte$/);
      const indicator = page.locator(`#indicateur-${id}`);
      assert.match(await indicator.innerText(), /dernière valeur : 99,5.* en 2020/);
      await assertAccessible(page, "vue d'ensemble après la saisie");
      assert.deepEqual(errors, []);
      await page.close();
    });
});
