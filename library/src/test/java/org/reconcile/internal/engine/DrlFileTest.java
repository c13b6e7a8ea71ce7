package org.reconcile.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in rules are read the same from a jar (the command line) as from a directory (the tests). */
class DrlFileTest {
    @TempDir
    Path dir;

    @Test
    void theBuiltInRulesReadFromAJarAreThoseReadFromADirectory() throws IOException {
        URL folder = getClass().getClassLoader().getResource(DrlFile.BUILT_IN);
        Path jar = dir.resolve("rules.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, DrlFile.BUILT_IN + "/", null);
            for (DrlFile file : DrlFile.builtIn(folder)) {
                add(out, DrlFile.BUILT_IN + "/" + Path.of(file.path()).getFileName(), file.text());
            }
            add(out, DrlFile.BUILT_IN + "/README.txt", "not a rule file");
            add(out, DrlFile.BUILT_IN + "/nested/other.drl", "not a built-in rule file");
        }

        URL inJar = new URL("jar:" + jar.toUri() + "!/" + DrlFile.BUILT_IN);

        assertThat(DrlFile.builtIn(inJar)).isNotEmpty().isEqualTo(DrlFile.builtIn(folder));
    }

    private static void add(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        if (text != null) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
    }
}
