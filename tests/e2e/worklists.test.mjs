// Browser tests of the "À traiter" pages and the deadline rules page: axe-core on each, the
// perimeter switch of a référent, and the rules form with an error next to its field.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, launchBrowser, signIn, startServer } from "./support.mjs";

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

describe("listes à traiter", () => {
  test("un coordinateur consulte les listes et leurs filtres", async () => {
    const { page, errors } = await signIn(browser, server, "coordinateur");
    for (const path of ["/a-traiter", "/a-traiter/orientation_overdue",
      "/a-traiter/contract_expiring?territoire=abc"]) {
      await page.goto(`${server.base}${path}`);
      assert.match(await page.locator("h1").innerText(), /À traiter|Orientation|Contrat/);
      await assertAccessible(page, `coordinateur ${path}`);
    }
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test("un référent passe de ses suivis à sa structure", async () => {
    const { page, errors } = await signIn(browser, server, "referent");
    await page.goto(`${server.base}/a-traiter/appointment_unrecorded`);
    await page.getByLabel("Ma structure").check();
    await page.getByRole("button", { name: "Afficher" }).click();
    await page.waitForURL(/perimetre=structure/);
    await assertAccessible(page, "référent, périmètre structure");
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test("un coordinateur ajoute un délai daté, avec l'erreur à côté du champ", async () => {
    const { page, errors } = await signIn(browser, server, "coordinateur");
    await page.goto(`${server.base}/referentiels/echeances`);
    await assertAccessible(page, "délais");
    await page.getByLabel("Règle").selectOption("no_appointment_delay");
    await page.getByLabel("Nouveau délai").fill("quatre mois");
    await page.getByLabel("À compter du").fill("2030-01-01");
    await page.getByRole("button", { name: "Enregistrer la modification" }).click();
    await page.locator("#delai-duree-erreur").waitFor();
    await assertAccessible(page, "délais, erreur");
    await page.getByLabel("Nouveau délai").fill("4m");
    await page.getByRole("button", { name: "Enregistrer la modification" }).click();
    await page.getByRole("status").waitFor();
    assert.match(await page.getByRole("status").innerText(), /enregistrée/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
