import type { Language } from '../domain/languages';

type Text = Record<Language, string>;

export type DemoDecisionText = { wording: Text; rationale: Text; dissent?: { member: string; words: Text }; userRepPosition?: Text };
/** An action's title and what each meeting that reviewed it heard, in the order of those meetings. */
export type DemoActionText = { title: Text; dropReason?: Text; progress?: Text[] };

/** The words of the demo meetings, in both languages; the structure lives in demo-meetings.ts. */
export const demoMeetingsText = {
  notes: {
    open_actions: { en: 'Each owner reported on their action; see the table of earlier actions.', cs: 'Každý nositel úkolu informoval o jeho plnění; viz tabulka dřívějších úkolů.' },
    barrier_review: { en: 'The committee re-scored the barriers due for review. Transport from the villages is still the worst for Horní Lhota.', cs: 'Výbor znovu ohodnotil bariéry k revizi. Pro Horní Lhotu zůstává nejhorší doprava z vesnic.' },
    latest_figures: { en: 'Referrals are rising; job starts lag behind in Dolní Ves, where the team has been without a second specialist.', cs: 'Počet doporučení roste; v Dolní Vsi zaostávají nástupy do práce, tým je bez druhého konzultanta.' },
    feedback: { en: 'The representatives presented the feedback gathered since the last meeting.', cs: 'Zástupci uživatelů představili zpětnou vazbu sebranou od minulého jednání.' },
    other: { en: 'Discussion recorded under the decisions below.', cs: 'Diskuse je zachycena u usnesení níže.' },
  } satisfies Record<string, Text>,
  extraItems: [
    { en: 'Fidelity reviews for the coming year', cs: 'Hodnocení věrnosti modelu na příští rok' },
    { en: 'Targets and benefits counselling', cs: 'Cíle a poradenství k dávkám' },
    { en: 'Staffing in Dolní Ves and work with employers', cs: 'Personální situace v Dolní Vsi a práce se zaměstnavateli' },
    { en: 'Priorities after the dot vote', cs: 'Priority po hlasování tečkami' },
  ] satisfies Text[],
  guest: { name: 'Ivana Černá', organisation: { en: 'Regional transport authority', cs: 'Krajský dopravní úřad' } },
  decisions: [
    {
      wording: { en: 'All three IPS services are reviewed on the IPS-25 fidelity scale once a year.', cs: 'Všechny tři služby IPS budou jednou ročně hodnoceny podle škály věrnosti IPS-25.' },
      rationale: { en: 'Services with good fidelity achieve better employment outcomes.', cs: 'Služby s vysokou věrností modelu dosahují lepších výsledků v zaměstnávání.' },
    },
    {
      wording: { en: 'The Labour Office names a contact person for each IPS team.', cs: 'Úřad práce určí pro každý tým IPS kontaktní osobu.' },
      rationale: { en: 'Clients are sent between offices; one named contact shortens the path.', cs: 'Klienti jsou posíláni z úřadu na úřad; jedna kontaktní osoba cestu zkrátí.' },
    },
    {
      wording: { en: 'A benefits counselling session is paid from the regional budget for every client who starts work.', cs: 'Každému klientovi, který nastoupí do práce, kraj uhradí konzultaci k sociálním dávkám.' },
      rationale: { en: 'Fear of losing benefits is the reason most often given for turning down work.', cs: 'Obava ze ztráty dávek je nejčastějším důvodem odmítnutí práce.' },
    },
    {
      // Filled in from demoTargets, so the decision and the stored targets say the same.
      wording: {
        en: 'The {{year}} targets for the region are {{referrals}} referrals, {{engaged}} engagements, {{job_starts}} job starts and {{sustained_13w}} jobs held for 13 weeks.',
        cs: 'Cíle pro celý kraj na rok {{year}} jsou {{referrals}} doporučení, {{engaged}} zapojení, {{job_starts}} nástupů do práce a {{sustained_13w}} zaměstnání udržených 13 týdnů.',
      },
      rationale: { en: 'Based on the growth of the last four quarters.', cs: 'Vychází z růstu za poslední čtyři čtvrtletí.' },
    },
    {
      wording: { en: 'Service-user representatives co-chair the feedback item at every meeting.', cs: 'Bod zpětné vazby vedou na každém jednání spolu s předsedkyní zástupci uživatelů.' },
      rationale: { en: 'Feedback was too often the last item and got little time.', cs: 'Zpětná vazba bývala posledním bodem a zbývalo na ni málo času.' },
      userRepPosition: { en: 'The representatives asked for this and will prepare the item together.', cs: 'Zástupci uživatelů o to požádali a bod budou připravovat společně.' },
    },
    {
      wording: { en: 'Benefits counselling is offered through the Labour Office advisers already in place instead of a new budget line.', cs: 'Poradenství k dávkám bude poskytováno prostřednictvím stávajících poradců úřadu práce, nikoli z nové rozpočtové položky.' },
      rationale: { en: 'The regional budget for next year was cut; the advisers agreed to take IPS clients first.', cs: 'Krajský rozpočet na příští rok byl snížen; poradci souhlasili, že klienty IPS přijmou přednostně.' },
    },
    {
      wording: { en: 'A half-time employment specialist is added to the Dolní Ves team.', cs: 'Tým v Dolní Vsi bude posílen o pracovního konzultanta na poloviční úvazek.' },
      rationale: { en: 'The caseload there is well above 20 people per specialist.', cs: 'Počet klientů na konzultanta je tam výrazně nad 20.' },
    },
    {
      wording: { en: 'The committee publishes a one-page leaflet for employers.', cs: 'Výbor vydá jednostránkový leták pro zaměstnavatele.' },
      rationale: { en: 'Employers in the survey did not know IPS exists.', cs: 'Zaměstnavatelé v průzkumu o IPS nevěděli.' },
      dissent: { member: 'teamLeader', words: { en: 'I would rather spend the effort on meeting employers in person; leaflets end up in drawers.', cs: 'Raději bych tu energii věnoval osobním schůzkám se zaměstnavateli; letáky končí v šuplíku.' } },
    },
    {
      wording: { en: 'The chair raises early-morning buses from the villages with the regional transport authority.', cs: 'Předsedkyně projedná s krajským dopravním úřadem ranní spoje z obcí.' },
      rationale: { en: 'Two job offers fell through because of the first bus.', cs: 'Kvůli prvnímu autobusu padly dvě pracovní nabídky.' },
    },
    {
      wording: { en: 'The three barriers ranked highest in the dot vote get a plan each before the next meeting.', cs: 'Tři bariéry s nejvíce tečkami dostanou každá do příštího jednání plán.' },
      rationale: { en: 'The committee cannot work on twelve barriers at once.', cs: 'Výbor nemůže řešit dvanáct bariér najednou.' },
    },
    {
      wording: { en: 'The committee asks the health insurer to fund IPS in Dolní Ves from next year.', cs: 'Výbor požádá zdravotní pojišťovnu o financování IPS v Dolní Vsi od příštího roku.' },
      rationale: { en: 'The project money for Dolní Ves ends in December.', cs: 'Projektové peníze pro Dolní Ves končí v prosinci.' },
      userRepPosition: { en: 'The representatives support the request and offer to speak at the insurer.', cs: 'Zástupci uživatelů žádost podporují a nabízejí, že na pojišťovně vystoupí.' },
    },
    {
      wording: { en: 'Three local employers are invited to the next meeting.', cs: 'Na příští jednání budou pozváni tři místní zaměstnavatelé.' },
      rationale: { en: 'To hear what would make hiring easier for them.', cs: 'Abychom slyšeli, co by jim usnadnilo přijímání.' },
    },
  ] satisfies DemoDecisionText[],
  amendedWording: {
    en: 'All three IPS services are reviewed on the IPS-25 fidelity scale once a year by an external reviewer.',
    cs: 'Všechny tři služby IPS budou jednou ročně hodnoceny podle škály věrnosti IPS-25 externím hodnotitelem.',
  } satisfies Text,
  actions: [
    { title: { en: 'Name a Labour Office contact for each IPS team', cs: 'Určit kontakt na úřadu práce pro každý tým IPS' }, progress: [{ en: 'Contacts named and introduced to the teams.', cs: 'Kontakty určeny a představeny týmům.' }] },
    { title: { en: 'Arrange IPS-25 reviews for all three services', cs: 'Zajistit hodnocení IPS-25 pro všechny tři služby' }, progress: [{ en: 'Two reviews done, the third is booked.', cs: 'Dvě hodnocení proběhla, třetí je domluveno.' }, { en: 'All three services have been reviewed.', cs: 'Všechny tři služby jsou ohodnoceny.' }] },
    { title: { en: 'Map the benefit rules that deter people from starting work', cs: 'Zmapovat pravidla dávek, která odrazují od nástupu do práce' }, progress: [
        { en: 'Rules collected; the draft is being written.', cs: 'Pravidla jsou sebrána, návrh se píše.' },
        { en: 'Draft ready; waiting for comments from the Labour Office.', cs: 'Návrh hotov; čeká se na připomínky úřadu práce.' },
        { en: 'Still waiting for the Labour Office’s comments.', cs: 'Stále se čeká na připomínky úřadu práce.' },
      ] },
    { title: { en: 'Send the {{year}} targets to the providers', cs: 'Rozeslat poskytovatelům cíle na rok {{year}}' }, progress: [{ en: 'Sent.', cs: 'Rozesláno.' }] },
    { title: { en: 'Prepare a plain-language feedback form', cs: 'Připravit formulář zpětné vazby ve srozumitelném jazyce' }, progress: [{ en: 'Form tested with five service users.', cs: 'Formulář vyzkoušen s pěti uživateli.' }] },
    {
      title: { en: 'Ask the Labour Office head office about sharing data', cs: 'Zeptat se generálního ředitelství úřadu práce na sdílení dat' },
      dropReason: { en: 'The national data-sharing agreement made it unnecessary.', cs: 'Díky celostátní dohodě o sdílení dat už to není potřeba.' },
      progress: [{ en: 'The committee agreed to drop it.', cs: 'Výbor se dohodl úkol zrušit.' }],
    },
    { title: { en: 'Advertise the half-time specialist post in Dolní Ves', cs: 'Vypsat místo konzultanta na poloviční úvazek v Dolní Vsi' }, progress: [{ en: 'Advertised once, no suitable applicant yet.', cs: 'Inzerováno jednou, zatím bez vhodného uchazeče.' }] },
    { title: { en: 'Draft the employer leaflet', cs: 'Připravit leták pro zaměstnavatele' }, progress: [{ en: 'Printed and handed to the teams.', cs: 'Vytištěno a předáno týmům.' }] },
    { title: { en: 'Meet the regional transport authority about early buses', cs: 'Sejít se s krajským dopravním úřadem kvůli ranním spojům' } },
    { title: { en: 'Draw up a plan for each of the top three barriers', cs: 'Sestavit plán pro každou ze tří hlavních bariér' } },
    { title: { en: 'Write to the health insurer about funding for Dolní Ves', cs: 'Napsat zdravotní pojišťovně o financování Dolní Vsi' } },
    { title: { en: 'Invite three employers to the next meeting', cs: 'Pozvat na příští jednání tři zaměstnavatele' } },
  ] satisfies DemoActionText[],
  labourHeadOffice: { en: 'Labour Office head office', cs: 'Generální ředitelství Úřadu práce' } satisfies Text,
};
