-- Questionnaires about a team's work over a period, sent by link to a named employer, care-team member or coach
-- (not about a client): Placera's own short questions on a 1–5 agreement scale, as examples the evaluation study
-- can replace with its own (an administrator adds or versions them without a release).
insert into evaluation_instrument (id, code, version, definition, created_at) values
('6e7a0000-0000-4000-8000-000000000011', 'EMPLOYER_FEEDBACK', 1, $json$
{
  "respondent": "EMPLOYER", "perClient": false,
  "names": {"fi": "Työnantajan palaute", "sv": "Arbetsgivarens respons", "en": "Employer feedback"},
  "scales": {"agree5": {"min": 1, "max": 5, "labels": {
    "fi": ["Täysin eri mieltä", "Jokseenkin eri mieltä", "Ei samaa eikä eri mieltä", "Jokseenkin samaa mieltä", "Täysin samaa mieltä"],
    "sv": ["Helt av annan åsikt", "Delvis av annan åsikt", "Varken av samma eller annan åsikt", "Delvis av samma åsikt", "Helt av samma åsikt"],
    "en": ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]}}},
  "items": [
    {"code": "reach", "type": "SCALE", "scale": "agree5", "texts": {"fi": "Työhönvalmentaja oli helposti tavoitettavissa", "sv": "Arbetstränaren var lätt att nå", "en": "The job coach was easy to reach"}},
    {"code": "support", "type": "SCALE", "scale": "agree5", "texts": {"fi": "Sain tarvitsemaani tukea työntekijän perehdyttämiseen", "sv": "Jag fick det stöd jag behövde för att introducera arbetstagaren", "en": "I got the support I needed to introduce the employee"}},
    {"code": "again", "type": "SCALE", "scale": "agree5", "texts": {"fi": "Tekisin yhteistyötä uudelleen", "sv": "Jag skulle samarbeta igen", "en": "I would work with the service again"}},
    {"code": "comments", "type": "TEXT", "texts": {"fi": "Muuta palautetta", "sv": "Annan respons", "en": "Other feedback"}}],
  "scores": [
    {"code": "mean", "method": "MEAN", "maxMissing": 1, "higherIsBetter": true,
     "names": {"fi": "Tyytyväisyys 1–5", "sv": "Nöjdhet 1–5", "en": "Satisfaction 1–5"}}]
}$json$::jsonb, timestamptz '2026-11-30 00:00:00+02'),
('6e7a0000-0000-4000-8000-000000000012', 'CARE_TEAM_FEEDBACK', 1, $json$
{
  "respondent": "CARE_TEAM", "perClient": false,
  "names": {"fi": "Hoitotiimin palaute", "sv": "Vårdteamets respons", "en": "Care-team feedback"},
  "scales": {"agree5": {"min": 1, "max": 5, "labels": {
    "fi": ["Täysin eri mieltä", "Jokseenkin eri mieltä", "Ei samaa eikä eri mieltä", "Jokseenkin samaa mieltä", "Täysin samaa mieltä"],
    "sv": ["Helt av annan åsikt", "Delvis av annan åsikt", "Varken av samma eller annan åsikt", "Delvis av samma åsikt", "Helt av samma åsikt"],
    "en": ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]}}},
  "items": [
    {"code": "meetings", "type": "SCALE", "scale": "agree5", "texts": {"fi": "Työhönvalmentaja osallistuu hoitotiimin kokouksiin säännöllisesti", "sv": "Arbetstränaren deltar regelbundet i vårdteamets möten", "en": "The job coach takes part in the care team's meetings regularly"}},
    {"code": "shared_goals", "type": "SCALE", "scale": "agree5", "texts": {"fi": "Hoito ja työllistymisen tuki tukevat samoja tavoitteita", "sv": "Vården och stödet till arbete har samma mål", "en": "Treatment and employment support pursue the same goals"}},
    {"code": "referring", "type": "SCALE", "scale": "agree5", "texts": {"fi": "Asiakkaan ohjaaminen palveluun on helppoa", "sv": "Det är lätt att hänvisa en klient till tjänsten", "en": "Referring a client to the service is easy"}},
    {"code": "comments", "type": "TEXT", "texts": {"fi": "Muuta palautetta", "sv": "Annan respons", "en": "Other feedback"}}],
  "scores": [
    {"code": "mean", "method": "MEAN", "maxMissing": 1, "higherIsBetter": true,
     "names": {"fi": "Yhteistyö 1–5", "sv": "Samarbete 1–5", "en": "Collaboration 1–5"}}]
}$json$::jsonb, timestamptz '2026-11-30 00:00:00+02'),
('6e7a0000-0000-4000-8000-000000000013', 'COACH_SURVEY', 1, $json$
{
  "respondent": "COACH", "perClient": false,
  "names": {"fi": "Työhönvalmentajan kysely", "sv": "Arbetstränarens enkät", "en": "Job coach survey"},
  "scales": {"agree5": {"min": 1, "max": 5, "labels": {
    "fi": ["Täysin eri mieltä", "Jokseenkin eri mieltä", "Ei samaa eikä eri mieltä", "Jokseenkin samaa mieltä", "Täysin samaa mieltä"],
    "sv": ["Helt av annan åsikt", "Delvis av annan åsikt", "Varken av samma eller annan åsikt", "Delvis av samma åsikt", "Helt av samma åsikt"],
    "en": ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]}}},
  "items": [
    {"code": "time", "type": "SCALE", "scale": "agree5", "texts": {"fi": "Ehdin tehdä työnantajatyötä riittävästi", "sv": "Jag hinner arbeta tillräckligt med arbetsgivare", "en": "I have enough time for work with employers"}},
    {"code": "supervision", "type": "SCALE", "scale": "agree5", "texts": {"fi": "Saan työnohjausta IPS-menetelmän mukaiseen työhön", "sv": "Jag får handledning i arbete enligt IPS-metoden", "en": "I get supervision in working the IPS way"}},
    {"code": "integration", "type": "SCALE", "scale": "agree5", "texts": {"fi": "Olen kiinteä osa asiakkaideni hoitotiimejä", "sv": "Jag är en fast del av mina klienters vårdteam", "en": "I am an integral part of my clients' care teams"}},
    {"code": "barriers", "type": "TEXT", "texts": {"fi": "Suurimmat esteet työssäni", "sv": "De största hindren i mitt arbete", "en": "The main barriers in my work"}}],
  "scores": [
    {"code": "mean", "method": "MEAN", "maxMissing": 1, "higherIsBetter": true,
     "names": {"fi": "Toimintaedellytykset 1–5", "sv": "Förutsättningar 1–5", "en": "Working conditions 1–5"}}]
}$json$::jsonb, timestamptz '2026-11-30 00:00:00+02');
