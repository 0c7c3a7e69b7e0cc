package fi.placera.generator.internal;

import java.util.List;
import java.util.SplittableRandom;

/** Short free texts in Finnish or Swedish, as a coach would write them, for the generated records. */
final class Texts {

    /** A kind of work the client wishes for, in both languages: {fi, sv}. */
    private static final List<String[]> WORK = List.of(
            new String[] {"kaupan ala", "handeln"}, new String[] {"varastotyö", "lagerarbete"},
            new String[] {"siivous", "städning"}, new String[] {"ravintola-ala", "restaurangbranschen"},
            new String[] {"hoiva-ala", "vårdbranschen"}, new String[] {"rakennusala", "byggbranschen"},
            new String[] {"puutarhatyö", "trädgårdsarbete"}, new String[] {"toimistotyö", "kontorsarbete"},
            new String[] {"IT-tuki", "IT-support"}, new String[] {"kuljetus", "transport"},
            new String[] {"kiinteistöhuolto", "fastighetsskötsel"}, new String[] {"leipomo", "bageri"});
    private static final List<String[]> JOB_TITLES = List.of(
            new String[] {"Myyjä", "Försäljare"}, new String[] {"Varastotyöntekijä", "Lagerarbetare"},
            new String[] {"Siistijä", "Städare"}, new String[] {"Keittiöapulainen", "Köksbiträde"},
            new String[] {"Hoiva-avustaja", "Vårdbiträde"}, new String[] {"Rakennusapulainen", "Byggarbetare"},
            new String[] {"Puutarhuri", "Trädgårdsarbetare"}, new String[] {"Toimistoavustaja", "Kontorsassistent"},
            new String[] {"Tukihenkilö IT", "IT-stödperson"}, new String[] {"Lähettäjä", "Bud"},
            new String[] {"Kiinteistönhoitaja", "Fastighetsskötare"}, new String[] {"Leipuri", "Bagare"});
    private static final List<String[]> STRENGTHS = List.of(
            new String[] {"Täsmällinen ja luotettava", "Noggrann och pålitlig"},
            new String[] {"Hyvä asiakaspalvelussa", "Bra på kundservice"},
            new String[] {"Pitää fyysisestä työstä", "Tycker om fysiskt arbete"},
            new String[] {"Kielitaitoinen", "Språkkunnig"},
            new String[] {"Kätevä käsistään", "Händig"});
    private static final List<String[]> REVIEWS = List.of(
            new String[] {"Työnhaku jatkuu, uusia työnantajia kartoitettu", "Jobbsökandet fortsätter, nya arbetsgivare kartlagda"},
            new String[] {"Tavoite tarkennettu osa-aikatyöhön", "Målet preciserat till deltidsarbete"},
            new String[] {"Työ alkanut, tuki jatkuu työpaikalla", "Arbetet har börjat, stödet fortsätter på arbetsplatsen"},
            new String[] {"Etuusneuvonta tehty, ei muutoksia tavoitteisiin", "Förmånsrådgivning gjord, målen oförändrade"});
    private static final List<String[]> SUPPORT_NOTES = List.of(
            new String[] {"Työ sujuu, sovittu seuraava tapaaminen", "Arbetet går bra, nästa möte avtalat"},
            new String[] {"Keskusteltu työajoista esihenkilön kanssa", "Diskuterat arbetstider med chefen"},
            new String[] {"Jännitti aamuvuoroja, sovittu tukitoimista", "Nervös för morgonskiften, stöd avtalat"},
            new String[] {"Palkkatuen jatko selvitetty", "Fortsatt lönesubvention utredd"});

    private Texts() {
    }

    /** The client's wish and the plan built on it, in the client's language. */
    record Goal(String wish, String goals, String steps, String responsibilities, String interests,
            String preferredWork) {
    }

    static Goal goal(SplittableRandom random, boolean swedish) {
        String work = in(Seeds.pick(random, WORK), swedish);
        int hours = 10 + 5 * random.nextInt(5);
        if (swedish) {
            return new Goal("Vill arbeta inom " + work, "Få ett arbete inom " + work + ", cirka " + hours + " h/vecka",
                    "Kartlägga arbetsgivare, träffa två arbetsgivare i månaden, förmånsrådgivning",
                    "Coachen kontaktar arbetsgivare; klienten besöker arbetsplatser", "Intresserad av " + work, work);
        }
        return new Goal("Haluaa töihin alalle " + work, "Päästä töihin alalle " + work + ", noin " + hours + " h/vko",
                "Kartoitetaan työnantajat, tavataan kaksi työnantajaa kuukaudessa, etuusneuvonta",
                "Valmentaja ottaa yhteyttä työnantajiin; asiakas käy työpaikoilla", "Kiinnostunut alasta " + work, work);
    }

    static String jobTitle(SplittableRandom random, boolean swedish) {
        return in(Seeds.pick(random, JOB_TITLES), swedish);
    }

    static String strengths(SplittableRandom random, boolean swedish) {
        return in(Seeds.pick(random, STRENGTHS), swedish);
    }

    static String review(SplittableRandom random, boolean swedish) {
        return in(Seeds.pick(random, REVIEWS), swedish);
    }

    static String supportNote(SplittableRandom random, boolean swedish) {
        return in(Seeds.pick(random, SUPPORT_NOTES), swedish);
    }

    static String referralEndNote(String reason, boolean swedish) {
        if (reason.equals("UNREACHABLE")) {
            return swedish ? "Nåddes inte trots upprepade försök" : "Ei tavoitettu toistuvista yrityksistä huolimatta";
        }
        return swedish ? "Klienten ville inte börja nu" : "Asiakas ei halunnut aloittaa nyt";
    }

    static String serviceEndNote(boolean stepDown, boolean swedish) {
        if (stepDown) {
            return swedish ? "Övergår till vårdteamets stöd enligt plan" : "Siirtyy suunnitellusti hoitotiimin tukeen";
        }
        return swedish ? "Klienten valde att avsluta tjänsten" : "Asiakas päätti lopettaa palvelun";
    }

    private static String in(String[] texts, boolean swedish) {
        return swedish ? texts[1] : texts[0];
    }
}
