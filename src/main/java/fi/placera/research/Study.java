package fi.placera.research;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A research study of the national evaluation: the areas and period it covers, the legal basis of the data's use,
 * how dates are protected in its extracts, whether a register linkage file may be produced (and for which trusted
 * third party), and the evaluators who use it. Its pseudonymisation key is not part of it: the key lives in a file
 * outside the database.
 *
 * @param areaIds the welfare areas (welfare_area.id) the study covers
 * @param from first day of the period
 * @param to last day of the period
 * @param basis permit or consent
 * @param basisReference the permit's number (and issuer), or the consent's description
 * @param dateHandling how dates appear in the study's extracts
 * @param linkagePermitted whether a register linkage file (identity code ↔ pseudonym) may be produced
 * @param trustedThirdParty the permit holder's trusted third party, the only recipient of a linkage file
 * @param evaluators the accounts (EVALUATOR role) that use the study
 */
public record Study(long id, String name, Set<Long> areaIds, LocalDate from, LocalDate to, Basis basis,
        String basisReference, DateHandling dateHandling, boolean linkagePermitted, String trustedThirdParty,
        Set<UUID> evaluators) {

    public Study {
        areaIds = Set.copyOf(areaIds);
        evaluators = Set.copyOf(evaluators);
    }

    /** Whether the study covers this welfare area. */
    public boolean covers(short areaId) {
        return areaIds.contains((long) areaId);
    }

    /** The legal basis of a study's use of the data. */
    public enum Basis {
        /** A data permit (e.g. of Findata or the controller), identified by its number. */
        PERMIT,
        /** The clients' consent to research use of their evaluation data. */
        CONSENT
    }

    /** How dates appear in a study's extracts. */
    public enum DateHandling {
        /** Every date of one person moves by the same keyed offset of −182…+182 days. */
        SHIFT,
        /** Dates are reduced to their month (the first day of the month). */
        MONTH
    }
}
