package fi.placera.imports.internal;

import java.util.List;
import java.util.stream.Stream;

/** The three tables of a tracker with their columns, exactly as data-exchange.md section 1 names them. */
enum TrackerTable {

    CLIENTS("clients", List.of("client_ref", "coach_ref", "referral_date"),
            List.of("personal_identity_code", "first_name", "last_name", "birth_year", "language", "referral_source",
                    "enrolment_date", "in_work_at_entry", "vocational_profile_date", "exit_date", "exit_reason")),
    JOBS("jobs", List.of("client_ref", "employer_name", "start_date", "competitive"),
            List.of("employer_business_id", "job_title", "end_date", "hours_per_week", "contract_type")),
    EMPLOYER_CONTACTS("employer_contacts", List.of("coach_ref", "contact_date", "employer_name", "face_to_face"),
            List.of("employer_business_id", "client_ref", "client_preference"));

    private final String sheet;
    private final List<String> required;
    private final List<String> optional;

    TrackerTable(String sheet, List<String> required, List<String> optional) {
        this.sheet = sheet;
        this.required = required;
        this.optional = optional;
    }

    /** The sheet's name and the CSV file's name without .csv. */
    String sheet() {
        return sheet;
    }

    String fileName() {
        return sheet + ".csv";
    }

    List<String> required() {
        return required;
    }

    /** Every column in the contract's order. */
    List<String> columns() {
        return Stream.concat(required.stream(), optional.stream()).toList();
    }
}
