package fi.placera.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several JVMs starting on a new machine unpack the programs at the same time; the first to finish wins. */
class PostgresBinariesTest {

    @TempDir Path temporary;

    @Test
    void anUnpackingThatAnotherJvmFinishedFirstKeepsTheOtherOneAndRemovesItsOwn() throws IOException {
        Path target = unpackedInto(temporary.resolve("placera-postgres-1"));
        Path partial = unpackedInto(temporary.resolve("placera-postgres-unpacking-2"));

        PostgresBinaries.moveIntoPlace(partial, target);

        assertThat(partial).doesNotExist();
        assertThat(target.resolve("bin/postgres")).isExecutable();
    }

    @Test
    void theFirstUnpackingIsRenamedToItsPlace() throws IOException {
        Path partial = unpackedInto(temporary.resolve("placera-postgres-unpacking-1"));
        Path target = temporary.resolve("placera-postgres-1");

        PostgresBinaries.moveIntoPlace(partial, target);

        assertThat(partial).doesNotExist();
        assertThat(target.resolve("bin/postgres")).isExecutable();
    }

    @Test
    void aPlaceTakenByAnythingButTheProgramsIsAnError() throws IOException {
        Path target = Files.createDirectories(temporary.resolve("placera-postgres-1/something-else"));
        Path partial = unpackedInto(temporary.resolve("placera-postgres-unpacking-1"));

        assertThatThrownBy(() -> PostgresBinaries.moveIntoPlace(partial, target.getParent()))
                .isInstanceOf(FileSystemException.class);
    }

    private static Path unpackedInto(Path directory) throws IOException {
        Path program = Files.createDirectories(directory.resolve("bin")).resolve("postgres");
        Files.createFile(program, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        return directory;
    }
}
