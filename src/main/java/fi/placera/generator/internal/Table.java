package fi.placera.generator.internal;

/** The tables the generator fills, in an order that satisfies every foreign key, with their COPY statements. */
enum Table {

    IPS_TEAM("ips_team", "copy ips_team (id, area_id, code, name, collaboration_model, partner_organisation, version) from stdin"),
    CARE_TEAM("care_team", "copy care_team (id, area_id, code, name, unit, version) from stdin"),
    STAFF_MEMBER("staff_member", "copy staff_member (id, area_id, first_name, last_name, email, phone, version) from stdin"),
    IPS_TEAM_MEMBERSHIP("ips_team_membership",
            "copy ips_team_membership (staff_member_id, ips_team_id, team_role, fte) from stdin"),
    CARE_TEAM_MEMBERSHIP("care_team_membership", "copy care_team_membership (staff_member_id, care_team_id) from stdin"),
    USER_ACCOUNT("user_account", """
            copy user_account (id, username, display_name, password_hash, enabled, staff_member_id, area_id, version)
            from stdin"""),
    ACCOUNT_ROLE("account_role", "copy account_role (account_id, role) from stdin"),
    MFA_CREDENTIAL("mfa_credential", "copy mfa_credential (account_id, secret, enrolled_at) from stdin"),
    EMPLOYER("employer", """
            copy employer (id, area_id, name, name_key, business_id, sector, locations, contact_people, needs, notes, version)
            from stdin"""),
    CLIENT("client", """
            copy client (id, area_id, first_name, last_name, identity_code, preferred_language, ips_team_id, coach_staff_id,
                         version)
            from stdin"""),
    COACH_CASELOAD("coach_caseload", "copy coach_caseload (staff_member_id, area_id, active_clients) from stdin"),
    REFERRAL("referral", """
            copy referral (id, client_id, area_id, source, care_team_id, referred_by, referred_on, wish_to_work, ended_on,
                           end_reason, end_note, recorded_by)
            from stdin"""),
    OUTREACH_ATTEMPT("outreach_attempt", """
            copy outreach_attempt (id, referral_id, area_id, attempted_on, channel, outcome, recorded_by) from stdin"""),
    COOPERATION_AGREEMENT("cooperation_agreement", """
            copy cooperation_agreement (id, client_id, area_id, agreed_on, how_agreed, witness, recorded_by, in_work_at_entry)
            from stdin"""),
    CONSENT("consent", """
            copy consent (id, client_id, area_id, party_type, party_id, employer_id, party_name, kind, valid_from,
                          valid_until, given_at, withdrawn_at, recorded_by)
            from stdin"""),
    ACTION_PLAN("action_plan", """
            copy action_plan (id, client_id, area_id, started_on, goals, steps, responsibilities, version) from stdin"""),
    ACTION_PLAN_VERSION("action_plan_version", """
            copy action_plan_version (plan_id, version, goals, steps, responsibilities, saved_at, saved_by) from stdin"""),
    ACTION_PLAN_REVIEW("action_plan_review", """
            copy action_plan_review (id, plan_id, area_id, reviewed_on, milestone, what_changed, recorded_by) from stdin"""),
    VOCATIONAL_PROFILE("vocational_profile", """
            copy vocational_profile (client_id, version, area_id, strengths, interests, goals, preferred_work,
                                     preferred_hours, disclosure_preference, saved_at, saved_by)
            from stdin"""),
    JOB("job", """
            copy job (id, client_id, area_id, employer_id, title, started_on, ended_on, hours_per_week, wage_basis,
                      contract_type, contract_ends_on, competitive, end_reason, recorded_by, idempotency_key, version)
            from stdin"""),
    SUPPORT_DUE("support_due", """
            copy support_due (id, client_id, area_id, job_id, kind, window_from, due_on, cancelled, cancel_reason)
            from stdin"""),
    SUPPORT_CONTACT("support_contact", """
            copy support_contact (id, client_id, area_id, contacted_on, on_the_job, with_whom, note, recorded_by,
                                  idempotency_key)
            from stdin"""),
    SERVICE_END("service_end", """
            copy service_end (id, client_id, area_id, ended_on, reason, care_team_id, note, recorded_by, agreed_on,
                              how_agreed) from stdin"""),
    EVALUATION_RESPONSE("evaluation_response", """
            copy evaluation_response (id, instrument_id, area_id, ips_team_id, client_id, timepoint, answered_by, state,
                                      answered_on, created_by, created_at, submitted_at, idempotency_key)
            from stdin"""),
    EVALUATION_ANSWER("evaluation_answer", "copy evaluation_answer (response_id, item_code, value) from stdin"),
    EMPLOYER_CONTACT("employer_contact", """
            copy employer_contact (id, area_id, employer_id, coach_staff_id, contacted_on, mode, purpose, client_id,
                                   client_present, followed_preference, recorded_by, idempotency_key)
            from stdin"""),
    CARE_TEAM_MEETING("care_team_meeting", """
            copy care_team_meeting (id, area_id, care_team_id, held_on, coach_staff_id, coach_attended, recorded_by,
                                    idempotency_key)
            from stdin"""),
    TEAM_MEETING("team_meeting", """
            copy team_meeting (id, area_id, ips_team_id, kind, held_on, starts_at, ends_at, recorded_by, idempotency_key,
                               version)
            from stdin"""),
    TEAM_MEETING_ATTENDEE("team_meeting_attendee", "copy team_meeting_attendee (meeting_id, staff_member_id) from stdin"),
    ACCESS_LOG("access_log", """
            copy access_log (occurred_at, account_id, username, role, org_unit, area_id, client_id, data_kind, purpose,
                             action, outcome, break_glass)
            from stdin""");

    final String name;
    final String copy;

    Table(String name, String copy) {
        this.name = name;
        this.copy = copy;
    }
}
