// Accessibility crawl of the parcours pages (issue 3) for every role that may see them: the
// lists, the work lists, the référentiels, a beneficiary's file and each of its tabs, and the
// detail pages reached from the tabs. axe-core on each page; a console error fails the test.
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

async function visit(page, url, label) {
  const response = await page.goto(url.startsWith("http") ? url : `${server.base}${url}`);
  assert.equal(response.status(), 200, label);
  await assertAccessible(page, label);
}

const REFERENTIELS = ["/referentiels/situations", "/referentiels/motifs-rendez-vous",
  "/referentiels/echeances"];

// Pages of each role (answer 200) and where it finds a beneficiary's file (null: none).
const ROLES = {
  admin: {
    pages: ["/beneficiaires", "/beneficiaires/nouveau", "/a-traiter", "/rendez-vous",
      "/reorientations", "/referents", ...REFERENTIELS],
    files: "/beneficiaires",
  },
  coordinateur: {
    pages: ["/beneficiaires", "/a-traiter", "/referents", ...REFERENTIELS],
    files: "/beneficiaires",
  },
  charge_orientation: {
    pages: ["/beneficiaires", "/beneficiaires/nouveau", "/a-traiter", "/rendez-vous",
      "/reorientations", "/referents"],
    files: "/beneficiaires",
  },
  referent: {
    pages: ["/mes-beneficiaires", "/mes-beneficiaires?statut=sans_contrat_valide",
      "/beneficiaires", "/beneficiaires?nom=martin", "/beneficiaires/nouveau", "/a-traiter",
      "/rendez-vous", "/referents"],
    files: "/mes-beneficiaires",
  },
  operateur: { pages: ["/beneficiaires"], files: null },
};

const ALL_TABS = ["Fiche", "Orientation et référent", "Diagnostic", "Contrats", "Rendez-vous",
  "Notes", "Prescriptions", "Journal", "Données personnelles"];

// The first person of a list page whose file has a contract and an appointment when possible.
async function openFile(page, listPath, role) {
  await visit(page, listPath, `${role} ${listPath}`);
  const first = page.locator("main table tbody th a").first();
  await Promise.all([page.waitForURL(/\/beneficiaires\/\d+$/), first.click()]);
  await assertAccessible(page, `${role} fiche`);
  return page.url();
}

async function crawlTabs(page, fileUrl, role) {
  const nav = page.getByRole("navigation", { name: /^Dossier de/ });
  const tabs = await nav.getByRole("link").evaluateAll((links) =>
    links.map((a) => ({ label: a.textContent.trim(), href: a.href })));
  if (role === "referent") assert.deepEqual(tabs.map((t) => t.label), ALL_TABS);
  assert.ok(tabs.length >= 2, `${role} : onglets du dossier`);
  for (const tab of tabs) await visit(page, tab.href, `${role} onglet ${tab.label}`);
  return tabs;
}

// Detail pages reached from the tabs: an appointment, its convocation, a contract.
async function crawlDetails(page, fileUrl, role) {
  await page.goto(`${fileUrl}/rendez-vous`);
  const appointment = page.locator('main table a[href^="/rendez-vous/"]:not([href$="/convocation"])');
  if (await appointment.count() > 0) {
    const href = await appointment.first().getAttribute("href");
    await visit(page, href, `${role} rendez-vous`);
    await visit(page, `${href}/convocation`, `${role} convocation`);
  }
  await page.goto(`${fileUrl}/contrats`);
  const contract = page.locator('main table a[href^="/contrats/"]');
  if (await contract.count() > 0) {
    const href = await contract.first().getAttribute("href");
    await visit(page, href, `${role} contrat`);
    await visit(page, `${href}/imprimer`, `${role} contrat imprimable`);
  }
}

describe("accessibilité des pages du parcours", () => {
  for (const [role, { pages, files }] of Object.entries(ROLES)) {
    test(`pages du parcours, rôle ${role}`, async () => {
      const { page, errors } = await signIn(browser, server, role);
      for (const path of pages) await visit(page, path, `${role} ${path}`);
      if (files) {
        const fileUrl = await openFile(page, files, role);
        await crawlTabs(page, fileUrl, role);
        await crawlDetails(page, fileUrl, role);
        if (role === "referent") {
          for (const suffix of ["/modifier", "/sortie"]) {
            await visit(page, `${fileUrl}${suffix}`, `${role} ${suffix}`);
          }
        }
      }
      assert.deepEqual(errors, [], `${role} : erreurs dans la console (CSP ?)`);
      await page.context().close();
    });
  }

  test("un rôle sans accès aux personnes ne voit pas les bénéficiaires", async () => {
    for (const role of ["signataire", "lecteur_stats"]) {
      const { page } = await signIn(browser, server, role);
      assert.equal(await page.getByRole("link", { name: "Bénéficiaires" }).count(), 0, role);
      const response = await page.goto(`${server.base}/beneficiaires`);
      assert.equal(response.status(), 403, `${role} /beneficiaires`);
      await assertAccessible(page, `${role} /beneficiaires refusé`);
      await page.context().close();
    }
  });
});
