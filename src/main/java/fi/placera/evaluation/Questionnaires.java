package fi.placera.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Responses to evaluation instruments: filled in by the coach with the client, or answered alone by the respondent
 * (the client, an employer, a care-team member) through a one-time link. Callers decide who may see the client
 * (identity.AccessDecisions) before calling; the link routes need no login and show only the one questionnaire.
 */
public interface Questionnaires {

    /** A link is valid this long unless said otherwise. */
    int LINK_VALID_DAYS = 14;

    enum State { DRAFT, SUBMITTED }

    enum AnsweredBy { COACH, LINK }

    /**
     * A response to start: about a client at a follow-up timepoint, or (employer, care-team and coach
     * questionnaires) about a team over a period, answered by a named respondent.
     */
    record NewResponse(UUID idempotencyKey, String instrumentCode, short areaId, UUID ipsTeamId, UUID clientId,
            String timepoint, LocalDate periodFrom, LocalDate periodTo, String respondentName, UUID createdBy) {
    }

    record Response(UUID id, Instrument instrument, short areaId, UUID ipsTeamId, UUID clientId, String timepoint,
            LocalDate periodFrom, LocalDate periodTo, String respondentName, AnsweredBy answeredBy, State state,
            LocalDate answeredOn, Map<String, String> answers) {

        public List<Score> scores() {
            return Scoring.score(instrument.definition(), answers);
        }

        public boolean submitted() {
            return state == State.SUBMITTED;
        }
    }

    /** A link as made: the token is shown this once and stored only hashed. */
    record IssuedLink(UUID responseId, String token, Instant expiresAt) {
    }

    /** What a link leads to: the response and the language it is answered in. */
    record LinkedResponse(Response response, String language) {
    }

    /** Starts a response the coach fills in; the same idempotency key returns the same response. */
    UUID start(NewResponse response);

    /**
     * Starts a response answered through a one-time link in the language given, valid for {@code days}. Refused
     * (field {@code instrument}) for the coach's own client-specific forms (respondent COACH, per client: the background
     * and referral forms), which the coach fills in and are never sent as a link.
     */
    IssuedLink issueLink(NewResponse response, String language, int days);

    /**
     * As {@link #issueLink}, a care-team questionnaire (respondent CARE_TEAM) to a care-team member with an account, of
     * a care team the team works with ({@link #careTeamAddresseesOf}); they find it in their workspace (decision 0083).
     * Refused on {@code respondentStaff} for anyone else, on {@code instrument} for another kind of questionnaire.
     */
    IssuedLink issueLinkTo(NewResponse response, UUID respondentStaffId, String language, int days);

    /** A care-team member a team's care-team questionnaire may be sent to in Placera. */
    record Addressee(UUID staffMemberId, String name) {
    }

    /** The care-team members of the care teams the team's members are attached to, with an account, by name. */
    List<Addressee> careTeamAddresseesOf(UUID ipsTeamId);

    /** The questionnaires sent to the staff member in Placera, latest first. */
    List<Response> sentTo(UUID staffMemberId);

    /**
     * A new one-time link to a questionnaire sent to the staff member and not yet submitted (the earlier link stops
     * working); nothing for any other response.
     */
    Optional<IssuedLink> reopen(UUID responseId, UUID staffMemberId);

    Optional<Response> find(UUID id);

    /** The client's responses, oldest first. */
    List<Response> ofClient(UUID clientId);

    /** The submitted responses about the team's clients, oldest first. */
    List<Response> submittedAboutClientsOf(UUID ipsTeamId);

    /** The team's responses not about a client (employer, care-team, coach questionnaires), latest first. */
    List<Response> ofTeam(UUID ipsTeamId);

    /**
     * Saves the answers of a draft, submitting it when asked. Refused for an answer outside its scale or options
     * (named by {@link Answers#field}). Submitting a submitted response again changes nothing; saving over one is
     * refused.
     */
    void answer(UUID responseId, Map<String, String> answers, boolean submit);

    /** The response a link leads to while the link is valid (not expired, not yet submitted); else nothing. */
    Optional<LinkedResponse> byLink(String token);

    /**
     * The submitted response an unexpired link led to: a second submit (a double click) shows the same page again,
     * the crisis contacts included. Nothing for an unknown, expired or unsubmitted link.
     */
    Optional<LinkedResponse> submittedByLink(String token);

    /**
     * Saves answers through a link, as {@link #answer}. Returns false, changing nothing, when the link is unknown or
     * has expired; true when saved, or when the response was already submitted and this is a second submit.
     */
    boolean answerByLink(String token, Map<String, String> answers, boolean submit);
}
