package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No Drools type in the public API: every public type of the public packages, found in the
 * compiled classes, and everything a caller can see of it (supertypes, public and protected
 * methods, constructors and fields, with their generic type arguments) stays clear of Drools.
 */
class PublicApiTest {
    /** The packages whose public types are reconcile's API; a package not (yet) built is skipped. */
    private static final List<String> PUBLIC_PACKAGES = List.of("org.reconcile", "org.reconcile.model", "org.reconcile.advice",
            "org.reconcile.json");
    private static final List<String> DROOLS_PACKAGES = List.of("org.kie.", "org.drools.", "org.mvel2.");

    @Test
    void noPublicTypeShowsADroolsType() throws Exception {
        List<Class<?>> api = publicTypes();
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : api) {
            leaks.addAll(droolsTypesShownBy(type));
        }

        assertThat(api).as("public types found").contains(Advisor.class, org.reconcile.advice.Advice.class,
                org.reconcile.model.Situation.class);
        assertThat(leaks).isEmpty();
    }

    @Test
    void theCheckSeesADroolsTypeInAGenericParameter() {
        assertThat(droolsTypesShownBy(ShowsDrools.class)).singleElement().asString()
                .contains("ShowsDrools.rules").contains("org.kie.api.KieBase");
    }

    /** Shows a Drools type only as a type argument, which a check of raw types would miss. */
    public interface ShowsDrools {
        List<? extends org.kie.api.KieBase> rules();
    }

    private static List<String> droolsTypesShownBy(Class<?> type) {
        List<String> leaks = new ArrayList<>();
        check(type.getName() + " extends", type.getGenericSuperclass(), leaks);
        for (Type implemented : type.getGenericInterfaces()) {
            check(type.getName() + " implements", implemented, leaks);
        }
        for (TypeVariable<?> variable : type.getTypeParameters()) {
            check(type.getName() + "<" + variable + ">", variable, leaks);
        }
        for (Field field : type.getDeclaredFields()) {
            if (visible(field)) {
                check(type.getName() + "." + field.getName(), field.getGenericType(), leaks);
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method) && !method.isSynthetic()) {
                check(type.getName() + "." + method.getName() + "()", method.getGenericReturnType(), leaks);
                checkSignature(type.getName() + "." + method.getName() + "()", method, leaks);
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor) && !constructor.isSynthetic()) {
                checkSignature(type.getName() + " constructor", constructor, leaks);
            }
        }
        return leaks;
    }

    private static void checkSignature(String where, Executable executable, List<String> leaks) {
        for (Type parameter : executable.getGenericParameterTypes()) {
            check(where + " parameter", parameter, leaks);
        }
        for (Type thrown : executable.getGenericExceptionTypes()) {
            check(where + " throws", thrown, leaks);
        }
        for (TypeVariable<?> variable : executable.getTypeParameters()) {
            check(where + " <" + variable + ">", variable, leaks);
        }
    }

    private static void check(String where, Type type, List<String> leaks) {
        for (Class<?> shown : classesIn(type, new HashSet<>())) {
            if (DROOLS_PACKAGES.stream().anyMatch(p -> shown.getName().startsWith(p))) {
                leaks.add(where + " shows " + shown.getName());
            }
        }
    }

    // Every class a type names: itself, its type arguments, bounds and array components, to any depth.
    private static Set<Class<?>> classesIn(Type type, Set<Type> seen) {
        Set<Class<?>> classes = new HashSet<>();
        if (type == null || !seen.add(type)) {
            return classes;
        }
        if (type instanceof Class<?> c) {
            classes.add(c.isArray() ? c.getComponentType() : c);
            if (c.isArray()) {
                classes.addAll(classesIn(c.getComponentType(), seen));
            }
        } else if (type instanceof ParameterizedType p) {
            classes.addAll(classesIn(p.getRawType(), seen));
            classes.addAll(classesIn(p.getOwnerType(), seen));
            for (Type argument : p.getActualTypeArguments()) {
                classes.addAll(classesIn(argument, seen));
            }
        } else if (type instanceof WildcardType w) {
            Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds())).forEach(b -> classes.addAll(classesIn(b, seen)));
        } else if (type instanceof TypeVariable<?> v) {
            Stream.of(v.getBounds()).forEach(b -> classes.addAll(classesIn(b, seen)));
        } else if (type instanceof GenericArrayType a) {
            classes.addAll(classesIn(a.getGenericComponentType(), seen));
        }
        return classes;
    }

    static boolean visible(Member member) {
        return Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers());
    }

    // Public types, nested ones included when every type around them is public, of the compiled
    // classes (target/classes) of each public package.
    static List<Class<?>> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Advisor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = new ArrayList<>();
        for (String pkg : PUBLIC_PACKAGES) {
            Path dir = classes.resolve(pkg.replace('.', '/'));
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<String> names;
            try (Stream<Path> files = Files.list(dir)) {
                names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
                        .map(n -> pkg + "." + n.substring(0, n.length() - ".class".length())).sorted().toList();
            }
            for (String name : names) {
                Class<?> type = Class.forName(name, false, Advisor.class.getClassLoader());
                if (publicAllTheWayOut(type)) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    private static boolean publicAllTheWayOut(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
                return false;
            }
        }
        return true;
    }
}
