package fi.placera.audit.internal;

import fi.placera.audit.ChainVerification;
import fi.placera.platform.command.PlaceraCommand;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code placera verify-audit-log}: seals what is pending, then checks the whole hash chain. */
@Component
class VerifyAuditLogCommand implements PlaceraCommand {

    private final AccessLogSealer sealer;
    private final ChainVerifier verifier;

    VerifyAuditLogCommand(AccessLogSealer sealer, ChainVerifier verifier) {
        this.sealer = sealer;
        this.verifier = verifier;
    }

    @Override
    public String name() {
        return "verify-audit-log";
    }

    @Override
    public String usage() {
        return "— re-computes the access log's hash chain; exit code 0 when intact, 1 when broken";
    }

    @Override
    public int run(List<String> arguments) {
        sealer.sealPeriodically();
        ChainVerification result = verifier.verify();
        if (result.intact()) {
            System.out.printf("Access log intact: %d rows sealed, %d waiting to be sealed.%n",
                    result.sealedRows(), result.unsealedRows());
            return 0;
        }
        System.out.printf("Access log BROKEN at chain position %d (of %d sealed rows): a row was changed or removed.%n",
                result.firstBrokenSeq(), result.sealedRows());
        return 1;
    }
}
