package fi.placera.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The numbers of the IPS model, each in one place (decision 0056): the targets of the fidelity scale (IPS-25),
 * the schedules the model sets for the coach's work, and the figures' publication rules. Code names them from here
 * and passes them into SQL as parameters; {@code IpsModelLiteralsTest} fails on a known literal of these rules
 * anywhere else. Changing one changes every page, figure and extract that applies it.
 */
public final class IpsModel {

    /** S1: at most this many active clients per full-time coach, prorated by the coach's FTE (all posts). */
    public static final int CASELOAD_PER_FTE = 20;

    /** V4: the first face-to-face employer contact within this many days of enrolment (rapid job search). */
    public static final int FIRST_EMPLOYER_CONTACT_DAYS = 30;
    /** V4: the coach's week warns of a client without a first employer contact from this day of service. */
    public static final int FIRST_EMPLOYER_CONTACT_WARNING_DAY = 25;
    /** The team meeting discusses an enrolled client without an employer contact for this many days. */
    public static final int DAYS_WITHOUT_EMPLOYER_CONTACT = FIRST_EMPLOYER_CONTACT_DAYS;

    /** V6: at least this many face-to-face employer contacts per full-time coach per week. */
    public static final int WEEKLY_FACE_TO_FACE_CONTACTS = 6;

    /** The action plan's scheduled reviews, in months from the plan's start. */
    public static final List<Integer> PLAN_REVIEW_MONTHS = List.of(3, 6, 12);

    /** V12 follow-along support: a contact at most this many days before a job starts. */
    public static final int SUPPORT_DAYS_BEFORE_START = 7;
    /** V12: a contact at most this many days after a job starts, and after a job ends. */
    public static final int SUPPORT_DAYS_AFTER_START_OR_END = 3;
    /** V12: weekly contacts in the job's first weeks. */
    public static final int SUPPORT_WEEKLY_WEEKS = 4;
    /** V12: then monthly contacts up to this month of the job. */
    public static final int SUPPORT_MONTHLY_MONTHS = 12;
    /** V12: after that, a contact this many months after the last one, until the client ends the support. */
    public static final int SUPPORT_CONTINUING_EVERY_MONTHS = 1;

    /** V1 benefits counselling: due this many days after enrolment. */
    public static final int COUNSELLING_DUE_DAYS_AFTER_ENROLMENT = 30;
    /** V1: counselling this many days before enrolment still counts for the start of service. */
    public static final int COUNSELLING_COUNTS_DAYS_BEFORE_ENROLMENT = 90;
    /** V1: counselling this many days before a job start counts for it. */
    public static final int COUNSELLING_COUNTS_DAYS_BEFORE_JOB_START = 60;
    /** V1: counselling this many days before another change of circumstances counts for it. */
    public static final int COUNSELLING_COUNTS_DAYS_BEFORE_CHANGE = 30;

    /** V14 outreach: a referred client not yet reached is contacted again this many days after the last attempt. */
    public static final int OUTREACH_INTERVAL_DAYS = 7;
    /**
     * O6 zero exclusion: a referral ends as "unreachable" only after unanswered outreach attempts on this many
     * different days ...
     */
    public static final int OUTREACH_ATTEMPTS_BEFORE_UNREACHABLE = 3;
    /** ... spread over at least this many days from the first to the last (two weeks: not three calls in one day). */
    public static final int OUTREACH_UNREACHABLE_SPAN_DAYS = 14;

    /** O2: weeks of care-team meetings over which the coaches' attendance is counted. */
    public static final int CARE_TEAM_ATTENDANCE_WEEKS = 13;
    /** O3: days over which the meetings and client contacts with employment services and Kela are counted. */
    public static final int AGENCY_COLLABORATION_DAYS = 90;
    /** O3's cut points: "monthly" is at least this many scheduled meetings with employment services or Kela a month. */
    public static final int AGENCY_MEETINGS_PER_MONTH = 1;
    /** O3: "weekly" is at least this many client contacts with employment services or Kela a week. */
    public static final int AGENCY_CLIENT_CONTACTS_PER_WEEK = 1;
    /** O3: "quarterly" is at least one scheduled meeting, or one client contact, in this many months. */
    public static final int AGENCY_QUARTER_MONTHS = 3;

    /** O8: the steering group meets at least once in this many months (quarterly); the group's usual cadence. */
    public static final int STEERING_GROUP_MEETS_EVERY_MONTHS = 3;

    /** The next fidelity review falls this many months after a published review's period at the earliest ... */
    public static final int NEXT_REVIEW_MONTHS_FIRST = 6;
    /** ... and at the latest: every 6 months until fidelity is good, then yearly. */
    public static final int NEXT_REVIEW_MONTHS_LAST = 12;
    /** The owner's week: a published fidelity review's action comes back this many days before its due day. */
    public static final int REVIEW_ACTION_LEAD_DAYS = 14;

    /**
     * Evaluation: questionnaires that fall due on the day the client enrols (the baseline) are due this many days
     * later, so that nothing is overdue on the day it arose (decision 0062); their window opens on enrolment.
     */
    public static final int FIRST_QUESTIONNAIRES_DAYS_AFTER_ENROLMENT = 14;

    /** The coach's week: a consent that expires comes back this many days before its last day. */
    public static final int CONSENT_EXPIRY_LEAD_DAYS = 30;
    /** The coach's week: a fixed-term contract's end comes back this many days before it. */
    public static final int CONTRACT_END_LEAD_DAYS = 30;
    /** The coach's week: a disclosure decision's revisit day comes back this many days before it. */
    public static final int DISCLOSURE_REVISIT_LEAD_DAYS = 14;
    /** The coach's week: an employer agreement's follow-up day comes back this many days before it. */
    public static final int EMPLOYER_FOLLOW_UP_LEAD_DAYS = 7;
    /** The coach's week: the dated next step of an employer contact comes back this many days before it. */
    public static final int EMPLOYER_NEXT_STEP_LEAD_DAYS = 7;
    /** The coach's week: a team meeting's action comes back on its owner's week this many days before its due day. */
    public static final int TEAM_MEETING_ACTION_LEAD_DAYS = 7;

    /** The outcome report's employment at these months after enrolment. */
    public static final int EMPLOYED_AT_MONTHS_FIRST = 6;
    public static final int EMPLOYED_AT_MONTHS_SECOND = 12;

    /** The model's team: at least this many staff, a team leader among them (the manager's area view checks it). */
    public static final int TEAM_MIN_STAFF = 3;
    /** Each coach is attached to one or two care teams (fidelity O1; the manager's area view checks it). */
    public static final int CARE_TEAMS_PER_COACH_MIN = 1;
    public static final int CARE_TEAMS_PER_COACH_MAX = 2;
    /** The weeks before this one whose weekly team meeting the manager's area view looks for. */
    public static final int TEAM_MEETING_WEEKS_CHECKED = 4;

    /** A count of fewer people than this is not shown outside the team. */
    public static final int SMALL_CELL_THRESHOLD = 5;
    /** A figure about fewer coaches than this is about persons and not shown outside the team. */
    public static final int SMALL_CELL_MIN_COACHES = 3;

    /** The employment rates of IPS in the literature, the bands drawn behind the outcome report's rates. */
    public static final List<BigDecimal> EMPLOYMENT_RATE_BANDS = List.of(new BigDecimal("0.31"),
            new BigDecimal("0.41"), new BigDecimal("0.50"));

    private IpsModel() {
    }

    /** S1: the caseload limit of a coach working this share of full time, rounded down: 16 at 0.8 FTE. */
    public static int caseloadLimit(BigDecimal fte) {
        return fte.multiply(BigDecimal.valueOf(CASELOAD_PER_FTE)).setScale(0, RoundingMode.FLOOR).intValue();
    }
}
