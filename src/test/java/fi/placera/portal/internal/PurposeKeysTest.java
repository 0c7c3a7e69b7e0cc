package fi.placera.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.ParameterNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Every purpose the code can write to the access log has a text in Finnish, Swedish and English, so that the
 * client's "who has read my data" never shows a raw purpose (it showed {@code evaluation}).
 *
 * <p>The purposes are found in the compiled classes, not listed by hand: every {@code String} parameter named
 * {@code purpose} (javac keeps parameter names, {@code -parameters}) that carries its value on to the log row
 * ({@code AccessRecord}'s constructor) is a sink; at each call of a sink the analysis looks at the instruction that
 * produced the purpose argument. A constant is a purpose (through the prefixes a sink adds, such as
 * {@code "API: " + purpose}); a sink's own {@code purpose} parameter passed on is that sink's callers' business;
 * anything else fails the test, so a purpose computed at run time cannot slip past it.
 */
class PurposeKeysTest {

    private static final Path CLASSES = Path.of("target", "classes", "fi", "placera");
    private static final String RECORD = "fi/placera/audit/AccessRecord";
    /** The synthetic-data generator writes its rows with COPY, not through a sink; its purposes are these. */
    private static final Set<String> GENERATED = Set.of("caseload list", "client record");

    private static final Map<String, ClassNode> classes = new HashMap<>();
    /** Sink method (owner.name+descriptor) → the argument index of its purpose. */
    private static final Map<String, Integer> sinks = new HashMap<>();
    /** For each sink, what it passes its purpose on to: the next sink and the recipe applied (\u0001 = the purpose). */
    private static final Map<String, List<String[]>> passesOn = new HashMap<>();
    /** Constants passed to a sink: the sink and the constant, with where. */
    private static final List<String[]> constants = new ArrayList<>();
    /** Purposes that are not constants: the sink and where. */
    private static final List<String[]> notConstant = new ArrayList<>();

    @BeforeAll
    static void readTheClasses() throws IOException, AnalyzerException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                ClassNode node = new ClassNode();
                new ClassReader(Files.readAllBytes(file)).accept(node, 0);
                classes.put(node.name, node);
            }
        }
        for (ClassNode node : classes.values()) {
            for (MethodNode method : node.methods) {
                int index = purposeIndex(method);
                if (index >= 0) {
                    sinks.put(key(node.name, method.name, method.desc), index);
                }
            }
        }
        // an interface keeps no parameter names: its method is a sink where an implementation's is
        for (ClassNode node : classes.values()) {
            for (MethodNode method : node.methods) {
                String implementation = key(node.name, method.name, method.desc);
                if (sinks.containsKey(implementation)) {
                    declaredAbove(node, method).forEach(above -> {
                        sinks.putIfAbsent(above, sinks.get(implementation));
                        passesOn.computeIfAbsent(above, a -> new ArrayList<>())
                                .add(new String[] {implementation, "\u0001"});
                    });
                }
            }
        }
        for (ClassNode node : classes.values()) {
            for (MethodNode method : node.methods) {
                if (method.instructions.size() > 0) {
                    calls(node, method);
                }
            }
        }
    }

    /** The same method declared by the class's supertypes (Placera's own), as sink keys. */
    private static List<String> declaredAbove(ClassNode node, MethodNode method) {
        List<String> above = new ArrayList<>();
        List<String> supertypes = new ArrayList<>(node.interfaces);
        if (node.superName != null) {
            supertypes.add(node.superName);
        }
        for (String type : supertypes) {
            ClassNode supertype = classes.get(type);
            if (supertype == null) {
                continue;
            }
            if (supertype.methods.stream().anyMatch(m -> m.name.equals(method.name) && m.desc.equals(method.desc))) {
                above.add(key(type, method.name, method.desc));
            }
            above.addAll(declaredAbove(supertype, method));
        }
        return above;
    }

    /** The argument index of a String parameter named purpose, or -1. */
    private static int purposeIndex(MethodNode method) {
        if (method.parameters == null) {
            return -1;
        }
        Type[] arguments = Type.getArgumentTypes(method.desc);
        List<ParameterNode> named = method.parameters;
        int offset = arguments.length - named.size();
        for (int i = 0; i < named.size(); i++) {
            if ("purpose".equals(named.get(i).name) && arguments[i + offset].equals(Type.getType(String.class))) {
                return i + offset;
            }
        }
        return -1;
    }

    private static void calls(ClassNode owner, MethodNode method) throws AnalyzerException {
        Frame<SourceValue>[] frames = new Analyzer<>(new SourceInterpreter()).analyze(owner.name, method);
        String where = owner.name + "." + method.name;
        String caller = key(owner.name, method.name, method.desc);
        for (int at = 0; at < method.instructions.size(); at++) {
            AbstractInsnNode insn = method.instructions.get(at);
            if (!(insn instanceof MethodInsnNode call) || frames[at] == null) {
                continue;
            }
            String sink = resolve(call.owner, call.name, call.desc);
            if (sink == null) {
                continue;
            }
            Frame<SourceValue> frame = frames[at];
            int arguments = Type.getArgumentTypes(call.desc).length;
            SourceValue purpose = frame.getStack(frame.getStackSize() - arguments + sinks.get(sink));
            for (AbstractInsnNode source : purpose.insns) {
                produced(source, method, frames, sink, caller, where);
            }
        }
    }

    /** What the instruction that produced a purpose argument means. */
    private static void produced(AbstractInsnNode source, MethodNode method, Frame<SourceValue>[] frames, String sink,
            String caller, String where) {
        if (source instanceof LdcInsnNode ldc && ldc.cst instanceof String text) {
            constants.add(new String[] {sink, text, where});
        } else if (source instanceof VarInsnNode load && isPurposeVariable(method, load)) {
            passesOn.computeIfAbsent(caller, c -> new ArrayList<>()).add(new String[] {sink, "\u0001"});
        } else if (source instanceof InvokeDynamicInsnNode concat && "makeConcatWithConstants".equals(concat.name)
                && concat.bsmArgs.length == 1 && ((String) concat.bsmArgs[0]).chars().filter(c -> c == 1).count() == 1
                && concatOfPurpose(method, frames, concat)) {
            passesOn.computeIfAbsent(caller, c -> new ArrayList<>()).add(new String[] {sink, (String) concat.bsmArgs[0]});
        } else if (source instanceof FieldInsnNode field && field.owner.equals(RECORD) && "purpose".equals(field.name)) {
            // a record copied (asBreakGlass): the purpose it already had
        } else {
            notConstant.add(new String[] {sink, where});
        }
    }

    private static boolean isPurposeVariable(MethodNode method, VarInsnNode load) {
        if (method.localVariables == null) {
            return false;
        }
        return method.localVariables.stream().filter(local -> local.index == load.var)
                .map((LocalVariableNode local) -> local.name).anyMatch("purpose"::equals);
    }

    /** Whether the one value a concatenation adds is the method's purpose parameter. */
    private static boolean concatOfPurpose(MethodNode method, Frame<SourceValue>[] frames,
            InvokeDynamicInsnNode concat) {
        Frame<SourceValue> frame = frames[method.instructions.indexOf(concat)];
        SourceValue added = frame.getStack(frame.getStackSize() - 1);
        return added.insns.stream().allMatch(insn -> insn instanceof VarInsnNode load && isPurposeVariable(method, load));
    }

    /** The sink a call reaches, looking up the owner's supertypes; null when the call is not a sink. */
    private static String resolve(String owner, String name, String desc) {
        String key = key(owner, name, desc);
        if (sinks.containsKey(key)) {
            return key;
        }
        ClassNode node = classes.get(owner);
        if (node == null) {
            return null;
        }
        List<String> supertypes = new ArrayList<>(node.interfaces);
        if (node.superName != null) {
            supertypes.add(node.superName);
        }
        return supertypes.stream().map(type -> resolve(type, name, desc)).filter(found -> found != null).findFirst()
                .orElse(null);
    }

    /** Whether what a sink is given reaches the log. */
    private static boolean reachesTheLog(String sink, Set<String> seen) {
        if (sink.startsWith(RECORD + ".<init>")) {
            return true;
        }
        return seen.add(sink) && passesOn.getOrDefault(sink, List.of()).stream()
                .anyMatch(next -> reachesTheLog(next[0], seen));
    }

    /** The purposes a constant becomes in the log when passed to this sink; none when it never reaches the log. */
    private static Set<String> written(String sink, String purpose, Set<String> seen) {
        Set<String> purposes = new TreeSet<>();
        if (sink.startsWith(RECORD + ".<init>")) {
            purposes.add(purpose);
        }
        if (!seen.add(sink + purpose)) {
            return purposes;
        }
        for (String[] next : passesOn.getOrDefault(sink, List.of())) {
            purposes.addAll(written(next[0], next[1].replace("\u0001", purpose), seen));
        }
        return purposes;
    }

    private static Map<String, String> purposes() {
        Map<String, String> purposes = new TreeMap<>();
        for (String[] constant : constants) {
            written(constant[0], constant[1], new HashSet<>())
                    .forEach(purpose -> purposes.put(purpose, constant[2]));
        }
        GENERATED.forEach(purpose -> purposes.put(purpose, "generator.internal.AccessReads"));
        return purposes;
    }

    private static String key(String owner, String name, String desc) {
        return owner + "." + name + desc;
    }

    @Test
    void everyPurposeTheCodeCanWriteIsAConstantTheAnalysisSees() {
        assertThat(notConstant.stream().filter(found -> reachesTheLog(found[0], new HashSet<>()))
                .map(found -> found[1] + " → " + found[0]).toList())
                .as("purposes computed at run time cannot be checked for a text").isEmpty();
        assertThat(purposes()).as("the analysis finds the purposes").containsKeys("evaluation", "client record",
                "API: jobs", "safety alert", "erasure of the client's data (GDPR art. 17)");
    }

    @Test
    void everyPurposeHasATextInEachLanguage() throws IOException {
        Map<String, String> purposes = purposes();
        for (String language : List.of("fi", "sv", "en")) {
            Properties bundle = bundle(language);
            List<String> missing = purposes.entrySet().stream()
                    .filter(purpose -> bundle.getProperty(WhoReadMyData.purposeKey(purpose.getKey()), "").isBlank())
                    .map(purpose -> WhoReadMyData.purposeKey(purpose.getKey()) + " (\"" + purpose.getKey() + "\", "
                            + purpose.getValue() + ")")
                    .toList();
            assertThat(missing).as("purposes without a text in " + language).isEmpty();
        }
    }

    @Test
    void aPurposeKeyIsAPlainPropertiesKey() {
        assertThat(WhoReadMyData.purposeKey("API: employer contact")).isEqualTo("portal.purpose.api-employer-contact");
        assertThat(WhoReadMyData.purposeKey("erasure of the client's data (GDPR art. 17)"))
                .isEqualTo("portal.purpose.erasure-of-the-client-s-data-gdpr-art-17");
        assertThat(WhoReadMyData.purposeKey("care-team meeting")).isEqualTo("portal.purpose.care-team-meeting");
    }

    private static Properties bundle(String language) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src", "main", "resources", "messages_" + language
                + ".properties"))) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle;
    }
}
