package fi.placera.evaluation;

import fi.placera.platform.Administrator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The evaluation instruments: every version, and the current one of each code. */
public interface Instruments {

    /** The current (latest) version of every instrument, by code. */
    List<Instrument> current();

    Optional<Instrument> current(String code);

    /** One version; versions that answers point at never change. */
    Optional<Instrument> version(UUID id);

    /** Every version of an instrument, latest first. */
    List<Instrument> versionsOf(String code);

    /**
     * Adds an instrument or changes one from its definition (JSON, see {@link Instrument.Definition}). A new code is
     * version 1; a change to a version that no answer points at yet replaces it; a change after answers exist is
     * the next version, so the old answers keep theirs. Refused (field {@code definition} or {@code code}) when the
     * code or the definition cannot be used. Instruments are national: the caller lets only national administrators
     * define them; each definition is a row of the administrators' audit trail.
     */
    Instrument define(String code, String definition, Administrator definedBy);
}
