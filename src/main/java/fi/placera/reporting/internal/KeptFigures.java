package fi.placera.reporting.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fi.placera.platform.facts.RecordsVersion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Figures kept while the records they read are unchanged (decision 0091): an outcome report per scope and period, the
 * team view's figures per team and day. Each is kept with the {@link RecordsVersion} read before it was computed, and
 * is given again only while the version is the same, so a figure shown is never older than the last committed change;
 * the first read after a change computes it again. A transaction that has changed records itself neither reads nor
 * keeps anything here.
 */
@Component
class KeptFigures {

    /** Kept figure sets; beyond this the least recently used go (an area's year with its teams is about 80). */
    private static final int MAXIMUM_KEPT = 50_000;

    private final Cache<Object, Kept> kept = Caffeine.newBuilder().maximumSize(MAXIMUM_KEPT).build();
    private final RecordsVersion version;

    KeptFigures(RecordsVersion version) {
        this.version = version;
    }

    private record Kept(long version, Object figures) {
    }

    /** The figures of one key: kept if current, otherwise computed and kept. */
    <T> T of(Object key, Class<T> type, Supplier<T> compute) {
        return ofAll(List.of(key), type, missing -> Map.of(key, compute.get())).get(key);
    }

    /**
     * The figures of each key: those kept and current, and the rest computed together by {@code compute}, which is
     * given the missing keys and may return more (all of which are kept).
     */
    <K, T> Map<K, T> ofAll(Collection<K> keys, Class<T> type, Function<List<K>, Map<K, T>> compute) {
        OptionalLong now = version.current();
        if (now.isEmpty()) {
            return compute.apply(List.copyOf(keys));
        }
        Map<K, T> figures = new HashMap<>();
        List<K> missing = new ArrayList<>();
        for (K key : new LinkedHashSet<>(keys)) {
            Kept found = kept.getIfPresent(key);
            if (found != null && found.version() == now.getAsLong()) {
                figures.put(key, type.cast(found.figures()));
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            compute.apply(missing).forEach((key, computed) -> {
                kept.put(key, new Kept(now.getAsLong(), computed));
                figures.put(key, computed);
            });
        }
        return figures;
    }
}
