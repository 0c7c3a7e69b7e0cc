package fi.placera.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WalSegmentsTest {

    private static final long SIXTEEN_MIB = 16L * 1024 * 1024;

    @Test
    void aBackupNeedsEverySegmentFromItsStartToItsStopBothIncluded() {
        assertThat(WalSegments.between("000000010000000000000009", "00000001000000000000000B", SIXTEEN_MIB))
                .containsExactly("000000010000000000000009", "00000001000000000000000A", "00000001000000000000000B");
        assertThat(WalSegments.between("000000010000000000000009", "000000010000000000000009", SIXTEEN_MIB))
                .containsExactly("000000010000000000000009");
    }

    @Test
    void theSegmentNumberCarriesIntoTheHighHalfAfter4GiBOfLog() {
        List<String> segments = WalSegments.between("0000000100000000000000FE", "000000010000000100000001",
                SIXTEEN_MIB);
        assertThat(segments).containsExactly("0000000100000000000000FE", "0000000100000000000000FF",
                "000000010000000100000000", "000000010000000100000001");
        assertThat(WalSegments.between("00000001000000000000003F", "000000010000000100000000", 64L * 1024 * 1024))
                .containsExactly("00000001000000000000003F", "000000010000000100000000");
    }

    @Test
    void aTimelineChangeDuringTheBackupIsRefused() {
        assertThatThrownBy(() -> WalSegments.between("000000010000000000000009", "00000002000000000000000A",
                SIXTEEN_MIB)).isInstanceOf(IllegalStateException.class).hasMessageContaining("timeline");
    }
}
