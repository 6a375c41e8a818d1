// Browser tests of the foundation: sign-in, second factor, lockout, CSRF, forbidden pages,
// creating a structure, and axe-core on every page of every role.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, launchBrowser, login, newPage, signIn, startServer, totp } from "./support.mjs";

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

describe("connexion", () => {
  test("un référent se connecte et arrive sur l'accueil", async () => {
    const { page, errors } = await signIn(browser, server, "referent");
    await page.waitForURL(`${server.base}/`);
    assert.match(await page.locator("h1").innerText(), /Bonjour/);
    await assertAccessible(page, "accueil");
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test("l'administrateur doit saisir son code à usage unique", async () => {
    const errors = [];
    const page = await newPage(browser, errors);
    await login(page, server.base, server.demo.admin);
    await page.waitForURL(/second-facteur/);
    await assertAccessible(page, "second facteur");
    await page.getByLabel(/code/i).fill("000000");
    await page.getByRole("button", { name: /valider|vérifier|continuer/i }).click();
    await page.getByRole("alert").waitFor();
    await page.getByLabel(/code/i).fill(totp(server.demo.admin.totp));
    await page.getByRole("button", { name: /valider|vérifier|continuer/i }).click();
    await page.waitForURL(`${server.base}/`);
    assert.match(await page.locator("h1").innerText(), /Bonjour/);
    await page.context().close();
  });

});

describe("sécurité des formulaires et des droits", () => {
  test("un formulaire au jeton CSRF falsifié est refusé", async () => {
    const { page } = await signIn(browser, server, "coordinateur");
    await page.goto(`${server.base}/structures/nouvelle`);
    await page.locator('main form input[name="_csrf"]').evaluate((el) => { el.value = "0".repeat(64); });
    await page.getByLabel(/^Nom/).fill("Structure piégée");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: /Créer|Enregistrer/ }).click(),
    ]);
    assert.equal(response.status(), 403);
    assert.match(await page.locator("main").innerText(), /Jeton de sécurité/);
    await page.context().close();
  });

  test("un référent ne voit pas l'administration des agents", async () => {
    const { page } = await signIn(browser, server, "referent");
    const response = await page.goto(`${server.base}/admin/agents`);
    assert.equal(response.status(), 403);
    assert.match(await page.locator("h1").innerText(), /Accès refusé/);
    await assertAccessible(page, "page interdite");
    assert.equal(await page.getByRole("link", { name: "Agents" }).count(), 0);
    await page.context().close();
  });
});

describe("structures", () => {
  test("créer une structure : erreurs en ligne puis succès", async () => {
    const { page, errors } = await signIn(browser, server, "coordinateur");
    await page.goto(`${server.base}/structures/nouvelle`);
    await page.getByRole("button", { name: /Créer|Enregistrer/ }).click();
    await page.getByRole("alert").first().waitFor();
    const invalid = page.locator('[aria-invalid="true"]');
    assert.ok((await invalid.count()) >= 2, "champs en erreur signalés");
    await assertAccessible(page, "formulaire de structure en erreur");
    await page.getByLabel(/^Institution/).selectOption({ index: 1 });
    await page.getByLabel(/^Nom/).fill("Espace insertion de test");
    await page.getByLabel(/^Commune/).selectOption("92050");
    await page.getByLabel(/Organisme référent/).check();
    await page.getByLabel(/Catégorie DREES/).selectOption({ index: 1 });
    await page.getByRole("button", { name: /Créer|Enregistrer/ }).click();
    await page.waitForURL(/\/structures\/\d+/);
    assert.match(await page.locator("h1").innerText(), /Espace insertion de test/);
    await assertAccessible(page, "fiche structure");
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});

const PAGES = {
  admin: ["/", "/territoire", "/institutions", "/structures", "/structures/nouvelle",
    "/institutions/nouvelle", "/admin/agents", "/admin/agents/nouveau", "/admin/audit", "/compte"],
  coordinateur: ["/", "/territoire", "/institutions", "/structures", "/compte", "/offre/actions",
    "/offre/actions/nouvelle", "/offre/mes-actions", "/offre/programmes", "/offre/chiffres",
    "/offre/import", "/imports", "/imports/correspondances"],
  charge_orientation: ["/", "/structures", "/compte", "/imports", "/imports/correspondances"],
  referent: ["/", "/structures", "/institutions", "/compte", "/compte/second-facteur",
    "/offre/actions", "/offre/prescriptions"],
  operateur: ["/", "/structures", "/compte", "/offre/actions", "/offre/mes-actions",
    "/offre/prescriptions", "/offre/participants", "/offre/chiffres"],
  signataire: ["/", "/territoire", "/institutions", "/compte"],
  lecteur_stats: ["/", "/territoire", "/compte"],
};

describe("accessibilité de chaque page", () => {
  for (const [role, paths] of Object.entries(PAGES)) {
    test(`pages du rôle ${role}`, async () => {
      const { page, errors } = await signIn(browser, server, role);
      await page.waitForURL(`${server.base}/`);
      for (const path of paths) {
        const response = await page.goto(`${server.base}${path}`);
        assert.equal(response.status(), 200, `${role} ${path}`);
        await assertAccessible(page, `${role} ${path}`);
        // The commune maps are drawn (shared commune-map.js), not only announced.
        const map = { "/territoire": "#territory-map", "/offre/actions": "#catalogue-map" }[path];
        if (map) await page.locator(`${map} canvas`).waitFor();
      }
      // Detail pages reached from the lists.
      if (paths.includes("/structures")) {
        await page.goto(`${server.base}/structures`);
        await page.locator("main table a").first().click();
        await page.waitForURL(/\/structures\/\d+/);
        await assertAccessible(page, `${role} fiche structure`);
      }
      if (paths.includes("/institutions")) {
        await page.goto(`${server.base}/institutions`);
        await page.locator("main table a").first().click();
        await page.waitForURL(/\/institutions\/\d+/);
        await assertAccessible(page, `${role} fiche institution`);
      }
      if (role === "admin") {
        await page.goto(`${server.base}/admin/agents`);
        await page.locator("main table a").first().click();
        await page.waitForURL(/\/admin\/agents\/\d+/);
        await assertAccessible(page, "fiche agent");
      }
      assert.deepEqual(errors, [], `${role} : erreurs dans la console (CSP ?)`);
      await page.context().close();
    });
  }

  test("page de connexion", async () => {
    const errors = [];
    const page = await newPage(browser, errors);
    await page.goto(`${server.base}/connexion`);
    await assertAccessible(page, "connexion");
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});

// Last, on its own server: five failures also lock the client address (127.0.0.1 here).
describe("verrouillage", () => {
  let lockServer;
  before(async () => { lockServer = await startServer(); });
  after(async () => { await lockServer?.stop(); });

  test("un mauvais mot de passe puis le verrouillage après cinq échecs", async () => {
    const errors = [];
    const page = await newPage(browser, errors);
    const account = { ...lockServer.demo.operateur, password: "Mauvais-mot-de-passe-1" };
    await login(page, lockServer.base, account);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const wrong = await alert.innerText();
    await login(page, lockServer.base, { ...account, email: "inconnu@pacte-demo.fr" });
    assert.equal(await page.getByRole("alert").innerText(), wrong, "adresse inconnue : même réponse");
    await assertAccessible(page, "connexion en erreur");
    for (let i = 0; i < 4; i++) await login(page, lockServer.base, account);
    await login(page, lockServer.base, lockServer.demo.operateur);
    assert.match(await page.getByRole("alert").innerText(), /Trop de tentatives/);
    await page.context().close();
  });
});
