import type { Language } from '../domain/languages';

type Text = Record<Language, string>;

/** The words of the demo feedback, in both languages; who gave what and how it was answered lives in demo-feedback.ts. */
export const demoFeedbackText = {
  userOrganisation: { en: 'Regional user organisation', cs: 'Krajská organizace uživatelů' } satisfies Text,
  benefits: {
    text: {
      en: 'I have an offer of twelve hours a week in a bakery and I am afraid to take it. Nobody can tell me whether I would lose my disability pension, and I cannot risk ending up with nothing. It would be enough if someone sat down with me and did the sums.',
      cs: 'Mám nabídku na dvanáct hodin týdně v pekárně a bojím se ji vzít. Nikdo mi neumí říct, jestli nepřijdu o invalidní důchod, a riskovat, že zůstanu bez ničeho, nemůžu. Stačilo by, kdyby si se mnou někdo sedl a spočítal to.',
    },
    tags: { en: ['benefits', 'disability pension', 'part-time work'], cs: ['dávky', 'invalidní důchod', 'částečný úvazek'] },
    response: {
      en: 'The committee decided that everyone who starts work gets a benefits counselling session, and is mapping which benefit rules put people off working. The employment specialist books the session before the first day at work.',
      cs: 'Výbor rozhodl, že každý, kdo nastupuje do práce, dostane konzultaci k dávkám, a mapuje pravidla, která lidi od práce odrazují. Konzultaci domluví pracovní konzultant ještě před prvním pracovním dnem.',
    },
  },
  waitingList: {
    text: {
      en: 'Several of our members in Dolní Ves were told they would wait three months before an employment specialist could see them. In that time many people give up. Waiting is the opposite of what we were promised about IPS.',
      cs: 'Několika našim členům v Dolní Vsi řekli, že na pracovního konzultanta budou čekat tři měsíce. Za tu dobu to spousta lidí vzdá. Čekání je pravý opak toho, co nám o IPS slibovali.',
    },
    tags: { en: ['waiting list', 'Dolní Ves'], cs: ['čekací doba', 'Dolní Ves'] },
    response: {
      en: 'A half-time employment specialist is being added to the Dolní Ves team. Until the post is filled, a specialist from the neighbouring team sees new people from Dolní Ves one day a week.',
      cs: 'Tým v Dolní Vsi posílí pracovní konzultant na poloviční úvazek. Než se místo obsadí, jezdí jeden den v týdnu za novými lidmi do Dolní Vsi konzultant ze sousedního týmu.',
    },
  },
  employers: {
    text: {
      en: 'The interview was going well until the word psychiatry came up. After that the manager stopped looking at me. Employers need to hear from someone other than us that we can do the job.',
      cs: 'Na pohovoru to vypadalo dobře, dokud nepadlo slovo psychiatrie. Pak se na mě vedoucí přestal dívat. Zaměstnavatelé potřebují slyšet od někoho jiného než od nás, že tu práci zvládneme.',
    },
    tags: { en: ['employers', 'stigma', 'disclosure'], cs: ['zaměstnavatelé', 'stigma', 'sdělení diagnózy'] },
    response: {
      en: 'The committee decided to publish a one-page leaflet for employers about hiring people who live with a mental illness; the employment specialists will bring it when they visit employers.',
      cs: 'Výbor rozhodl vydat jednostránkový leták pro zaměstnavatele o zaměstnávání lidí s duševním onemocněním; pracovní konzultanti ho budou nosit na schůzky se zaměstnavateli.',
    },
  },
  travel: {
    text: {
      en: 'A trip to an interview in town costs me almost a hundred crowns there and back, and the first bus arrives after eight. Until my first wage comes in, I simply cannot afford to travel to every interview.',
      cs: 'Cesta na pohovor do města mě stojí skoro sto korun tam a zpátky a první autobus přijíždí po osmé. Dokud nemám první výplatu, nemám prostě na to jezdit na každý pohovor.',
    },
    tags: { en: ['travel costs', 'transport'], cs: ['cestovné', 'doprava'] },
    response: {
      en: 'Discussed with the Labour Office, which will check whether travel to interviews can be paid from its programmes. The committee is raising the early buses from the villages with the regional transport authority.',
      cs: 'Projednáno s úřadem práce, který ověří, zda lze cestu na pohovory proplácet z jeho programů. Ranní spoje z obcí výbor projednává s krajským dopravním úřadem.',
    },
  },
  peerSupport: {
    text: {
      en: 'What helped me most was talking to someone who had been through it and is working now. Could every IPS team have a peer worker with lived experience alongside the employment specialists?',
      cs: 'Nejvíc mi pomohlo mluvit s někým, kdo si tím sám prošel a teď pracuje. Mohl by mít každý tým IPS vedle pracovních konzultantů i peer konzultanta s vlastní zkušeností?',
    },
    tags: { en: ['peer support', 'lived experience'], cs: ['peer podpora', 'vlastní zkušenost'] },
    reason: {
      en: 'The committee agrees with the idea but has no money for new posts: the teams are paid from a project budget that is fixed until the project ends. It will include peer workers in its proposal for the next regional mental-health plan.',
      cs: 'Výbor s nápadem souhlasí, ale na nová místa nemá peníze: týmy jsou placeny z projektového rozpočtu, který je až do konce projektu pevně daný. Peer konzultanty zahrne do svého návrhu pro příští krajský plán péče o duševní zdraví.',
    },
  },
  figures: {
    text: {
      en: 'The quarterly figures only count job starts. They do not show whether people keep their jobs, or how they are doing after six months. We would like the committee to look at that too.',
      cs: 'Čtvrtletní čísla počítají jen nástupy do práce. Neukazují, jestli si lidé práci udrží a jak se jim daří po půl roce. Chtěli bychom, aby se výbor díval i na to.',
    },
    tags: { en: ['figures', 'keeping a job'], cs: ['data', 'udržení práce'] },
    response: {
      en: 'Discussed: from now on the committee looks at jobs still held after 13 weeks next to job starts. How people are doing after six months is not in the data yet; the coordinator will ask the teams what they could record.',
      cs: 'Projednáno: výbor bude vedle nástupů sledovat i pracovní místa udržená po 13 týdnech. Jak se lidem daří po půl roce, data zatím neobsahují; koordinátor se zeptá týmů, co by mohly zaznamenávat.',
    },
  },
  turnover: {
    text: {
      en: 'My employment specialist has changed three times in a year. Every time I have to tell my story again from the beginning, and every time I feel less like trying.',
      cs: 'Během jednoho roku se mi třikrát vyměnil pracovní konzultant. Pokaždé musím svůj příběh vyprávět znovu od začátku a pokaždé mám menší chuť to zkoušet.',
    },
    tags: { en: ['staff turnover'], cs: ['střídání konzultantů'] },
  },
  retraining: {
    text: {
      en: 'People still come back from the job centre saying they were told to finish a retraining course first and look for work afterwards. That is the old way, and it sends people back to waiting.',
      cs: 'Lidé se z úřadu práce pořád vracejí s tím, že mají nejdřív absolvovat rekvalifikační kurz a práci hledat až potom. To je starý přístup a lidi kvůli němu zase jen čekají.',
    },
    tags: { en: ['job centre', 'train then place'], cs: ['úřad práce', 'nejdřív kurz'] },
  },
};
