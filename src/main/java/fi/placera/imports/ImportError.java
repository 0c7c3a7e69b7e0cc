package fi.placera.imports;

import org.springframework.context.MessageSourceResolvable;

/**
 * One problem in the tracker: the table, the row (1 is the header row; none for the whole file), the column
 * (none for a whole row or file) and the reason as a message key with its arguments, so each user reads it
 * in their own language.
 */
public record ImportError(String table, Integer row, String column, String reason, Object... arguments)
        implements MessageSourceResolvable {

    /** A file over {@link TrackerFiles#MAX_FILE_BYTES}, refused before it is read. */
    public static ImportError fileTooLarge(String fileName) {
        return new ImportError(fileName, null, null, "import.file.too-large", fileName,
                TrackerFiles.MAX_FILE_BYTES / (1024 * 1024));
    }

    @Override
    public String[] getCodes() {
        return new String[] {reason};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return reason;
    }
}
