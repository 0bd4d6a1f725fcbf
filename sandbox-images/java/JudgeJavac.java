import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles a submission whose public class may have any name, in one javac run inside this JVM.
 *
 * usage: JudgeJavac SOURCE... OUTDIR
 *        JudgeJavac --prestarted OUTDIR
 *
 * --prestarted, as the judge's pool starts it in a sandbox waiting for work: compiles a sample program in a scratch
 * directory (loading and warming up javac), then reads the compile command from stdin, NUL-separated
 * ("judge-javac-N [SOURCE...]", as the runner's EXEC_PRESTARTED hands it over), and compiles those sources (by
 * default OUTDIR/Main.java) into OUTDIR as above, in a fraction of a cold start's time.
 *
 * The sources are parsed first (quietly: the compile reports any error); each file object then
 * answers to the name of its public top-level class too, so "class X is public, should be declared in a file named X.java" cannot happen whatever
 * the file is called. Classes go to OUTDIR, and OUTDIR/run.args gets "-cp OUTDIR <main class>" for
 * the run command's java @argfile: the first source's top-level class with a static main method (the
 * public one first), else its public class, else its first class; the other sources (e.g. a
 * function-style problem's Solution.java beside the harness) never provide it. Diagnostics are
 * javac's, on stderr, naming each file by its path; the exit code is 0 when the compilation
 * succeeded, 1 when it did not (and then there is no run.args).
 */
public final class JudgeJavac {
    /** A source file, under its own path, answering to its public class's name too. */
    private static final class Source extends SimpleJavaFileObject {
        private final String text;
        volatile String publicName;

        Source(URI uri, String text) {
            super(uri, JavaFileObject.Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }

        @Override
        public boolean isNameCompatible(String simpleName, JavaFileObject.Kind kind) {
            return super.isNameCompatible(simpleName, kind)
                    || (kind == JavaFileObject.Kind.SOURCE && simpleName.equals(publicName));
        }
    }

    /** What a warm-up compiles: the library a contest program uses, then a compile error. */
    private static final String[] WARM_UP_SOURCES = {
        """
        import java.io.*;
        import java.util.*;
        import java.util.stream.*;
        public class Main {
            record Edge(int to, long weight) { }
            public static void main(String[] args) throws IOException {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
                StringTokenizer tokens = new StringTokenizer(in.readLine());
                int n = Integer.parseInt(tokens.nextToken());
                List<List<Edge>> graph = new ArrayList<>();
                Map<String, Integer> counts = new HashMap<>();
                PriorityQueue<long[]> queue = new PriorityQueue<>(Comparator.comparingLong(a -> a[0]));
                long total = IntStream.range(0, n).mapToLong(i -> (long) i * i).sum();
                StringBuilder out = new StringBuilder();
                out.append(total).append(' ').append(graph.size()).append(counts.getOrDefault("x", 0)).append(queue.size());
                System.out.println(out);
                new Scanner(System.in).nextInt();
            }
        }
        """,
        "public class Main { public static void main(String[] args) { int x = \"not a number\"; } }\n",
    };

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--prestarted")) {
            System.exit(prestarted(Path.of(args[1])));
        }
        if (args.length < 2) {
            System.err.println("usage: JudgeJavac SOURCE... OUTDIR | --prestarted OUTDIR");
            System.exit(2);
        }
        System.exit(compile(args, new PrintWriter(System.err, true)));
    }

    private static int prestarted(Path outDir) throws IOException {
        Path scratch = Files.createTempDirectory("judge-javac-warm-up");
        try {
            for (String source : WARM_UP_SOURCES) {
                Path sample = scratch.resolve("Main.java");
                Files.writeString(sample, source, StandardCharsets.UTF_8);
                compile(new String[] { sample.toString(), scratch.toString() }, new PrintWriter(Writer.nullWriter()));
            }
        } finally {
            try (Stream<Path> paths = Files.walk(scratch)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
        List<String> command = Arrays.stream(new String(System.in.readAllBytes(), StandardCharsets.UTF_8).split("\0"))
                .filter(word -> !word.isEmpty()).toList();
        List<String> args = new ArrayList<>(command.size() > 1 ? command.subList(1, command.size()) : List.of(outDir.resolve("Main.java").toString()));
        args.add(outDir.toString());
        return compile(args.toArray(String[]::new), new PrintWriter(System.err, true));
    }

    /** Compiles SOURCE... OUTDIR (see above), diagnostics to err; 0 compiled, 1 not. */
    private static int compile(String[] args, PrintWriter err) throws IOException {
        Path outDir = Path.of(args[args.length - 1]).toAbsolutePath();
        Files.deleteIfExists(outDir.resolve("run.args"));
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < args.length - 1; i++) {
            Path sourcePath = Path.of(args[i]).toAbsolutePath();
            // Decoded leniently: bytes that are not UTF-8 become U+FFFD instead of aborting the compile.
            String text = new String(Files.readAllBytes(sourcePath), StandardCharsets.UTF_8);
            sources.add(new Source(sourcePath.toUri(), text));
        }

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> options = List.of("-d", outDir.toString(), "-proc:none", "-implicit:none",
                "-encoding", "UTF-8", "-Xlint:none", "-Xmaxerrs", "50");
        JavacTask parse = (JavacTask) compiler.getTask(Writer.nullWriter(), null, diagnostic -> { }, options, null, sources);

        String packageName = "";
        String publicClass = null, publicMain = null, anyMain = null, first = null;
        for (CompilationUnitTree unit : parse.parse()) {
            // javac hands back its own wrapper of the file object; the URI tells which source it is.
            URI uri = unit.getSourceFile().toUri();
            Source source = sources.stream().filter(s -> s.toUri().equals(uri)).findFirst().orElseThrow();
            boolean isFirst = source == sources.get(0);
            if (isFirst && unit.getPackageName() != null) {
                packageName = unit.getPackageName().toString();
            }
            for (Tree type : unit.getTypeDecls()) {
                if (!(type instanceof ClassTree)) {
                    continue;
                }
                ClassTree c = (ClassTree) type;
                String name = c.getSimpleName().toString();
                if (name.isEmpty()) {
                    continue;
                }
                boolean isPublic = c.getModifiers().getFlags().contains(Modifier.PUBLIC);
                if (isPublic && source.publicName == null) source.publicName = name;
                if (!isFirst) {
                    continue;
                }
                boolean hasMain = hasStaticMain(c);
                if (first == null) first = name;
                if (isPublic && publicClass == null) publicClass = name;
                if (hasMain && isPublic && publicMain == null) publicMain = name;
                if (hasMain && anyMain == null) anyMain = name;
            }
        }

        boolean ok = compiler.getTask(err, null, null, options, null, sources).call();
        if (!ok) {
            err.flush();
            return 1;
        }
        String main = publicMain != null ? publicMain : anyMain != null ? anyMain : publicClass != null ? publicClass : first != null ? first : "Main";
        if (!packageName.isEmpty()) {
            main = packageName + "." + main;
        }
        Files.writeString(outDir.resolve("run.args"), "-cp " + outDir + " " + main + "\n", StandardCharsets.UTF_8);
        return 0;
    }

    private static boolean hasStaticMain(ClassTree c) {
        for (Tree member : c.getMembers()) {
            if (member instanceof MethodTree) {
                MethodTree m = (MethodTree) member;
                if (m.getName().contentEquals("main") && m.getParameters().size() == 1
                        && m.getModifiers().getFlags().contains(Modifier.STATIC)) {
                    return true;
                }
            }
        }
        return false;
    }
}
