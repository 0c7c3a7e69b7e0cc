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
     * Records a setting of the deployment (a property, changed outside the application) when its value differs from
     * the last one recorded for it, or none was: one row by {@link Administrator#deployment()}, object kind
     * {@value #SETTING}, the last value before and this one after. Nodes starting together record it once.
     */
    void deploymentSetting(String setting, String value);

    /** The object kind of a deployment setting in the trail. */
    String SETTING = "SETTING";

    /** The object kind of an area's sign-in provider settings in the trail. */
    String SIGN_IN_PROVIDER = "SIGN_IN_PROVIDER";

    /** The object kind of an area's provider of clients' strong identification in the trail (decision 0077). */
    String CLIENT_SIGN_IN_PROVIDER = "CLIENT_SIGN_IN_PROVIDER";

    /** The object kind of a system an area's administrator registered to call the API (decision 0077). */
    String INTEGRATION = "INTEGRATION";

    /**
     * The changes this administrator may read, newest first: an area administrator those of their area, a
     * national administrator all.
     */
    List<AdminChangeEntry> list(Administrator reader, AdminChangeQuery query);
}
