package fi.placera.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.employers.Employer;
import fi.placera.employers.Employers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Records a test needs, made the way a coach makes them: through the application's own forms and services, so that
 * they follow the schema and the rules without the test repeating either. A client is registered, then gets the
 * cooperation agreement (enrolment), a plan, consents and a job as asked; employers are registered in the demo area.
 * Every step must be accepted (a redirect; to the record after registering, to the jobs after a job start): a fixture
 * the application refuses fails the test where it is made.
 * Dates are as the forms take them (d.M.yyyy).
 */
@Component
public class Given {

    /** The demo area's IPS team, where a coach from {@link DemoUsers#newCoach()} works. */
    public static final String DEMO_TEAM = DemoClients.DEMO_TEAM;
    /** The Vaasa care team of the demo area. */
    public static final String CARE_VAASA = DemoClients.CARE_VAASA;
    private static final short DEMO_AREA = 17;

    /** Only contexts with MockMvc post forms; looked up when first used. */
    private final ObjectProvider<MockMvc> mvc;
    private final DemoUsers users;
    private final Employers employers;

    Given(ObjectProvider<MockMvc> mvc, DemoUsers users, Employers employers) {
        this.mvc = mvc;
        this.users = users;
        this.employers = employers;
    }


    /** A client the coach registers: a Finnish speaker of the demo team, until told otherwise. */
    public NewClient client(String coach) {
        return new NewClient(coach);
    }

    /**
     * A valid personal identity code of someone born in 2000-2009 (century sign A), with a random individual number:
     * codes of several tests share the database, where a code is unique in its area.
     */
    public static String identityCode() {
        Random random = ThreadLocalRandom.current();
        String date = String.format(Locale.ROOT, "%02d%02d%02d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                random.nextInt(10));
        String number = String.format(Locale.ROOT, "%03d", 2 + random.nextInt(897));
        return date + "A" + number + "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt(Integer.parseInt(date + number) % 31);
    }

    /** An employer of the demo area; the name is made unique (it must be in the area). */
    public UUID employer(String name) {
        return employers.register(DEMO_AREA, new Employer.Details(name + " " + UUID.randomUUID(), null, null, null,
                null, null, null)).id();
    }

    /** Posts the request as the user and requires the application to accept it (a redirect). */
    private ResultActions accepted(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.getObject().perform(users.as(user, request)).andExpect(status().is3xxRedirection());
    }

    /** What the client will have; {@link #create()} registers them and records the rest in the journey's order. */
    public final class NewClient {

        private final String coach;
        private final List<String> consentedKinds = new ArrayList<>();
        private final List<UUID> consentedEmployers = new ArrayList<>();
        private String identityCode;
        private String firstName = "Testi";
        private String lastName = "Asiakas";
        private String language = "fi";
        private String team = DEMO_TEAM;
        private String agreedOn;
        private String howAgreed;
        private String planGoals;
        private String planSteps;
        private UUID employer;
        private String jobStartedOn;

        private NewClient(String coach) {
            this.coach = coach;
        }

        public NewClient named(String first, String last) {
            this.firstName = first;
            this.lastName = last;
            return this;
        }

        /** The client's personal identity code, as the coach types it. */
        public NewClient identifiedBy(String code) {
            this.identityCode = code;
            return this;
        }

        /** The client's preferred language (fi, sv or en). */
        public NewClient speaking(String preferredLanguage) {
            this.language = preferredLanguage;
            return this;
        }


        /** Another IPS team than the demo one; the coach must be its member. */
        public NewClient ofTeam(UUID ipsTeam) {
            this.team = ipsTeam.toString();
            return this;
        }

        /** Enrolled: the cooperation agreement, made with strong identification on that day. */
        public NewClient agreedOn(String day) {
            return agreedOn(day, "STRONG_IDENTIFICATION");
        }

        /** Enrolled: the cooperation agreement made in the way given (e.g. PAPER_SIGNATURE) on that day. */
        public NewClient agreedOn(String day, String how) {
            this.agreedOn = day;
            this.howAgreed = how;
            return this;
        }

        /** An action plan started on the agreement's day; steps may be null. */
        public NewClient plan(String goals, String steps) {
            this.planGoals = goals;
            this.planSteps = steps;
            return this;
        }

        /** Consents to the Vaasa care team from the agreement's day, one per kind (e.g. SERVICE_RECORD). */
        public NewClient consentToTheCareTeam(String... kinds) {
            consentedKinds.addAll(List.of(kinds));
            return this;
        }

        /**
         * The consent to tell the employer about the client's work (kind EMPLOYMENT) from the agreement's day: what a
         * contact, agreement or job lead about the client at that employer needs (decision 0037).
         */
        public NewClient consentToTheEmployer(UUID employer) {
            consentedEmployers.add(employer);
            return this;
        }

        /** A competitive, permanent job of 20 hours a week at the employer, started on that day. */
        public NewClient working(UUID at, String startedOn) {
            this.employer = at;
            this.jobStartedOn = startedOn;
            return this;
        }

        public UUID create() throws Exception {
            UUID id = UUID.randomUUID();
            String record = "/clients/" + id;
            MockHttpServletRequestBuilder registration = post("/clients").param("id", id.toString())
                    .param("firstName", firstName).param("lastName", lastName).param("preferredLanguage", language)
                    .param("ipsTeamId", team);
            accepted(coach, identityCode == null ? registration : registration.param("identityCode", identityCode))
                    .andExpect(redirectedUrl(record));
            if (agreedOn != null) {
                accepted(coach, post(record + "/agreement").param("agreedOn", agreedOn).param("howAgreed", howAgreed));
            }
            if (planGoals != null) {
                MockHttpServletRequestBuilder plan = post(record + "/plan").param("startedOn", agreedOn)
                        .param("goals", planGoals);
                accepted(coach, planSteps == null ? plan : plan.param("steps", planSteps));
            }
            for (String kind : consentedKinds) {
                accepted(coach, post(record + "/consents").param("party", "CARE_TEAM:" + CARE_VAASA)
                        .param("kind", kind).param("validFrom", agreedOn));
            }
            for (UUID consented : consentedEmployers) {
                accepted(coach, post(record + "/consents").param("party", "EMPLOYER:" + consented)
                        .param("kind", "EMPLOYMENT").param("validFrom", agreedOn));
            }
            if (employer != null) {
                accepted(coach, post(record + "/jobs").param("key", UUID.randomUUID().toString())
                        .param("employerId", employer.toString()).param("jobStartedOn", jobStartedOn)
                        .param("hoursPerWeek", "20").param("wageBasis", "HOURLY").param("contractType", "PERMANENT")
                        .param("competitive", "true")).andExpect(redirectedUrl(record + "/jobs"));
            }
            return id;
        }
    }
}
