package org.raqib.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A log exported to a folder, with the same relative layout a server has under its base URL. */
final class DirectoryLogSource implements LogSource {

    private final Path dir;

    /**
     * @throws CommandError if {@code dir} is not a folder
     */
    DirectoryLogSource(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CommandError("no log folder at " + dir);
        }
        this.dir = dir;
    }

    @Override
    public byte[] read(String path) {
        Path file = dir.resolve(path);
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw SourceException.notFound(file.toString());
        } catch (IOException e) {
            throw SourceException.failed("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String location() {
        return dir.toString();
    }
}
