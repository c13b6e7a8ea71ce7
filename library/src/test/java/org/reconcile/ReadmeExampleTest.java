package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding example compiles and prints what the README says it prints. */
class ReadmeExampleTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n((?:import [^\\n]*\\n)*\\npublic class Example .*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void theEmbeddingExampleInTheReadmeCompilesAndRuns() throws Exception {
        String source = exampleFromReadme();
        Path file = dir.resolve("Example.java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();

        int status = javac.run(null, null, null, "-cp", System.getProperty("java.class.path"), "-d", dir.toString(), file.toString());

        assertThat(status).as("javac exit status").isZero();
        String printed = runMain(dir);
        List<String> lines = printed.lines().toList();
        assertThat(lines.get(0)).isEqualTo("WAIT");
        assertThat(lines).anyMatch(line -> line.startsWith("- ")).anyMatch(line -> line.startsWith("  “"));
        assertThat(source).contains("// WAIT");
    }

    private static String exampleFromReadme() throws IOException {
        Matcher m = JAVA_BLOCK.matcher(Files.readString(ProjectFiles.of("README.md"), StandardCharsets.UTF_8));
        assertThat(m.find()).as("README has a ```java block with imports and 'public class Example'").isTrue();
        return m.group(1);
    }

    private static String runMain(Path classes) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ReadmeExampleTest.class.getClassLoader())) {
            Method main = loader.loadClass("Example").getMethod("main", String[].class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
