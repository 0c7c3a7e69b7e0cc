package fi.placera.platform;

import java.util.List;
import java.util.function.Consumer;

/**
 * A business rule refused one item of a batch (the tracker import stores its rows a table at a time): the refusal
 * and which item it was, counted from 0 in the batch's order, so that the caller can name its own row.
 */
public class BatchRejection extends Rejection {

    private final int item;

    public BatchRejection(int item, Rejection refused) {
        super(refused.field(), refused.messageKey(), refused.arguments());
        this.item = item;
    }

    /** Runs the check on every item in order; the first refusal names its item. */
    public static <T> void checkEach(List<T> items, Consumer<T> check) {
        for (int item = 0; item < items.size(); item++) {
            try {
                check.accept(items.get(item));
            } catch (BatchRejection alreadyNamed) {
                throw alreadyNamed;
            } catch (Rejection refused) {
                throw new BatchRejection(item, refused);
            }
        }
    }

    public int item() {
        return item;
    }
}
