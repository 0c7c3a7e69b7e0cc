package fi.placera.generator.internal;

import fi.placera.employers.BusinessId;
import fi.placera.generator.internal.Seeds.Sequence;
import fi.placera.generator.internal.Seeds.Stream;
import fi.placera.generator.internal.World.Area;
import fi.placera.generator.internal.World.Coach;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The employers of each area and the coaches' employer contacts: about six face-to-face contacts a week
 * (fidelity V6), fewer in holiday weeks and spread from two to ten, half of them job development in
 * general and the rest about or following up a client the coach is working with.
 */
final class EmployerRows {

    private static final double MEAN_CONTACTS_A_WEEK = 6;
    private static final List<String> TRADES = List.of("Rakennus", "Kuljetus", "Siivous", "Kauppa", "Leipomo",
            "Kiinteistöhuolto", "Ravintola", "Hoiva", "Konepaja", "Puutarha", "Varasto", "Kahvila");
    private static final List<String> SECTORS = List.of("Rakentaminen", "Logistiikka", "Kiinteistöpalvelut",
            "Vähittäiskauppa", "Elintarvikkeet", "Kiinteistöpalvelut", "Kahvilat ja ravintolat", "Sosiaalipalvelut",
            "Teollisuus", "Puutarha-ala", "Logistiikka", "Kahvilat ja ravintolat");
    /** Business IDs are numbered apart per area; an area's employers never come near the next area's. */
    private static final int BUSINESS_IDS_PER_AREA = 40_000;
    private static final int FIRST_BUSINESS_ID = 1_000_000;

    private final World world;

    EmployerRows(World world) {
        this.world = world;
    }

    void writeEmployers(CopyStream out) throws SQLException {
        for (Area area : world.areas) {
            List<Drawn> drawn = drawn(area, world.seeds);
            for (int i = 0; i < drawn.size(); i++) {
                Drawn employer = drawn.get(i);
                out.id(employer.id()).number(area.id()).text(employer.name()).text(nameKey(employer.owner()
                                + TRADES.get(employer.trade())))
                        .text(businessId(FIRST_BUSINESS_ID + area.id() * BUSINESS_IDS_PER_AREA + 3 * i))
                        .text(SECTORS.get(employer.trade())).text(null).text(null).text(null).text(null).number(0).endRow();
            }
        }
    }

    /** An employer as drawn from its area's stream: the same whichever table asks for it. */
    record Drawn(UUID id, String owner, int trade) {

        String name() {
            return owner + " " + TRADES.get(trade) + " Oy";
        }
    }

    static List<Drawn> drawn(Area area, Seeds seeds) {
        SplittableRandom random = seeds.random(Stream.EMPLOYERS, area.id());
        List<Drawn> drawn = new ArrayList<>(area.employers().size());
        for (UUID id : area.employers()) {
            int trade = random.nextInt(TRADES.size());
            drawn.add(new Drawn(id, Names.draw(random, Seeds.chance(random, area.swedishShare())).last(), trade));
        }
        return drawn;
    }

    void writeContacts(CopyStream out) throws SQLException {
        for (Coach coach : world.coaches) {
            SplittableRandom random = world.seeds.random(Stream.CONTACTS, coach.index());
            List<UUID> employers = world.areas.stream().filter(a -> a.id() == coach.areaId()).findFirst()
                    .orElseThrow().employers();
            for (LocalDate monday = world.firstMonday(); monday.isBefore(world.referenceDay());
                    monday = monday.plusWeeks(1)) {
                int contacts = contactsInWeek(monday, random);
                for (int c = 0; c < contacts; c++) {
                    LocalDate day = monday.plusDays(random.nextInt(5));
                    if (!day.isAfter(world.referenceDay())) {
                        writeContact(coach, Seeds.pick(random, employers), day, random, out);
                    }
                }
            }
        }
    }

    /**
     * A contact; one about a client is with an employer the client consented to tell about their work (decision 0037),
     * as the application requires of a contact it records.
     */
    private void writeContact(Coach coach, UUID drawnEmployer, LocalDate day, SplittableRandom random, CopyStream out)
            throws SQLException {
        ClientTimeline client = Seeds.chance(random, 0.5) ? clientInService(coach, day, random) : null;
        UUID employer = client == null ? drawnEmployer
                : Seeds.pick(random, ClientStory.consentedEmployers(world, client));
        String purpose = client == null ? "GENERAL_JOB_DEVELOPMENT" : Seeds.chance(random, 0.7) ? "ABOUT_CLIENT"
                : "FOLLOW_UP";
        out.id(world.seeds.ordered(Sequence.EMPLOYER_CONTACT, out.rows())).number(coach.areaId()).id(employer).id(coach.staffId()).date(day)
                .text("FACE_TO_FACE").text(purpose).id(client == null ? null : client.id());
        if (client == null) {
            out.flag(false).literal(null);
        } else {
            out.flag(Seeds.chance(random, 0.3)).flag(Seeds.chance(random, 0.85));
        }
        out.id(coach.accountId()).id(world.seeds.ordered(Sequence.EMPLOYER_CONTACT_KEY, out.rows())).endRow();
    }

    /** A client the coach works with on that day, if one of a few tries finds one. */
    private static ClientTimeline clientInService(Coach coach, LocalDate day, SplittableRandom random) {
        for (int attempt = 0; attempt < 4; attempt++) {
            ClientTimeline client = Seeds.pick(random, coach.clients());
            if (client.inServiceOn(day)) {
                return client;
            }
        }
        return null;
    }

    /** Around six, from two to ten; holiday weeks (July, Christmas) have at most two. */
    private static int contactsInWeek(LocalDate monday, SplittableRandom random) {
        boolean holiday = monday.getMonthValue() == 7 || (monday.getMonthValue() == 12 && monday.getDayOfMonth() > 20);
        if (holiday) {
            return random.nextInt(3);
        }
        long drawn = Math.round(MEAN_CONTACTS_A_WEEK + 2.2 * random.nextGaussian());
        return (int) Math.max(2, Math.min(10, drawn));
    }

    /** The first valid business ID from this number on (a number whose check digit would be 10 has none). */
    private static String businessId(int from) {
        for (int number = from; ; number++) {
            for (int check = 0; check <= 9; check++) {
                String candidate = number + "-" + check;
                if (BusinessId.problemWith(candidate).isEmpty()) {
                    return candidate;
                }
            }
        }
    }

    private static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
