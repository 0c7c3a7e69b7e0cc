-- Evaluation instruments as data: every version of a questionnaire is one row whose definition (JSON) holds who
-- answers it, its items with response scales or options, its scoring rules and its texts in fi, sv and en
-- (see fi.placera.evaluation.Instrument.Definition). A version is never changed once answers point at it; a
-- change after that is a new row with the next version number, so old answers keep the version they were given
-- under. Item texts are Placera's own short labels, not the instruments' licensed wording.
create table evaluation_instrument (
    id          uuid primary key,
    code        text not null check (code ~ '^[A-Z][A-Z0-9_-]{1,39}$'),
    version     integer not null check (version >= 1),
    definition  jsonb not null,
    created_at  timestamptz not null,
    created_by  uuid,
    unique (code, version)
);

-- created_at is the day these definitions were written, not now(): the same migrations give the same rows everywhere
-- (the generator's determinism test compares whole databases)
insert into evaluation_instrument (id, code, version, definition, created_at) values
('6e7a0000-0000-4000-8000-000000000001', 'WHO-5', 1, $json$
{
  "respondent": "CLIENT", "perClient": true,
  "names": {"fi": "WHO-5 hyvinvointi", "sv": "WHO-5 välbefinnande", "en": "WHO-5 well-being"},
  "scales": {"time6": {"min": 0, "max": 5, "labels": {
    "fi": ["En koskaan", "Joskus", "Alle puolet ajasta", "Yli puolet ajasta", "Suurimman osan ajasta", "Koko ajan"],
    "sv": ["Aldrig", "Någon gång", "Mindre än halva tiden", "Mer än halva tiden", "För det mesta", "Hela tiden"],
    "en": ["At no time", "Some of the time", "Less than half of the time", "More than half of the time", "Most of the time", "All of the time"]}}},
  "items": [
    {"code": "1", "type": "SCALE", "scale": "time6", "texts": {"fi": "Iloinen, hyvällä tuulella", "sv": "Glad, på gott humör", "en": "Cheerful, in good spirits"}},
    {"code": "2", "type": "SCALE", "scale": "time6", "texts": {"fi": "Rauhallinen ja rentoutunut", "sv": "Lugn och avslappnad", "en": "Calm and relaxed"}},
    {"code": "3", "type": "SCALE", "scale": "time6", "texts": {"fi": "Aktiivinen ja tarmokas", "sv": "Aktiv och energisk", "en": "Active and vigorous"}},
    {"code": "4", "type": "SCALE", "scale": "time6", "texts": {"fi": "Heräsin virkeänä ja levänneenä", "sv": "Vaknade pigg och utvilad", "en": "Woke up fresh and rested"}},
    {"code": "5", "type": "SCALE", "scale": "time6", "texts": {"fi": "Arjessa oli minua kiinnostavia asioita", "sv": "Vardagen var fylld av sådant som intresserar mig", "en": "Daily life held things that interest me"}}],
  "scores": [
    {"code": "total", "method": "SUM", "maxMissing": 1, "transform": "MULTIPLY", "factor": 4, "higherIsBetter": true, "meaningfulChange": 10,
     "names": {"fi": "Hyvinvointi 0–100", "sv": "Välbefinnande 0–100", "en": "Well-being 0–100"}}]
}$json$::jsonb, timestamptz '2026-11-30 00:00:00+02'),
('6e7a0000-0000-4000-8000-000000000002', 'PHQ-9', 1, $json$
{
  "respondent": "CLIENT", "perClient": true,
  "names": {"fi": "PHQ-9 mieliala", "sv": "PHQ-9 sinnesstämning", "en": "PHQ-9 mood"},
  "scales": {"days4": {"min": 0, "max": 3, "labels": {
    "fi": ["Ei lainkaan", "Useina päivinä", "Yli puolena päivistä", "Lähes joka päivä"],
    "sv": ["Inte alls", "Flera dagar", "Mer än hälften av dagarna", "Nästan varje dag"],
    "en": ["Not at all", "Several days", "More than half the days", "Nearly every day"]}}},
  "items": [
    {"code": "1", "type": "SCALE", "scale": "days4", "texts": {"fi": "Vähän kiinnostusta tai iloa asioista", "sv": "Lite intresse eller glädje i saker", "en": "Little interest or joy in doing things"}},
    {"code": "2", "type": "SCALE", "scale": "days4", "texts": {"fi": "Alakuloisuutta tai toivottomuutta", "sv": "Nedstämdhet eller hopplöshet", "en": "Feeling low or hopeless"}},
    {"code": "3", "type": "SCALE", "scale": "days4", "texts": {"fi": "Univaikeuksia", "sv": "Sömnproblem", "en": "Trouble with sleep"}},
    {"code": "4", "type": "SCALE", "scale": "days4", "texts": {"fi": "Väsymystä, vähän energiaa", "sv": "Trötthet, lite energi", "en": "Tiredness, little energy"}},
    {"code": "5", "type": "SCALE", "scale": "days4", "texts": {"fi": "Huono ruokahalu tai ylensyönti", "sv": "Dålig aptit eller överätande", "en": "Poor appetite or overeating"}},
    {"code": "6", "type": "SCALE", "scale": "days4", "texts": {"fi": "Huonommuuden tunnetta", "sv": "Dålig självkänsla", "en": "Feeling bad about yourself"}},
    {"code": "7", "type": "SCALE", "scale": "days4", "texts": {"fi": "Keskittymisvaikeuksia", "sv": "Koncentrationssvårigheter", "en": "Trouble concentrating"}},
    {"code": "8", "type": "SCALE", "scale": "days4", "texts": {"fi": "Hidastuneisuutta tai levottomuutta", "sv": "Långsamhet eller rastlöshet", "en": "Slowed down or restless"}},
    {"code": "9", "type": "SCALE", "scale": "days4", "texts": {"fi": "Ajatuksia kuolemasta tai itsensä vahingoittamisesta", "sv": "Tankar på döden eller på att skada sig själv", "en": "Thoughts of death or of hurting yourself"}}],
  "scores": [
    {"code": "total", "method": "SUM", "maxMissing": 2, "higherIsBetter": false, "meaningfulChange": 5,
     "names": {"fi": "Masennusoireet 0–27", "sv": "Depressiva symtom 0–27", "en": "Depressive symptoms 0–27"},
     "bands": [
       {"from": 0, "names": {"fi": "Ei tai vähäisiä", "sv": "Inga eller minimala", "en": "None or minimal"}},
       {"from": 5, "names": {"fi": "Lieviä", "sv": "Lindriga", "en": "Mild"}},
       {"from": 10, "names": {"fi": "Kohtalaisia", "sv": "Måttliga", "en": "Moderate"}},
       {"from": 15, "names": {"fi": "Melko vaikeita", "sv": "Medelsvåra", "en": "Moderately severe"}},
       {"from": 20, "names": {"fi": "Vaikeita", "sv": "Svåra", "en": "Severe"}}]},
    {"code": "phq2", "method": "SUM", "items": ["1", "2"], "maxMissing": 0, "higherIsBetter": false,
     "names": {"fi": "PHQ-2 (kohdat 1–2) 0–6", "sv": "PHQ-2 (frågorna 1–2) 0–6", "en": "PHQ-2 (items 1–2) 0–6"}}]
}$json$::jsonb, timestamptz '2026-11-30 00:00:00+02'),
('6e7a0000-0000-4000-8000-000000000003', 'GAD-7', 1, $json$
{
  "respondent": "CLIENT", "perClient": true,
  "names": {"fi": "GAD-7 ahdistuneisuus", "sv": "GAD-7 ångest", "en": "GAD-7 anxiety"},
  "scales": {"days4": {"min": 0, "max": 3, "labels": {
    "fi": ["Ei lainkaan", "Useina päivinä", "Yli puolena päivistä", "Lähes joka päivä"],
    "sv": ["Inte alls", "Flera dagar", "Mer än hälften av dagarna", "Nästan varje dag"],
    "en": ["Not at all", "Several days", "More than half the days", "Nearly every day"]}}},
  "items": [
    {"code": "1", "type": "SCALE", "scale": "days4", "texts": {"fi": "Hermostuneisuutta tai ahdistuneisuutta", "sv": "Nervositet eller ängslan", "en": "Nervous, anxious or on edge"}},
    {"code": "2", "type": "SCALE", "scale": "days4", "texts": {"fi": "Huolehtimista on vaikea lopettaa", "sv": "Svårt att sluta oroa sig", "en": "Unable to stop worrying"}},
    {"code": "3", "type": "SCALE", "scale": "days4", "texts": {"fi": "Liiallista huolta eri asioista", "sv": "Oroar sig för mycket för olika saker", "en": "Worrying too much about different things"}},
    {"code": "4", "type": "SCALE", "scale": "days4", "texts": {"fi": "Vaikeuksia rentoutua", "sv": "Svårt att koppla av", "en": "Trouble relaxing"}},
    {"code": "5", "type": "SCALE", "scale": "days4", "texts": {"fi": "Niin levoton, että on vaikea pysyä paikallaan", "sv": "Så rastlös att det är svårt att sitta still", "en": "So restless it is hard to sit still"}},
    {"code": "6", "type": "SCALE", "scale": "days4", "texts": {"fi": "Ärtyisyyttä", "sv": "Lättirriterad", "en": "Easily annoyed or irritable"}},
    {"code": "7", "type": "SCALE", "scale": "days4", "texts": {"fi": "Pelkoa, että jotain kauheaa tapahtuu", "sv": "Rädsla för att något hemskt ska hända", "en": "Afraid something awful might happen"}}],
  "scores": [
    {"code": "total", "method": "SUM", "maxMissing": 1, "higherIsBetter": false, "meaningfulChange": 4,
     "names": {"fi": "Ahdistuneisuusoireet 0–21", "sv": "Ångestsymtom 0–21", "en": "Anxiety symptoms 0–21"},
     "bands": [
       {"from": 0, "names": {"fi": "Vähäisiä", "sv": "Minimala", "en": "Minimal"}},
       {"from": 5, "names": {"fi": "Lieviä", "sv": "Lindriga", "en": "Mild"}},
       {"from": 10, "names": {"fi": "Kohtalaisia", "sv": "Måttliga", "en": "Moderate"}},
       {"from": 15, "names": {"fi": "Vaikeita", "sv": "Svåra", "en": "Severe"}}]}]
}$json$::jsonb, timestamptz '2026-11-30 00:00:00+02'),
('6e7a0000-0000-4000-8000-000000000004', 'MHI-5', 1, $json$
{
  "respondent": "CLIENT", "perClient": true,
  "names": {"fi": "MHI-5 psyykkinen hyvinvointi", "sv": "MHI-5 psykiskt välbefinnande", "en": "MHI-5 mental health"},
  "scales": {"time6": {"min": 1, "max": 6, "labels": {
    "fi": ["Koko ajan", "Suurimman osan ajasta", "Huomattavan osan ajasta", "Jonkin aikaa", "Vähän aikaa", "Ei lainkaan"],
    "sv": ["Hela tiden", "För det mesta", "En stor del av tiden", "En del av tiden", "Lite av tiden", "Inte alls"],
    "en": ["All of the time", "Most of the time", "A good bit of the time", "Some of the time", "A little of the time", "None of the time"]}}},
  "items": [
    {"code": "1", "type": "SCALE", "scale": "time6", "texts": {"fi": "Hyvin hermostunut", "sv": "Mycket nervös", "en": "Very nervous"}},
    {"code": "2", "type": "SCALE", "scale": "time6", "texts": {"fi": "Niin maassa, ettei mikään piristänyt", "sv": "Så nere att inget kunde muntra upp", "en": "So down that nothing could cheer you up"}},
    {"code": "3", "type": "SCALE", "scale": "time6", "reverse": true, "texts": {"fi": "Tyyni ja rauhallinen", "sv": "Lugn och harmonisk", "en": "Calm and peaceful"}},
    {"code": "4", "type": "SCALE", "scale": "time6", "texts": {"fi": "Alakuloinen ja apea", "sv": "Nedstämd och dyster", "en": "Downhearted and low"}},
    {"code": "5", "type": "SCALE", "scale": "time6", "reverse": true, "texts": {"fi": "Onnellinen", "sv": "Lycklig", "en": "Happy"}}],
  "scores": [
    {"code": "total", "method": "SUM", "maxMissing": 2, "transform": "RESCALE", "higherIsBetter": true, "meaningfulChange": 10,
     "names": {"fi": "Psyykkinen hyvinvointi 0–100", "sv": "Psykiskt välbefinnande 0–100", "en": "Mental health 0–100"}}]
}$json$::jsonb, timestamptz '2026-11-30 00:00:00+02'),
('6e7a0000-0000-4000-8000-000000000005', 'WHODAS-12', 1, $json$
{
  "respondent": "CLIENT", "perClient": true,
  "names": {"fi": "WHODAS 2.0 (12 kohtaa) toimintakyky", "sv": "WHODAS 2.0 (12 frågor) funktionsförmåga", "en": "WHODAS 2.0 (12 items) functioning"},
  "scales": {"difficulty5": {"min": 1, "max": 5, "labels": {
    "fi": ["Ei lainkaan vaikeuksia", "Vähän", "Kohtalaisesti", "Paljon", "Erittäin paljon tai ei pysty"],
    "sv": ["Inga svårigheter", "Lite", "Måttligt", "Mycket", "Extremt eller kan inte"],
    "en": ["No difficulty", "Mild", "Moderate", "Severe", "Extreme or cannot do"]}}},
  "items": [
    {"code": "S1", "type": "SCALE", "scale": "difficulty5", "texts": {"fi": "Pitkään seisominen", "sv": "Att stå länge", "en": "Standing for a long time"}},
    {"code": "S2", "type": "SCALE", "scale": "difficulty5", "texts": {"fi": "Kotitöistä huolehtiminen", "sv": "Att sköta hushållssysslor", "en": "Taking care of household duties"}},
    {"code": "S3", "type": "SCALE", "scale": "difficulty5", "texts": {"fi": "Uuden tehtävän oppiminen", "sv": "Att lära sig en ny uppgift", "en": "Learning a new task"}},
    {"code": "S4", "type": "SCALE", "scale": "difficulty5", "texts": {"fi": "Osallistuminen yhteisön toimintaan", "sv": "Att delta i aktiviteter i samhället", "en": "Joining in community activities"}},
    {"code": "S5", "type": "SCALE", "scale": "difficulty5", "texts": {"fi": "Terveysongelmien vaikutus tunteisiin", "sv": "Att påverkas känslomässigt av hälsoproblem", "en": "Being emotionally affected by health problems"}},
    {"code": "S6", "type": "SCALE", "scale": "difficulty5", "texts": {"fi": "Keskittyminen kymmeneksi minuutiksi", "sv": "Att koncentrera sig i tio minuter", "en": "Concentrating for ten minutes"}},
    {"code": "S7", "type": "SCALE", "scale": "difficulty5", "texts": {"fi": "Kilometrin kävely", "sv": "Att gå en kilometer", "en": "Walking a kilometre"}},
    {"code": "S8", "type": "SCALE", "scale": "difficulty5", "texts": {"fi": "Peseytyminen", "sv": "Att tvätta sig", "en": "Washing yourself"}},
    {"code": "S9", "type": "SCALE", "scale": "difficulty5", "texts": {"fi": "Pukeutuminen", "sv": "Att klä på sig", "en": "Getting dressed"}},
    {"code": "S10", "type": "SCALE", "scale": "difficulty5", "texts": {"fi": "Toimiminen tuntemattomien ihmisten kanssa", "sv": "Att umgås med okända människor", "en": "Dealing with people you do not know"}},
    {"code": "S11", "type": "SCALE", "scale": "difficulty5", "texts": {"fi": "Ystävyyssuhteen ylläpitäminen", "sv": "Att upprätthålla en vänskap", "en": "Keeping up a friendship"}},
    {"code": "S12", "type": "SCALE", "scale": "difficulty5", "texts": {"fi": "Päivittäinen työ tai opiskelu", "sv": "Dagligt arbete eller studier", "en": "Day-to-day work or studies"}}],
  "scores": [
    {"code": "total", "method": "SUM", "maxMissing": 0, "higherIsBetter": false,
     "names": {"fi": "Toimintakyvyn haitta 12–60", "sv": "Funktionsnedsättning 12–60", "en": "Disability 12–60"}}]
}$json$::jsonb, timestamptz '2026-11-30 00:00:00+02'),
('6e7a0000-0000-4000-8000-000000000006', 'BACKGROUND', 1, $json$
{
  "respondent": "COACH", "perClient": true,
  "names": {"fi": "Asiakkaan taustatiedot", "sv": "Klientens bakgrund", "en": "Client background"},
  "scales": {"symptoms5": {"min": 1, "max": 5, "labels": {
    "fi": ["Ei oireita", "Lieviä", "Kohtalaisia", "Vaikeita", "Erittäin vaikeita"],
    "sv": ["Inga symtom", "Lindriga", "Måttliga", "Svåra", "Mycket svåra"],
    "en": ["No symptoms", "Mild", "Moderate", "Severe", "Very severe"]}}},
  "items": [
    {"code": "work_history", "type": "TEXT", "texts": {"fi": "Työhistoria", "sv": "Arbetshistoria", "en": "Work history"}},
    {"code": "education", "type": "CHOICE", "texts": {"fi": "Koulutus", "sv": "Utbildning", "en": "Education"}, "options": [
      {"code": "BASIC", "texts": {"fi": "Perusaste tai vähemmän", "sv": "Grundnivå eller mindre", "en": "Basic education or less"}},
      {"code": "VOCATIONAL", "texts": {"fi": "Ammatillinen koulutus", "sv": "Yrkesutbildning", "en": "Vocational education"}},
      {"code": "UPPER_SECONDARY", "texts": {"fi": "Lukio", "sv": "Gymnasium", "en": "General upper secondary"}},
      {"code": "HIGHER", "texts": {"fi": "Korkeakoulu", "sv": "Högskola", "en": "Higher education"}}]},
    {"code": "benefit", "type": "CHOICE", "texts": {"fi": "Pääasiallinen etuus", "sv": "Huvudsaklig förmån", "en": "Main benefit"}, "options": [
      {"code": "NONE", "texts": {"fi": "Ei etuutta", "sv": "Ingen förmån", "en": "None"}},
      {"code": "UNEMPLOYMENT", "texts": {"fi": "Työttömyysetuus", "sv": "Arbetslöshetsförmån", "en": "Unemployment benefit"}},
      {"code": "SICKNESS", "texts": {"fi": "Sairauspäiväraha", "sv": "Sjukdagpenning", "en": "Sickness allowance"}},
      {"code": "REHABILITATION", "texts": {"fi": "Kuntoutusraha tai -tuki", "sv": "Rehabiliteringspenning eller -stöd", "en": "Rehabilitation allowance"}},
      {"code": "DISABILITY_PENSION", "texts": {"fi": "Työkyvyttömyyseläke", "sv": "Sjukpension", "en": "Disability pension"}},
      {"code": "SOCIAL_ASSISTANCE", "texts": {"fi": "Toimeentulotuki", "sv": "Utkomststöd", "en": "Social assistance"}},
      {"code": "OTHER", "texts": {"fi": "Muu", "sv": "Annan", "en": "Other"}}]},
    {"code": "support_needs", "type": "TEXT", "texts": {"fi": "Tuen tarpeet", "sv": "Stödbehov", "en": "Support needs"}},
    {"code": "symptom_level", "type": "SCALE", "scale": "symptoms5", "texts": {"fi": "Oireiden taso", "sv": "Symtomnivå", "en": "Symptom level"}}],
  "scores": []
}$json$::jsonb, timestamptz '2026-11-30 00:00:00+02'),
('6e7a0000-0000-4000-8000-000000000007', 'REFERRAL', 1, $json$
{
  "respondent": "COACH", "perClient": true,
  "names": {"fi": "Lähetetiedot", "sv": "Remissuppgifter", "en": "Referral data"},
  "scales": {},
  "items": [
    {"code": "diagnosis_group", "type": "CHOICE", "texts": {"fi": "Diagnoosiryhmä (ICD-10, F-luku)", "sv": "Diagnosgrupp (ICD-10, kapitel F)", "en": "Diagnosis group (ICD-10 chapter F)"}, "options": [
      {"code": "F00-F09", "texts": {"fi": "F00–F09 Elimelliset aivo-oireyhtymät", "sv": "F00–F09 Organiska psykiska störningar", "en": "F00–F09 Organic mental disorders"}},
      {"code": "F10-F19", "texts": {"fi": "F10–F19 Päihteiden aiheuttamat häiriöt", "sv": "F10–F19 Störningar orsakade av psykoaktiva substanser", "en": "F10–F19 Substance use disorders"}},
      {"code": "F20-F29", "texts": {"fi": "F20–F29 Skitsofrenia ja muut psykoosit", "sv": "F20–F29 Schizofreni och andra psykoser", "en": "F20–F29 Schizophrenia and other psychoses"}},
      {"code": "F30-F39", "texts": {"fi": "F30–F39 Mielialahäiriöt", "sv": "F30–F39 Förstämningssyndrom", "en": "F30–F39 Mood disorders"}},
      {"code": "F40-F48", "texts": {"fi": "F40–F48 Ahdistuneisuus- ja stressihäiriöt", "sv": "F40–F48 Ångest- och stressrelaterade syndrom", "en": "F40–F48 Anxiety and stress-related disorders"}},
      {"code": "F50-F59", "texts": {"fi": "F50–F59 Fysiologisiin toimintoihin liittyvät häiriöt", "sv": "F50–F59 Beteendestörningar förenade med fysiologiska störningar", "en": "F50–F59 Behavioural syndromes with physical factors"}},
      {"code": "F60-F69", "texts": {"fi": "F60–F69 Persoonallisuushäiriöt", "sv": "F60–F69 Personlighetsstörningar", "en": "F60–F69 Personality disorders"}},
      {"code": "F70-F79", "texts": {"fi": "F70–F79 Älyllinen kehitysvammaisuus", "sv": "F70–F79 Intellektuell funktionsnedsättning", "en": "F70–F79 Intellectual disability"}},
      {"code": "F80-F89", "texts": {"fi": "F80–F89 Psyykkisen kehityksen häiriöt", "sv": "F80–F89 Störningar av psykisk utveckling", "en": "F80–F89 Developmental disorders"}},
      {"code": "F90-F98", "texts": {"fi": "F90–F98 Lapsuus- tai nuoruusiässä alkavat häiriöt", "sv": "F90–F98 Störningar med debut i barndom eller ungdom", "en": "F90–F98 Disorders beginning in childhood or adolescence"}},
      {"code": "F99", "texts": {"fi": "F99 Määrittämätön mielenterveyden häiriö", "sv": "F99 Ospecificerad psykisk störning", "en": "F99 Unspecified mental disorder"}}]},
    {"code": "referrer_kind", "type": "CHOICE", "texts": {"fi": "Lähettävä taho", "sv": "Remitterande instans", "en": "Referring service"}, "options": [
      {"code": "MENTAL_HEALTH", "texts": {"fi": "Mielenterveyspalvelut", "sv": "Mentalvårdstjänster", "en": "Mental health services"}},
      {"code": "PRIMARY_CARE", "texts": {"fi": "Perusterveydenhuolto", "sv": "Primärvård", "en": "Primary care"}},
      {"code": "EMPLOYMENT_SERVICES", "texts": {"fi": "Työllisyyspalvelut", "sv": "Sysselsättningstjänster", "en": "Employment services"}},
      {"code": "SOCIAL_SERVICES", "texts": {"fi": "Sosiaalipalvelut", "sv": "Socialtjänsten", "en": "Social services"}},
      {"code": "SELF", "texts": {"fi": "Oma yhteydenotto", "sv": "Egen kontakt", "en": "Self-referral"}},
      {"code": "OTHER", "texts": {"fi": "Muu", "sv": "Annan", "en": "Other"}}]},
    {"code": "referrer", "type": "TEXT", "texts": {"fi": "Lähettäjä (nimi tai yksikkö)", "sv": "Remittent (namn eller enhet)", "en": "Referrer (name or unit)"}}],
  "scores": []
}$json$::jsonb, timestamptz '2026-11-30 00:00:00+02');
