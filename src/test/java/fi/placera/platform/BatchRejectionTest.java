package fi.placera.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchRejectionTest {

    private static void positive(int value) {
        if (value <= 0) {
            throw new Rejection("value", "validation.positive", value);
        }
    }

    @Test
    void theFirstRefusalNamesItsItemWithTheFieldKeyAndArguments() {
        BatchRejection refused = catchThrowableOfType(BatchRejection.class,
                () -> BatchRejection.checkEach(List.of(3, 1, -2, 0), BatchRejectionTest::positive));
        assertThat(refused.item()).isEqualTo(2);
        assertThat(refused.field()).isEqualTo("value");
        assertThat(refused.messageKey()).isEqualTo("validation.positive");
        assertThat(refused.arguments()).containsExactly(-2);
    }

    @Test
    void aRefusalThatNamesItsItemAlreadyKeepsIt() {
        BatchRejection refused = catchThrowableOfType(BatchRejection.class, () -> BatchRejection.checkEach(List.of(1, 2),
                item -> {
                    throw new BatchRejection(7, new Rejection(null, "inner"));
                }));
        assertThat(refused.item()).isEqualTo(7);
    }

    @Test
    void itemsWithoutRefusalsPass() {
        assertThatNoException().isThrownBy(() -> BatchRejection.checkEach(List.of(1, 2, 3), BatchRejectionTest::positive));
    }
}
