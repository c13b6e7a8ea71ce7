package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The public API, held still: every public type of the public packages and everything a caller
 * can see of it, one line each, must be exactly what {@code library/api/reconcile.api} lists. A
 * change to the API is thus a deliberate act: run the build with {@code -Dreconcile.api.update=true}
 * to write the file anew, commit it with the change, and, if a line went away or changed (which
 * breaks applications), say so under "Breaking" in the changelog.
 */
class ApiSignatureTest {
    private static final Path FILE = ProjectFiles.of("library/api/reconcile.api");

    @Test
    void thePublicApiIsExactlyTheCheckedInSignatures() throws Exception {
        List<String> now = signatures();
        if (Boolean.getBoolean("reconcile.api.update")) {
            Files.write(FILE, now, StandardCharsets.UTF_8);
        }
        List<String> checkedIn = Files.readAllLines(FILE, StandardCharsets.UTF_8);

        Set<String> removed = new LinkedHashSet<>(checkedIn);
        now.forEach(removed::remove);
        Set<String> added = new LinkedHashSet<>(now);
        checkedIn.forEach(added::remove);
        assertThat(removed).as("signatures gone or changed since library/api/reconcile.api (this breaks applications:"
                + " if deliberate, rerun with -Dreconcile.api.update=true, commit the file, and note it under Breaking"
                + " in CHANGELOG.md)").isEmpty();
        assertThat(added).as("signatures new since library/api/reconcile.api (compatible: rerun with"
                + " -Dreconcile.api.update=true and commit the file)").isEmpty();
    }

    @Test
    void theSignaturesShowWhatACallerDependsOn() throws Exception {
        List<String> lines = signatures();

        assertThat(lines).contains("org.reconcile.Advisor: public static org.reconcile.Advisor builtIn()",
                "org.reconcile.model.Situation$Builder: public org.reconcile.model.Situation$Builder set(org.reconcile.model.Fact,java.lang.Object)",
                "org.reconcile.advice.Advice: public final class extends java.lang.Object");
        assertThat(lines).noneMatch(line -> line.contains("internal"));
    }

    static List<String> signatures() throws Exception {
        List<String> lines = new ArrayList<>();
        for (Class<?> type : PublicApiTest.publicTypes()) {
            List<String> members = new ArrayList<>();
            for (Field field : type.getDeclaredFields()) {
                if (PublicApiTest.visible(field) && !field.isSynthetic()) {
                    members.add(modifiers(field.getModifiers()) + field.getGenericType().getTypeName() + " " + field.getName());
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (PublicApiTest.visible(constructor) && !constructor.isSynthetic()) {
                    members.add(modifiers(constructor.getModifiers()) + "new" + parameters(constructor));
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (PublicApiTest.visible(method) && !method.isSynthetic() && !method.isBridge()) {
                    members.add(modifiers(method.getModifiers()) + typeParameters(method) + method.getGenericReturnType().getTypeName()
                            + " " + method.getName() + parameters(method));
                }
            }
            lines.add(type.getName() + ": " + declaration(type));
            members.stream().sorted().forEach(member -> lines.add(type.getName() + ": " + member));
        }
        return lines;
    }

    private static String declaration(Class<?> type) {
        String kind = type.isAnnotation() ? "@interface" : type.isEnum() ? "enum" : type.isInterface() ? "interface"
                : type.isRecord() ? "record" : "class";
        int modifiers = type.getModifiers() & ~(type.isInterface() ? Modifier.ABSTRACT : 0) & ~(type.isEnum() ? Modifier.FINAL : 0);
        String text = modifiers(modifiers) + (type.isSealed() ? "sealed " : "") + kind;
        if (!type.isInterface() && type.getGenericSuperclass() != null) {
            text += " extends " + type.getGenericSuperclass().getTypeName();
        }
        if (type.getGenericInterfaces().length > 0) {
            text += (type.isInterface() ? " extends " : " implements ")
                    + Arrays.stream(type.getGenericInterfaces()).map(Type::getTypeName).collect(Collectors.joining(","));
        }
        return text;
    }

    private static String modifiers(int modifiers) {
        String text = Modifier.toString(modifiers & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL
                | Modifier.ABSTRACT));
        return text.isEmpty() ? "" : text + " ";
    }

    private static String typeParameters(Executable executable) {
        TypeVariable<?>[] variables = executable.getTypeParameters();
        if (variables.length == 0) {
            return "";
        }
        return Arrays.stream(variables).map(v -> v.getName() + " extends " + Arrays.stream(v.getBounds()).map(Type::getTypeName)
                .collect(Collectors.joining("&"))).collect(Collectors.joining(",", "<", "> "));
    }

    private static String parameters(Executable executable) {
        String text = Arrays.stream(executable.getGenericParameterTypes()).map(Type::getTypeName).collect(Collectors.joining(",", "(", ")"));
        Type[] thrown = executable.getGenericExceptionTypes();
        return thrown.length == 0 ? text : text + " throws "
                + Arrays.stream(thrown).map(Type::getTypeName).sorted().collect(Collectors.joining(","));
    }
}
