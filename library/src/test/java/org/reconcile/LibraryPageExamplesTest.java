package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java snippets of {@code docs/library.md} compile against the library as it is, and run: each
 * becomes the body of a {@code main} that has the public packages imported and an {@code advisor}.
 */
class LibraryPageExamplesTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void everyJavaSnippetOfTheLibraryPageCompilesAndRuns() throws Exception {
        List<String> snippets = snippets();
        assertThat(snippets).as("docs/library.md has ```java blocks").isNotEmpty();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();

        for (int i = 0; i < snippets.size(); i++) {
            String name = "LibrarySnippet" + i;
            Path file = dir.resolve(name + ".java");
            Files.writeString(file, String.join("\n",
                    "import java.util.*;",
                    "import org.reconcile.*;",
                    "import org.reconcile.advice.*;",
                    "import org.reconcile.json.*;",
                    "import org.reconcile.model.*;",
                    "public class " + name + " {",
                    "    public static void main(String[] args) throws Exception {",
                    "        Advisor advisor = Advisor.builtIn();",
                    snippets.get(i),
                    "    }",
                    "}",
                    ""), StandardCharsets.UTF_8);

            int status = javac.run(null, null, null, "-cp", System.getProperty("java.class.path"), "-d", dir.toString(), file.toString());

            assertThat(status).as("javac exit status for snippet %d of docs/library.md:%n%s", i + 1, snippets.get(i)).isZero();
            run(name);
        }
    }

    private static List<String> snippets() throws IOException {
        Matcher m = JAVA_BLOCK.matcher(Files.readString(ProjectFiles.of("docs", "library.md"), StandardCharsets.UTF_8));
        List<String> snippets = new ArrayList<>();
        while (m.find()) {
            snippets.add(m.group(1));
        }
        return snippets;
    }

    private void run(String name) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass(name).getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        }
    }
}
