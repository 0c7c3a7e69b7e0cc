package fi.placera.reporting;

import fi.placera.reporting.Outcomes.Outcome;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome report's fields by their contract names, in the contract's order, as the API, the page and the
 * downloads show them; for a report that leaves the team, with small cells suppressed.
 *
 * <p>Suppression: a count of fewer than {@value #THRESHOLD} clients is shown as {@value #SUPPRESSED}. So that a
 * suppressed count cannot be recomputed from a total, each pair of a total and a part (served and worked, the
 * cohort and those without a contact…) is checked for the complement too: when the total minus the part is
 * under the threshold, the part is suppressed as well. A rate, mean or median is suppressed when a count it is
 * computed from is, or when it rests on fewer than {@value #THRESHOLD} clients. Contacts per coach-week is hidden
 * when fewer than {@link SmallCells#MIN_COACHES} coaches made them; the preference share counts contacts, not
 * clients, and is shown. Across reports (the teams of an area, the quarters of a year) {@code OutsideFigures} adds
 * the cells whose hiding makes differences useless.
 */
public final class OutcomeFields {

    public static final int THRESHOLD = fi.placera.reporting.SmallCells.THRESHOLD;
    public static final String SUPPRESSED = fi.placera.reporting.SmallCells.SUPPRESSED;

    /** The fields that count people (or job starts): a small one is hidden. */
    public static final List<String> COUNTS = List.of("served", "worked", "served_out_of_work_at_entry",
            "worked_out_of_work_at_entry", "job_starts", "first_job_starts", "enrolled", "cohort_without_employer_contact",
            "cohort_without_job", "employed_at_6_months", "eligible_at_6_months", "employed_at_12_months",
            "eligible_at_12_months");

    /**
     * The counts that add up over periods: a half-year's is the sum of its quarters', a year's of its halves' (each
     * counts events, or clients by a day of their own that falls in one period only). The others count clients
     * served or followed up in the period, who may be in several.
     */
    public static final List<String> ADD_UP_OVER_PERIODS = List.of("job_starts", "first_job_starts", "enrolled",
            "cohort_without_employer_contact", "cohort_without_job");

    /** Shown outside the team only for at least {@link SmallCells#MIN_COACHES} coaches: else it is about persons. */
    public static final String CONTACTS_PER_COACH_WEEK = "employer_contacts_per_coach_week";

    private static final List<String> WORK_AT_ENTRY = List.of("served", "worked", "served_out_of_work_at_entry",
            "worked_out_of_work_at_entry");

    /** Pairs of a total and a part of it; the difference is a group of clients no field shows. */
    private static final List<List<String>> TOTAL_AND_PART = List.of(
            List.of("served", "worked"),
            List.of("served", "served_out_of_work_at_entry"),
            List.of("worked", "worked_out_of_work_at_entry"),
            List.of("served_out_of_work_at_entry", "worked_out_of_work_at_entry"),
            List.of("enrolled", "cohort_without_employer_contact"),
            List.of("enrolled", "cohort_without_job"),
            List.of("eligible_at_6_months", "employed_at_6_months"),
            List.of("eligible_at_12_months", "employed_at_12_months"));

    /** Each rate and the counts it is computed from: with either of them hidden, the rate would reveal it. */
    private static final Map<String, List<String>> RATES = Map.of(
            "employment_rate", List.of("served", "worked"),
            "employment_rate_out_of_work_at_entry", List.of("served_out_of_work_at_entry", "worked_out_of_work_at_entry"));

    /** Each mean or median and the total and part whose difference is the clients it is computed over. */
    private static final Map<String, List<String>> OVER_THE_REST = Map.of(
            "days_to_first_employer_contact_mean", List.of("enrolled", "cohort_without_employer_contact"),
            "days_to_first_employer_contact_median", List.of("enrolled", "cohort_without_employer_contact"),
            "days_to_first_job_mean", List.of("enrolled", "cohort_without_job"),
            "days_to_first_job_median", List.of("enrolled", "cohort_without_job"));

    private OutcomeFields() {
    }

    /** Every field with its value: an Integer, a BigDecimal or null (a statistic over nobody). */
    public static Map<String, Object> of(Outcome o) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("served", o.served());
        fields.put("worked", o.worked());
        fields.put("employment_rate", o.employmentRate());
        fields.put("served_out_of_work_at_entry", o.servedOutOfWorkAtEntry());
        fields.put("worked_out_of_work_at_entry", o.workedOutOfWorkAtEntry());
        fields.put("employment_rate_out_of_work_at_entry", o.employmentRateOutOfWorkAtEntry());
        fields.put("job_starts", o.jobStarts());
        fields.put("first_job_starts", o.firstJobStarts());
        fields.put("enrolled", o.enrolled());
        fields.put("days_to_first_employer_contact_mean", o.daysToFirstEmployerContactMean());
        fields.put("days_to_first_employer_contact_median", o.daysToFirstEmployerContactMedian());
        fields.put("cohort_without_employer_contact", o.cohortWithoutEmployerContact());
        fields.put("days_to_first_job_mean", o.daysToFirstJobMean());
        fields.put("days_to_first_job_median", o.daysToFirstJobMedian());
        fields.put("cohort_without_job", o.cohortWithoutJob());
        fields.put("employer_contacts_per_coach_week", o.employerContactsPerCoachWeek());
        fields.put("contacts_client_preference_share", o.contactsClientPreferenceShare());
        fields.put("employed_at_6_months", o.employedAt6Months());
        fields.put("eligible_at_6_months", o.eligibleAt6Months());
        fields.put("employed_at_12_months", o.employedAt12Months());
        fields.put("eligible_at_12_months", o.eligibleAt12Months());
        return fields;
    }

    /** The fields with small cells and their complements suppressed, for a report that leaves the team. */
    public static Map<String, Object> suppressed(Outcome outcome) {
        return shown(outcome, hidden(outcome, Set.of()));
    }

    /** The fields with these hidden as {@value #SUPPRESSED}. */
    public static Map<String, Object> shown(Outcome outcome, Set<String> hidden) {
        Map<String, Object> fields = of(outcome);
        hidden.forEach(name -> fields.put(name, SUPPRESSED));
        return fields;
    }

    /**
     * The fields a report that leaves the team hides: those {@code forced} (hidden because of other cells, see
     * {@code OutsideFigures}), small counts, parts whose rest is small, and what is computed from any of them.
     */
    public static Set<String> hidden(Outcome outcome, Set<String> forced) {
        Map<String, Object> fields = of(outcome);
        Set<String> hidden = new HashSet<>(forced);
        COUNTS.stream().filter(name -> count(fields, name) < THRESHOLD).forEach(hidden::add);
        if (outcome.coaches() < SmallCells.MIN_COACHES) {
            hidden.add(CONTACTS_PER_COACH_WEEK);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<String> pair : TOTAL_AND_PART) {
                String total = pair.get(0);
                String part = pair.get(1);
                if (!hidden.contains(total) && !hidden.contains(part)
                        && count(fields, total) - count(fields, part) < THRESHOLD) {
                    changed |= hidden.add(part);
                }
            }
            // clients in work at entry who did not work: served − worked − served out of work + worked out of work
            if (WORK_AT_ENTRY.stream().noneMatch(hidden::contains) && count(fields, "served") - count(fields, "worked")
                    - count(fields, "served_out_of_work_at_entry") + count(fields, "worked_out_of_work_at_entry") < THRESHOLD) {
                changed |= hidden.add("worked_out_of_work_at_entry");
            }
        }
        RATES.forEach((rate, counts) -> {
            if (counts.stream().anyMatch(hidden::contains)) {
                hidden.add(rate);
            }
        });
        OVER_THE_REST.forEach((statistic, pair) -> {
            if (hidden.contains(pair.get(0)) || count(fields, pair.get(0)) - count(fields, pair.get(1)) < THRESHOLD) {
                hidden.add(statistic);
            }
        });
        return hidden;
    }

    private static int count(Map<String, Object> fields, String name) {
        return (Integer) fields.get(name);
    }
}
