package dev.safqa.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the knowledge comes from: a folder on disk, or the copy of {@code knowledge/} the jar was
 * built with (the build packs every file of that folder under {@code /knowledge} in the jar).
 *
 * <p>The default path, {@code knowledge}, falls back to the bundled copy when there is no such folder
 * where Safqa runs, so {@code java -jar safqa.jar ask ...} answers from any folder. Any other path
 * must exist: a typo in {@code --knowledge} is reported, not silently replaced.
 *
 * @param folder  the folder to load: on disk, or inside the jar (read-only, never watched)
 * @param bundled true for the jar's own copy
 */
public record KnowledgeSource(Path folder, boolean bundled) {
    /** The path used when none is given (the option's and the config's default). */
    public static final Path DEFAULT = Path.of("knowledge");
    private static final String RESOURCE = "knowledge";

    /** {@code path} itself, unless it is the default and missing: then the bundled copy, if the jar has one. */
    public static KnowledgeSource resolve(Path path) {
        if (path.equals(DEFAULT) && !Files.isDirectory(path)) {
            Path inJar = bundledFolder();
            if (inJar != null) {
                return new KnowledgeSource(inJar, true);
            }
        }
        return new KnowledgeSource(path, false);
    }

    /** For a person: "knowledge bundled in safqa.jar" or "knowledge folder /abs/path". */
    public String describe() {
        return bundled ? "the knowledge bundled in safqa.jar (no knowledge/ folder here)"
                : "the knowledge folder " + folder.toAbsolutePath().normalize();
    }

    /** The jar's (or, in a build, target/classes') {@code knowledge} folder; null if there is none. */
    static Path bundledFolder() {
        URL url = KnowledgeSource.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return jarFileSystem(uri).getPath("/" + RESOURCE);
            }
            Path p = Path.of(uri);
            return Files.isDirectory(p) ? p : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** One zip file system for the jar, opened once and kept for the life of the process. */
    private static synchronized FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the knowledge bundled in the jar", e);
        }
    }
}
