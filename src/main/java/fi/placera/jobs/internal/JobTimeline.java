package fi.placera.jobs.internal;

import fi.placera.clients.TimelineEntries;
import fi.placera.jobs.Job;
import fi.placera.jobs.Jobs;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Puts job starts and ends and studies on the client's record timeline. */
@Component
class JobTimeline implements TimelineEntries {

    private final Jobs jobs;

    JobTimeline(Jobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public List<Entry> of(UUID clientId) {
        List<Entry> entries = new ArrayList<>();
        for (Job job : jobs.jobsOf(clientId)) {
            String what = job.employerName() + (job.title() == null ? "" : ": " + job.title());
            entries.add(new Entry(job.startedOn(), "timeline.job-started",
                    List.of("jobs.contract." + job.contractType()), what));
            if (job.endedOn() != null) {
                entries.add(new Entry(job.endedOn(), "timeline.job-ended", List.of("jobs.end." + job.endReason()), what));
            }
        }
        jobs.studiesOf(clientId).forEach(study -> entries.add(new Entry(study.startedOn(), "timeline.studies", List.of(),
                study.institution())));
        return entries;
    }
}
