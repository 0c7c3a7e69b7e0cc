package fi.placera.generator.internal;

import java.util.List;
import java.util.SplittableRandom;

/** Common Finnish and Swedish (Finland-Swedish) first and last names, so that generated people look real. */
final class Names {

    private static final List<String> FINNISH_FIRST = words("""
            Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Janne Ari Sami Petri
            Ville Marko Jani Tuomas Lauri Jussi Teemu Tommi Risto Esa Pentti Veikko Tapio Kalle Eero Aleksi Niko
            Joonas Juho Olli Jarmo Harri Onni Eino Elias Leevi Väinö Arttu Joni Santeri Rasmus Oskari Tuula Ritva
            Anne Päivi Tiina Sari Leena Pirjo Sirpa Minna Merja Marja Helena Anna Eila Satu Seija Riitta Johanna
            Kirsi Liisa Hanna Maria Laura Jaana Heidi Elina Katja Sanna Emilia Aino Veera Iida Sofia Aada Ella
            Venla Nelli Pihla Kaisa Outi Marjatta Irmeli Noora Jenni Milla Emma Saara Eveliina Inkeri Kerttu""");
    private static final List<String> FINNISH_LAST = words("""
            Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen
            Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen
            Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Leinonen Hirvonen Miettinen
            Pitkänen Aaltonen Manninen Väisänen Kettunen Laaksonen Koivisto Halonen Anttila Leppänen Lehto Rämö
            Hakala Toivonen Räsänen Pulkkinen Kokkonen Rautio Kauppinen Mustonen Vainio Kallio Seppälä Peltonen
            Hyvönen Ojala Laakso Huttunen Kärkkäinen Heiskanen Honkanen Moilanen Koivula Nurmi Lindholm Koponen
            Vesterinen Suominen Markkanen Jääskeläinen Lappalainen Tikkanen Peltola Ketola Rissanen Partanen
            Ahola Oksanen Vartiainen Lindroos Honkonen Harju Mikkola Niskanen Ikonen Sirviö Tanskanen Repo
            Heino Kivelä Nyman Backman Soini Pesonen Rinne Nurminen Hakkarainen Karppinen Hytönen Keränen""");
    private static final List<String> SWEDISH_FIRST = words("""
            Johan Karl Erik Anders Mikael Peter Henrik Fredrik Mats Lars Jan Stefan Patrik Kim Thomas Niklas
            Jonas Daniel Oskar Axel Emil Anton Hugo William Gustav Anna Maria Kristina Eva Karin Sofia Ulla
            Birgitta Carina Susanne Annika Camilla Malin Petra Linnea Ebba Alva Wilma Elsa Saga Ida Matilda
            Klara Stina Lena""");
    private static final List<String> SWEDISH_LAST = words("""
            Andersson Johansson Karlsson Nyström Lindqvist Björklund Westerlund Lindholm Holmström Sundström
            Granholm Forsman Blomqvist Grönroos Lindberg Mattsson Eriksson Sjöberg Backlund Strandberg Sandberg
            Nordström Ekström Lundqvist Holm Wikström Öhman Ström Berg Lindström Lund Nylund Åkerman Hägg Lönnqvist
            Söderlund Palmgren Rosenqvist Enqvist Fagerström Wiklund Nyberg Häggblom Snellman Kullberg Lindgren
            Sjöholm Engström Finnholm Storbacka Vikström""");

    private Names() {
    }

    static Name draw(SplittableRandom random, boolean swedish) {
        List<String> first = swedish ? SWEDISH_FIRST : FINNISH_FIRST;
        List<String> last = swedish ? SWEDISH_LAST : FINNISH_LAST;
        return new Name(first.get(random.nextInt(first.size())), last.get(random.nextInt(last.size())));
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    record Name(String first, String last) {

        String full() {
            return first + " " + last;
        }
    }
}
