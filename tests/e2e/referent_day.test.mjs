// Browser tests of a référent's day on the demo: the home page's work-list counts, finding a
// person (exact, with a typo, without accents), planning and recording appointments (clearing
// an item of "Rendez-vous à préciser"), creating then signing a contract, writing a note and
// reading the journal. axe-core runs on every page visited; a console error fails the test.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, follow, launchBrowser, signIn, startServer } from "./support.mjs";

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

// Clicks a link or a submit button and waits for the page it leads to.
// Accents and case folded, as the server's SearchKey does for the name search.
function fold(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

function frenchDate(iso) {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

// The definition (dd) following the term (dt) `term` in the page's description lists.
function definition(page, term) {
  return page.locator("main dt").filter({ hasText: new RegExp(`^${term}$`) })
    .locator("xpath=following-sibling::dd[1]");
}

// The person links of the beneficiaries table: [{name, href}].
async function personLinks(page) {
  return page.locator("main table tbody th a").evaluateAll((links) =>
    links.map((a) => ({ name: a.textContent.trim(), href: a.getAttribute("href") })));
}

async function searchByName(page, name) {
  await page.getByLabel("Nom (et prénom)").fill(name);
  await follow(page, page.getByRole("button", { name: "Rechercher" }), /\/beneficiaires\?/);
  return personLinks(page);
}

// Total of a work list, read from its table caption ("… : N au total, …"); 0 when empty.
async function worklistTotal(page) {
  const caption = page.locator("main table caption");
  if (await caption.count() === 0) return 0;
  const m = (await caption.innerText()).match(/(\d+) au total/);
  assert.ok(m, "total de la liste dans la légende du tableau");
  return Number(m[1]);
}

describe("la journée d'un référent", () => {
  test("l'accueil affiche les compteurs des listes à traiter", async () => {
    const { page, errors } = await signIn(browser, server, "referent");
    assert.match(await page.locator("h1").innerText(), /Bonjour/);
    const section = page.getByRole("region", { name: "À traiter" });
    const items = section.getByRole("listitem");
    assert.ok(await items.count() >= 1, "au moins une liste à traiter");
    for (const text of await items.allInnerTexts()) {
      assert.match(text, /\S.* : \d+$/, `compteur : ${text}`);
    }
    assert.equal(await section.locator('a[href^="/a-traiter/appointment_unrecorded"]').count(), 1);
    await assertAccessible(page, "accueil du référent");
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test("trouver une personne : mes bénéficiaires, recherche exacte, avec une faute, sans accents",
    async () => {
      const { page, errors } = await signIn(browser, server, "referent");
      await follow(page, page.getByRole("link", { name: "Mes bénéficiaires" }).first(),
        /\/mes-beneficiaires/);
      assert.equal(await page.locator("h1").innerText(), "Mes bénéficiaires");
      await assertAccessible(page, "mes bénéficiaires");
      const mine = await personLinks(page);
      assert.ok(mine.length > 0, "le référent suit des personnes");

      // A person whose last name is one word long enough for the typo pass.
      let person;
      for (const candidate of mine.slice(0, 15)) {
        await page.goto(`${server.base}${candidate.href}`);
        const last = (await definition(page, "Nom").innerText()).trim();
        const first = (await definition(page, "Prénom").innerText()).trim();
        if (/^\p{L}{5,}$/u.test(last)) {
          person = { ...candidate, last, first };
          break;
        }
      }
      assert.ok(person, "une personne au nom d'un seul mot d'au moins cinq lettres");
      await assertAccessible(page, "fiche bénéficiaire");

      await follow(page, page.getByRole("link", { name: "Bénéficiaires", exact: true }).first(),
        /\/beneficiaires$/);
      await assertAccessible(page, "recherche de bénéficiaires");
      const exact = await searchByName(page, `${person.last} ${person.first}`);
      assert.ok(exact.some((p) => p.href === person.href), "trouvée par son nom exact");
      await assertAccessible(page, "résultats de recherche");

      // The export links carry the search; the CSV holds the person found.
      const href = await page.getByRole("link", { name: "Exporter (CSV)" }).getAttribute("href");
      assert.match(href, /^\/beneficiaires\/export\?format=csv&nom=/);
      assert.equal(await page.getByRole("link", { name: "Exporter (XLSX)" }).count(), 1);
      const csv = await page.request.get(`${server.base}${href}`);
      assert.equal(csv.status(), 200);
      assert.match(csv.headers()["content-type"], /^text\/csv/);
      assert.ok((await csv.text()).toLowerCase().includes(person.last.toLowerCase()),
        "la personne trouvée est dans l'export");

      // One typo: the third letter of the last name replaced.
      const folded = fold(person.last);
      const wrong = folded[2] === "x" ? "z" : "x";
      const typo = `${folded.slice(0, 2)}${wrong}${folded.slice(3)}`;
      const approx = await searchByName(page, `${typo} ${fold(person.first)}`);
      assert.ok(approx.some((p) => p.href === person.href), `trouvée malgré la faute (${typo})`);
      await assertAccessible(page, "résultats approchants");

      // Accent-insensitive: the same results with and without the accent.
      // Accent-insensitive: a person of the caseload whose name carries an accent is found
      // the same with and without it.
      let accented;
      for (const candidate of mine.slice(0, 40)) {
        await page.goto(`${server.base}${candidate.href}`);
        const last = (await definition(page, "Nom").innerText()).trim();
        const first = (await definition(page, "Prénom").innerText()).trim();
        const typed = `${last} ${first}`;
        if (fold(typed) !== typed.toLowerCase()) {
          accented = { ...candidate, typed };
          break;
        }
      }
      assert.ok(accented, "une personne au nom accentué dans le portefeuille du référent");
      await page.goto(`${server.base}/beneficiaires`);
      const withAccent = await searchByName(page, accented.typed);
      const withoutAccent = await searchByName(page, fold(accented.typed));
      assert.ok(withoutAccent.some((p) => p.href === accented.href), "trouvée sans accents");
      assert.deepEqual(withoutAccent.map((p) => p.href), withAccent.map((p) => p.href));

      await follow(page, page.locator(`main table tbody th a[href="${accented.href}"]`).first(),
        /\/beneficiaires\/\d+$/);
      await assertAccessible(page, "fiche trouvée sans accent");
      assert.deepEqual(errors, []);
      await page.context().close();
    });

  test("planifier un rendez-vous, puis enregistrer un rendez-vous à préciser", async () => {
    const { page, errors } = await signIn(browser, server, "referent");
    await follow(page, page.locator('main a[href^="/a-traiter/appointment_unrecorded"]'),
      /\/a-traiter\/appointment_unrecorded/);
    await assertAccessible(page, "rendez-vous à préciser");
    const before = await worklistTotal(page);
    assert.ok(before > 0, "des rendez-vous à préciser pour le référent");
    const row = page.locator("main table tbody tr").first();
    // The due date ("Échéance") of an unrecorded appointment is the appointment's date.
    const since = await row.locator("time").nth(1).getAttribute("datetime");
    const personHref = await row.getByRole("link").getAttribute("href");
    await follow(page, row.getByRole("link"), /\/beneficiaires\/\d+$/);
    assert.equal(new URL(page.url()).pathname, personHref);

    await follow(page, page.getByRole("navigation", { name: /^Dossier de/ })
      .getByRole("link", { name: "Rendez-vous" }), /\/beneficiaires\/\d+\/rendez-vous$/);
    const tabUrl = page.url();
    await assertAccessible(page, "onglet rendez-vous");

    // Plan one for tomorrow.
    const tomorrow = isoDate(new Date(Date.now() + 24 * 3600 * 1000));
    await page.getByLabel("Date (obligatoire)").fill(tomorrow);
    await page.getByLabel("Heure (obligatoire)").fill("10:30");
    await page.getByLabel("Modalité (obligatoire)").selectOption({ index: 0 });
    await page.getByLabel("Motif (obligatoire)").selectOption({ index: 1 });
    await page.getByLabel("Lieu").fill("Espace insertion, bureau 2");
    await follow(page, page.getByRole("button", { name: "Planifier le rendez-vous" }),
      /enregistre=1/);
    assert.match(await page.getByRole("status").first().innerText(), /Rendez-vous enregistré/);
    const upcoming = page.getByRole("table", { name: "Rendez-vous à venir" });
    assert.equal(await upcoming.getByRole("row", { name: new RegExp(frenchDate(tomorrow)) })
      .count(), 1, "le rendez-vous planifié est à venir");
    await assertAccessible(page, "rendez-vous planifié");

    // Record the past one of the work list as honoured.
    await page.goto(tabUrl);
    const past = page.getByRole("table", { name: /Rendez-vous passés/ });
    const toSpecify = past.getByRole("row")
      .filter({ hasText: frenchDate(since) }).filter({ hasText: "À préciser" }).first();
    await follow(page, toSpecify.getByRole("button", { name: /^Honoré/ }), /enregistre=1/);
    assert.equal(await past.getByRole("row").filter({ hasText: frenchDate(since) })
      .filter({ hasText: "Honoré" }).count() >= 1, true, "statut enregistré");
    await assertAccessible(page, "rendez-vous enregistré");

    await page.goto(`${server.base}/a-traiter/appointment_unrecorded`);
    assert.equal(await worklistTotal(page), before - 1, "un élément de moins à traiter");
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test("créer un contrat en brouillon, le signer et l'imprimer", async () => {
    const { page, errors } = await signIn(browser, server, "referent");
    await page.goto(`${server.base}/mes-beneficiaires`);
    await follow(page, page.getByRole("link", { name: /^Sans contrat valide/ }),
      /statut=sans_contrat_valide/);
    await assertAccessible(page, "mes bénéficiaires sans contrat valide");
    const first = page.locator("main table tbody th a").first();
    await follow(page, first, /\/beneficiaires\/\d+$/);
    await follow(page, page.getByRole("navigation", { name: /^Dossier de/ })
      .getByRole("link", { name: "Contrats" }), /\/beneficiaires\/\d+\/contrats$/);
    await assertAccessible(page, "onglet contrats");

    const today = isoDate(new Date());
    await page.getByLabel("Type de contrat (obligatoire)").selectOption("contrat_engagement");
    await page.getByLabel("Date de début (obligatoire)").fill(today);
    await page.getByLabel("Durée").selectOption("6");
    await page.getByLabel("Heures d'activité par semaine").fill("15");
    await page.getByLabel("Objectifs").fill("Reprendre une activité salariée.");
    await page.getByLabel("Action 1 : intitulé").fill("Atelier de recherche d'emploi");
    await page.getByLabel("Action 1 : type OARSA").selectOption({ index: 1 });
    await page.getByLabel("Statut").selectOption("brouillon");
    await follow(page, page.getByRole("button", { name: "Enregistrer le contrat" }),
      /\/contrats\/\d+\?enregistre=1/);
    assert.match(await page.locator("main").innerText(), /Contrat enregistré/);
    assert.match(await definition(page, "Statut").innerText(), /Brouillon/);
    await assertAccessible(page, "contrat en brouillon");

    const contractUrl = page.url().replace(/\?.*$/, "");
    const sign = page.locator("main form").filter({
      has: page.getByRole("heading", { name: "Signer le contrat" }),
    });
    await sign.getByLabel("Date de signature (obligatoire)").fill(today);
    await follow(page, sign.getByRole("button", { name: "Enregistrer la signature" }),
      /\/contrats\/\d+\?enregistre=1/);
    assert.match(await definition(page, "Statut").innerText(), /Signé/);
    assert.match(await definition(page, "Date de signature").innerText(),
      new RegExp(frenchDate(today)));
    await assertAccessible(page, "contrat signé");

    await follow(page, page.getByRole("link", { name: /^Version imprimable/ }),
      `${contractUrl}/imprimer`);
    const printed = await page.locator("main").innerText();
    assert.match(printed, /Contrat d'engagement/);
    assert.match(printed, /Atelier de recherche d'emploi/);
    await assertAccessible(page, "contrat imprimable");

    // The contracts tab now shows it as the current contract.
    await page.goto(`${contractUrl}`);
    await follow(page, page.getByRole("navigation", { name: /^Dossier de/ })
      .getByRole("link", { name: "Contrats" }), /\/contrats$/);
    assert.equal(await page.getByRole("region", { name: "Contrat en cours de validité" })
      .count(), 1);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test("écrire une note et la retrouver dans le journal", async () => {
    const { page, errors } = await signIn(browser, server, "referent");
    await page.goto(`${server.base}/mes-beneficiaires`);
    await follow(page, page.locator("main table tbody th a").first(), /\/beneficiaires\/\d+$/);
    const tabs = page.getByRole("navigation", { name: /^Dossier de/ });
    await follow(page, tabs.getByRole("link", { name: "Notes" }), /\/notes$/);
    await assertAccessible(page, "onglet notes");
    await page.getByLabel("Note (obligatoire)").fill("Point d'étape : recherche de formation.");
    await page.getByLabel("Qui peut la lire (obligatoire)").selectOption({ index: 0 });
    await follow(page, page.getByRole("button", { name: "Enregistrer la note" }), /enregistre=1/);
    assert.match(await page.getByRole("status").first().innerText(), /Note enregistrée/);
    assert.match(await page.locator("main").innerText(), /recherche de formation/);
    await assertAccessible(page, "note enregistrée");

    await follow(page, page.getByRole("navigation", { name: /^Dossier de/ })
      .getByRole("link", { name: "Journal" }), /\/journal$/);
    const journal = page.getByRole("table", { name: /Journal du parcours/ });
    // Events are dated by day: today's note is among the first rows.
    assert.equal(await journal.getByRole("row").filter({ hasText: "Note ajoutée" }).count() >= 1,
      true, "la note est au journal");
    await assertAccessible(page, "journal");
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
