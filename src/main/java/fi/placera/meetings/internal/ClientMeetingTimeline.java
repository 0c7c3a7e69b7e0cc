package fi.placera.meetings.internal;

import fi.placera.clients.TimelineEntries;
import fi.placera.meetings.ClientMeetings;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Puts the meetings with the client on the client's record timeline: how, with whom, and the note. */
@Component
class ClientMeetingTimeline implements TimelineEntries {

    private final ClientMeetings meetings;

    ClientMeetingTimeline(ClientMeetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public List<Entry> of(UUID clientId) {
        return meetings.meetingsOf(clientId).stream()
                .map(meeting -> new Entry(meeting.metOn(), "timeline.client-meeting",
                        Stream.concat(Stream.of("meetings.client.mode." + meeting.mode()),
                                meeting.participants().stream().map(who -> "meetings.client.participant." + who))
                                .toList(),
                        meeting.note()))
                .toList();
    }
}
