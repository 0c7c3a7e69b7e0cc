package fi.placera.audit;

import fi.placera.platform.Administrator;
import java.util.List;

/**
 * The administrators' audit trail (issue 21, AZ9): append-only, one row per administrative change, written in
 * the caller's transaction so that a change and its row stand or fall together.
 */
public interface AdminChanges {

    /** The most rows one listing shows; narrower filters find older ones. */
    int PAGE = 500;

    void record(Administrator by, AdminChange change);

    /**
     * The changes this administrator may read, newest first: an area administrator those of their area, a
     * national administrator all.
     */
    List<AdminChangeEntry> list(Administrator reader, AdminChangeQuery query);
}
