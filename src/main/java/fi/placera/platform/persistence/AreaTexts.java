package fi.placera.platform.persistence;

import fi.placera.platform.Checks;
import fi.placera.platform.Rejection;
import fi.placera.platform.web.Languages;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Texts a welfare area sets in each language (fi, sv, en) — whom to contact in a crisis, who controls the data — kept
 * in a table of one row per area and language with the columns {@code area_id}, {@code language}, the texts,
 * {@code updated_by} and {@code updated_at}; a row without an area is the national default an area shows until its
 * administrator sets its own. The module that owns the table says which texts are required, what record {@code T} holds
 * one language's texts, and records the change in the administrators' trail.
 */
public final class AreaTexts<T> {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String table;
    private final List<Text> texts;
    private final List<String> columns;
    private final int maxLength;
    private final BiFunction<List<String>, Boolean, T> record;
    private final Function<T, List<String>> values;

    /**
     * {@code table} and the columns are the owning module's constants, never input (they go into the SQL);
     * {@code record} makes a language's record of its texts (in the order of {@code texts}) and whether the area set
     * them itself, {@code values} gives a record's texts back in that order (null for one not typed).
     */
    public AreaTexts(JdbcClient jdbc, Clock clock, String table, List<Text> texts, int maxLength,
            BiFunction<List<String>, Boolean, T> record, Function<T, List<String>> values) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.table = table;
        this.texts = List.copyOf(texts);
        this.columns = texts.stream().map(Text::column).toList();
        this.maxLength = maxLength;
        this.record = record;
        this.values = values;
    }

    /** One text: its column, the form field it is typed in (after {@code <language>-}), and whether it is required. */
    public record Text(String column, String field, boolean required) {
    }

    /** What a change replaced and what it set, in Finnish, for the administrators' trail. */
    public record Change(String before, String after) {
    }

    /** The texts in the language (Finnish for a language without texts), and whether the area has set its own. */
    public T of(short areaId, String language) {
        // sql-reviewed: the table and column names are the owning module's constants
        return jdbc.sql("select " + String.join(", ", columns) + ", area_id is not null from " + table
                        + " where (area_id = :area or area_id is null) and language = :language"
                        + " order by area_id nulls last limit 1")
                .param("area", areaId).param("language", Languages.TAGS.contains(language) ? language : "fi")
                .query((rs, row) -> {
                    List<String> values = new ArrayList<>();
                    for (int column = 1; column <= columns.size(); column++) {
                        values.add(rs.getString(column));
                    }
                    return record.apply(values, rs.getBoolean(columns.size() + 1));
                })
                .single();
    }

    /** The records typed in a form whose fields are named {@code <language>-<field>}, for every language. */
    public Map<String, T> typed(Function<String, String> form) {
        Map<String, T> typed = new LinkedHashMap<>();
        for (String language : Languages.TAGS) {
            typed.put(language, record.apply(texts.stream().map(text -> form.apply(language + "-" + text.field()))
                    .toList(), false));
        }
        return typed;
    }

    /**
     * Sets the area's texts in every language together; refused (field {@code <language>-<field>}) for a missing
     * language, a required text left empty or a text over the length limit.
     */
    public Change set(short areaId, Map<String, T> byLanguage, UUID by) {
        String before = summary(of(areaId, "fi"));
        for (String language : Languages.TAGS) {
            T typed = byLanguage.get(language);
            if (typed == null) {
                throw new Rejection(language + "-" + texts.get(0).field(), "validation.required");
            }
            upsert(areaId, language, checked(language, values.apply(typed)), by);
        }
        return new Change(before, summary(byLanguage.get("fi")));
    }

    private String summary(T typed) {
        return values.apply(typed).stream().map(String::valueOf).collect(Collectors.joining(" | "));
    }

    private List<String> checked(String language, List<String> typed) {
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String field = language + "-" + texts.get(i).field();
            String text = texts.get(i).required() ? Checks.required(typed.get(i), maxLength, field)
                    : Checks.limited(typed.get(i), maxLength, field);
            checked.add(text == null ? "" : text.strip());
        }
        return checked;
    }

    private void upsert(short areaId, String language, List<String> texts, UUID by) {
        String updates = columns.stream().map(column -> column + " = excluded." + column)
                .collect(Collectors.joining(", "));
        String values = columns.stream().map(column -> ":" + column).collect(Collectors.joining(", "));
        // sql-reviewed: the table and column names are the owning module's constants; the texts are parameters
        JdbcClient.StatementSpec statement = jdbc.sql("insert into " + table + " (area_id, language, "
                + String.join(", ", columns) + ", updated_by, updated_at) values (:area, :language, " + values
                + ", :by, :now) on conflict (area_id, language) do update set " + updates
                + ", updated_by = excluded.updated_by, updated_at = excluded.updated_at")
                .param("area", areaId).param("language", language).param("by", by)
                .param("now", Timestamp.from(clock.instant()));
        for (int i = 0; i < columns.size(); i++) {
            statement = statement.param(columns.get(i), texts.get(i));
        }
        statement.update();
    }
}
