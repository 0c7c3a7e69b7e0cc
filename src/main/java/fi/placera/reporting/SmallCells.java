package fi.placera.reporting;

import fi.placera.platform.IpsModel;
/**
 * The small-cell rule of every figure that leaves a team: a count of fewer than {@value #THRESHOLD} people is not
 * shown (as {@value #SUPPRESSED}), and neither is a part of a total when the rest of the total is that small, since
 * the part would then reveal the rest. The outcome report applies it field by field; other modules (evaluation)
 * apply the same rule to their own totals and parts.
 */
public final class SmallCells {

    public static final int THRESHOLD = IpsModel.SMALL_CELL_THRESHOLD;
    public static final String SUPPRESSED = "<" + THRESHOLD;
    /** A figure about fewer coaches than this (contacts per coach-week) is about persons and not shown outside. */
    public static final int MIN_COACHES = IpsModel.SMALL_CELL_MIN_COACHES;

    private SmallCells() {
    }

    /** Whether a count of people is too small to show. */
    public static boolean small(int count) {
        return count < THRESHOLD;
    }

    /** Whether a part of a total must be hidden: the part or the rest of the total is small, or the total is. */
    public static boolean partHidden(int total, int part) {
        return small(total) || small(part) || small(total - part);
    }
}
