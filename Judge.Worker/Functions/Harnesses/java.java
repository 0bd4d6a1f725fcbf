// The judge's harness (generated; the candidate's code is in {{solution_file}}): reads the arguments of
// {{function}}({{parameter_names}}) from stdin, one JSON value per line, calls the function once and writes its
// return value (a void function's in-place argument after the call) as one JSON value to {{result_path}}, never to
// stdout. One top-level class, JudgeHarness; JDK classes are named in full, so the candidate's own classes (Reader,
// Pair, Main...) cannot clash with them.
final class JudgeHarness {
{{#function}}
    public static void main(String[] judgeArgs) throws Throwable {
        In judgeIn = new In(new java.io.FileInputStream(java.io.FileDescriptor.in).readAllBytes());
        try {
            {{when_value}}var judgeSignature = Types.of{{parameter_count}}(false ? Solution::{{function}} : null);
            {{when_void}}var judgeSignature = Types.ofVoid{{parameter_count}}(false ? Solution::{{function}} : null);
            {{read_arguments}}
            judgeIn.end({{parameter_count}});
            {{when_value}}var result = new Solution().{{function}}({{arguments}});
            {{when_void}}new Solution().{{function}}({{arguments}});
            System.out.flush();
            try (Out judgeOut = new Out("{{result_path}}")) {
                judgeOut.write{{return_kind}}({{judged}});
            }
        } catch (In.Malformed e) {
            System.out.flush();
            System.err.println("cannot read the arguments: " + e.getMessage());
            System.exit(1);
        }
        System.out.flush();
        System.exit(0);
    }
{{/function}}
{{#design}}
    // A design problem: line 1 the calls' names (the class's first), line 2 their argument lists; one JSON array of
    // results, null for the constructor and void methods.
    public static void main(String[] judgeArgs) throws Throwable {
        In judgeIn = new In(new java.io.FileInputStream(java.io.FileDescriptor.in).readAllBytes());
        try {
            String[] judgeCalls = judgeIn.readStringArray("calls");
            judgeIn.calls();
            {{class}} judgeObject;
            {
                judgeIn.call();
                {{constructor_read_arguments}}
                judgeIn.endCall();
                judgeObject = new {{class}}({{constructor_arguments}});
            }
            try (Out judgeOut = new Out("{{result_path}}")) {
                judgeOut.ascii("[null");
                for (int judgeK = 1; judgeK < judgeCalls.length; judgeK++) {
                    judgeIn.call();
                    judgeOut.ascii(",");
                    switch (judgeCalls[judgeK]) {
{{#methods}}
                        case "{{method_name}}": {
                            {{method_read_arguments}}
                            judgeIn.endCall();
                            {{when_value}}var result = judgeObject.{{method}}({{method_arguments}});
                            {{when_value}}judgeOut.write{{method_return_kind}}(result);
                            {{when_void}}judgeObject.{{method}}({{method_arguments}});
                            {{when_void}}judgeOut.ascii("null");
                            break;
                        }
{{/methods}}
                        default: throw new In.Malformed("call " + (judgeK + 1) + ": no method " + judgeCalls[judgeK]);
                    }
                }
                judgeIn.endCalls(judgeCalls.length);
                judgeOut.ascii("]");
                System.out.flush();
            }
        } catch (In.Malformed e) {
            System.out.flush();
            System.err.println("cannot read the calls: " + e.getMessage());
            System.exit(1);
        }
        System.out.flush();
        System.exit(0);
    }
{{/design}}

    /** The arguments: all of stdin, parsed from its bytes. Whitespace may stand between any two tokens. */
    static final class In {
        /** An argument that does not parse as its parameter's type. */
        static final class Malformed extends RuntimeException {
            Malformed(String message) { super(message, null, false, false); }
        }

        private static final double[] POWERS = {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
            1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

        private final byte[] b;
        private final int n;
        private int p;
        private String name = "";
        private int index;

        In(byte[] input) { b = input; n = input.length; }

        // One method per kind ({Kind} of the ReadArgument pattern): each reads one line's value.
        int readInt(String parameter) { begin(parameter); int v = integer(); finish(); return v; }
        long readLong(String parameter) { begin(parameter); long v = long64(); finish(); return v; }
        double readDouble(String parameter) { begin(parameter); double v = real(); finish(); return v; }
        boolean readBool(String parameter) { begin(parameter); boolean v = bool(); finish(); return v; }
        String readString(String parameter) { begin(parameter); String v = string(); finish(); return v; }
        int[] readIntArray(String parameter) { begin(parameter); int[] v = intArray(); finish(); return v; }
        long[] readLongArray(String parameter) { begin(parameter); long[] v = longArray(); finish(); return v; }
        double[] readDoubleArray(String parameter) { begin(parameter); double[] v = doubleArray(); finish(); return v; }
        boolean[] readBoolArray(String parameter) { begin(parameter); boolean[] v = boolArray(); finish(); return v; }
        String[] readStringArray(String parameter) { begin(parameter); String[] v = stringArray(); finish(); return v; }

        char readChar(String parameter) { begin(parameter); char v = character(); finish(); return v; }
        char[] readCharArray(String parameter) { begin(parameter); char[] v = charArray(); finish(); return v; }

        // Arrays of arrays: rows read by the 1-D readers, grown by doubling.
        int[][] readIntArray2D(String parameter) { begin(parameter); int[][] v = rows(this::intArray, int[][]::new); finish(); return v; }
        long[][] readLongArray2D(String parameter) { begin(parameter); long[][] v = rows(this::longArray, long[][]::new); finish(); return v; }
        double[][] readDoubleArray2D(String parameter) { begin(parameter); double[][] v = rows(this::doubleArray, double[][]::new); finish(); return v; }
        boolean[][] readBoolArray2D(String parameter) { begin(parameter); boolean[][] v = rows(this::boolArray, boolean[][]::new); finish(); return v; }
        String[][] readStringArray2D(String parameter) { begin(parameter); String[][] v = rows(this::stringArray, String[][]::new); finish(); return v; }
        char[][] readCharArray2D(String parameter) { begin(parameter); char[][] v = rows(this::charArray, char[][]::new); finish(); return v; }
        int[][][] readIntArray3D(String parameter) { begin(parameter); int[][][] v = rows(() -> rows(this::intArray, int[][]::new), int[][][]::new); finish(); return v; }
        long[][][] readLongArray3D(String parameter) { begin(parameter); long[][][] v = rows(() -> rows(this::longArray, long[][]::new), long[][][]::new); finish(); return v; }
        double[][][] readDoubleArray3D(String parameter) { begin(parameter); double[][][] v = rows(() -> rows(this::doubleArray, double[][]::new), double[][][]::new); finish(); return v; }
        boolean[][][] readBoolArray3D(String parameter) { begin(parameter); boolean[][][] v = rows(() -> rows(this::boolArray, boolean[][]::new), boolean[][][]::new); finish(); return v; }
        String[][][] readStringArray3D(String parameter) { begin(parameter); String[][][] v = rows(() -> rows(this::stringArray, String[][]::new), String[][][]::new); finish(); return v; }
        char[][][] readCharArray3D(String parameter) { begin(parameter); char[][][] v = rows(() -> rows(this::charArray, char[][]::new), char[][][]::new); finish(); return v; }

{{#nodes}}
        ListNode readListNode(String parameter) { begin(parameter); ListNode v = listNode(); finish(); return v; }
        TreeNode readTreeNode(String parameter) { begin(parameter); TreeNode v = treeNode(); finish(); return v; }
        ListNode[] readListNodeArray(String parameter) { begin(parameter); ListNode[] v = rows(this::listNode, ListNode[]::new); finish(); return v; }
        TreeNode[] readTreeNodeArray(String parameter) { begin(parameter); TreeNode[] v = rows(this::treeNode, TreeNode[]::new); finish(); return v; }

        /** A list: the JSON array of its values ([] the null list). */
        private ListNode listNode() {
            ListNode head = new ListNode(), tail = head;
            if (open()) {
                do { tail = tail.next = new ListNode(integer()); } while (more());
            }
            return head.next;
        }

        /** A tree in level order, null for a missing child ([] the null tree). */
        private TreeNode treeNode() {
            TreeNode[] level = new TreeNode[16];
            int k = 0;
            if (open()) {
                do {
                    if (k == level.length) level = java.util.Arrays.copyOf(level, 2 * k);
                    skip();
                    if (word(p, "null")) { p += 4; level[k++] = null; }
                    else level[k++] = new TreeNode(integer());
                } while (more());
            }
            if (k == 0 || level[0] == null) {
                if (k > 1) throw fail("a tree whose root is null has no other node");
                return null;
            }
            int child = 1;
            for (int i = 0; i < k && child < k; i++) {
                if (level[i] == null) continue;
                level[i].left = level[child++];
                if (child < k) level[i].right = level[child++];
            }
            if (child < k) throw fail("a node has no parent in the level order");
            return level[0];
        }
{{/nodes}}

        // A design problem's calls: the second line is an array of argument lists; items are read from the current one.
        private int items;

        void calls() { begin("calls"); if (p >= n || b[p] != '[') throw fail("expected an array"); p++; items = -1; }

        void call() {
            skip();
            if (items >= 0) { if (p >= n || b[p] != ',') throw fail("expected ',' (fewer argument lists than calls)"); p++; skip(); }
            if (p >= n || b[p] != '[') throw fail("expected an argument list");
            p++;
            items = 0;
        }

        void endCall() { skip(); if (p >= n || b[p] != ']') throw fail("expected ']' (more arguments than the method takes)"); p++; }

        void endCalls(int count) {
            skip();
            if (p >= n || b[p] != ']') throw fail("more argument lists than the " + count + " calls");
            p++;
            finish();
            end(2);
        }

        private void item(String parameter) {
            name = parameter;
            skip();
            if (items++ > 0) { if (p >= n || b[p] != ',') throw fail("expected ',' (fewer arguments than the method takes)"); p++; }
        }

        int itemInt(String parameter) { item(parameter); return integer(); }
        long itemLong(String parameter) { item(parameter); return long64(); }
        double itemDouble(String parameter) { item(parameter); return real(); }
        boolean itemBool(String parameter) { item(parameter); return bool(); }
        String itemString(String parameter) { item(parameter); return string(); }
        char itemChar(String parameter) { item(parameter); return character(); }
        int[] itemIntArray(String parameter) { item(parameter); return intArray(); }
        long[] itemLongArray(String parameter) { item(parameter); return longArray(); }
        double[] itemDoubleArray(String parameter) { item(parameter); return doubleArray(); }
        boolean[] itemBoolArray(String parameter) { item(parameter); return boolArray(); }
        String[] itemStringArray(String parameter) { item(parameter); return stringArray(); }
        char[] itemCharArray(String parameter) { item(parameter); return charArray(); }
        int[][] itemIntArray2D(String parameter) { item(parameter); return rows(this::intArray, int[][]::new); }
        long[][] itemLongArray2D(String parameter) { item(parameter); return rows(this::longArray, long[][]::new); }
        double[][] itemDoubleArray2D(String parameter) { item(parameter); return rows(this::doubleArray, double[][]::new); }
        boolean[][] itemBoolArray2D(String parameter) { item(parameter); return rows(this::boolArray, boolean[][]::new); }
        String[][] itemStringArray2D(String parameter) { item(parameter); return rows(this::stringArray, String[][]::new); }
        char[][] itemCharArray2D(String parameter) { item(parameter); return rows(this::charArray, char[][]::new); }
{{#nodes}}
        ListNode itemListNode(String parameter) { item(parameter); return listNode(); }
        TreeNode itemTreeNode(String parameter) { item(parameter); return treeNode(); }
        ListNode[] itemListNodeArray(String parameter) { item(parameter); return rows(this::listNode, ListNode[]::new); }
        TreeNode[] itemTreeNodeArray(String parameter) { item(parameter); return rows(this::treeNode, TreeNode[]::new); }
{{/nodes}}
        int[][][] itemIntArray3D(String parameter) { item(parameter); return rows(() -> rows(this::intArray, int[][]::new), int[][][]::new); }
        long[][][] itemLongArray3D(String parameter) { item(parameter); return rows(() -> rows(this::longArray, long[][]::new), long[][][]::new); }
        double[][][] itemDoubleArray3D(String parameter) { item(parameter); return rows(() -> rows(this::doubleArray, double[][]::new), double[][][]::new); }
        boolean[][][] itemBoolArray3D(String parameter) { item(parameter); return rows(() -> rows(this::boolArray, boolean[][]::new), boolean[][][]::new); }
        String[][][] itemStringArray3D(String parameter) { item(parameter); return rows(() -> rows(this::stringArray, String[][]::new), String[][][]::new); }
        char[][][] itemCharArray3D(String parameter) { item(parameter); return rows(() -> rows(this::charArray, char[][]::new), char[][][]::new); }

        private <T> T[] rows(java.util.function.Supplier<T> row, java.util.function.IntFunction<T[]> make) {
            T[] a = make.apply(8);
            int k = 0;
            if (open()) {
                do {
                    if (k == a.length) a = java.util.Arrays.copyOf(a, 2 * k);
                    a[k++] = row.get();
                } while (more());
            }
            return k == a.length ? a : java.util.Arrays.copyOf(a, k);
        }

        /** After the last argument only whitespace may follow. */
        void end(int count) {
            name = "";
            skip();
            if (p < n) throw fail("more input than the " + count + " argument(s)");
        }

        private void begin(String parameter) {
            name = parameter;
            index++;
            skip();
            if (p >= n) throw fail("no value (the input ends)");
        }

        /** A value is alone on its line: spaces may follow it, then the end of the line or of the input. */
        private void finish() {
            while (p < n && (b[p] == ' ' || b[p] == '\t' || b[p] == '\r')) p++;
            if (p < n && b[p] != '\n') throw fail("unexpected '" + (char) (b[p] & 0xff) + "' after the value");
        }

        private void skip() {
            while (p < n) {
                byte c = b[p];
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
                p++;
            }
        }

        /** Reads '['; true when an element follows, false for an empty array (then ']' is read too). */
        private boolean open() {
            skip();
            if (p >= n || b[p] != '[') throw fail("expected an array");
            p++;
            skip();
            if (p < n && b[p] == ']') { p++; return false; }
            return true;
        }

        /** After an element: true on ',' (another element follows), false on ']'. */
        private boolean more() {
            skip();
            if (p < n) {
                byte c = b[p++];
                if (c == ',') return true;
                if (c == ']') return false;
                p--;
            }
            throw fail("expected ',' or ']'");
        }

        private int[] intArray() {
            int[] a = new int[16];
            int k = 0;
            if (open()) {
                do {
                    if (k == a.length) a = java.util.Arrays.copyOf(a, 2 * k);
                    a[k++] = integer();
                } while (more());
            }
            return k == a.length ? a : java.util.Arrays.copyOf(a, k);
        }

        private long[] longArray() {
            long[] a = new long[16];
            int k = 0;
            if (open()) {
                do {
                    if (k == a.length) a = java.util.Arrays.copyOf(a, 2 * k);
                    a[k++] = long64();
                } while (more());
            }
            return k == a.length ? a : java.util.Arrays.copyOf(a, k);
        }

        private double[] doubleArray() {
            double[] a = new double[16];
            int k = 0;
            if (open()) {
                do {
                    if (k == a.length) a = java.util.Arrays.copyOf(a, 2 * k);
                    a[k++] = real();
                } while (more());
            }
            return k == a.length ? a : java.util.Arrays.copyOf(a, k);
        }

        private boolean[] boolArray() {
            boolean[] a = new boolean[16];
            int k = 0;
            if (open()) {
                do {
                    if (k == a.length) a = java.util.Arrays.copyOf(a, 2 * k);
                    a[k++] = bool();
                } while (more());
            }
            return k == a.length ? a : java.util.Arrays.copyOf(a, k);
        }

        private String[] stringArray() {
            String[] a = new String[16];
            int k = 0;
            if (open()) {
                do {
                    if (k == a.length) a = java.util.Arrays.copyOf(a, 2 * k);
                    a[k++] = string();
                } while (more());
            }
            return k == a.length ? a : java.util.Arrays.copyOf(a, k);
        }

        private char[] charArray() {
            char[] a = new char[16];
            int k = 0;
            if (open()) {
                do {
                    if (k == a.length) a = java.util.Arrays.copyOf(a, 2 * k);
                    a[k++] = character();
                } while (more());
            }
            return k == a.length ? a : java.util.Arrays.copyOf(a, k);
        }

        /** A char: a JSON string of exactly one character. */
        private char character() {
            int at = p;
            String s = string();
            if (s.length() != 1) { p = at; throw fail("expected a string of one character"); }
            return s.charAt(0);
        }

        /** A JSON integer in the 32-bit range: at most 10 digits, accumulated in a long, checked once. */
        private int integer() {
            skip();
            int i = p;
            boolean negative = i < n && b[i] == '-';
            if (negative) i++;
            int start = i;
            long v = 0;
            while (i < n) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) break;
                v = v * 10 + d;
                if (++i - start > 10) throw fail("the integer is out of the 32-bit range");
            }
            if (i == start || (i < n && (b[i] == '.' || b[i] == 'e' || b[i] == 'E'))) throw fail("expected an integer");
            if (negative) v = -v;
            if (v != (int) v) throw fail("the integer " + v + " is out of the 32-bit range");
            p = i;
            return (int) v;
        }

        /** A JSON integer (no fraction, no exponent) in the 64-bit range; accumulated negatively as Long.parseLong does. */
        private long long64() {
            skip();
            int i = p;
            boolean negative = i < n && b[i] == '-';
            if (negative) i++;
            int start = i;
            long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
            long v = 0;
            while (i < n) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) break;
                if (v < Long.MIN_VALUE / 10 || v * 10 < limit + d) throw fail("the integer is out of the 64-bit range");
                v = v * 10 - d;
                i++;
            }
            if (i == start || (i < n && (b[i] == '.' || b[i] == 'e' || b[i] == 'E'))) throw fail("expected an integer");
            p = i;
            return negative ? v : -v;
        }

        /**
         * A JSON number (or NaN, Infinity, -Infinity). Up to 19 significant digits with a power of ten up to 22 are
         * converted exactly when the digits fit in 53 bits (one correctly rounded operation); anything else by
         * Double.parseDouble, which rounds correctly.
         */
        private double real() {
            skip();
            int start = p, i = p;
            boolean negative = i < n && b[i] == '-';
            if (negative) i++;
            if (i < n && (b[i] == 'N' || b[i] == 'I')) {
                if (!negative && word(i, "NaN")) { p = i + 3; return Double.NaN; }
                if (word(i, "Infinity")) { p = i + 8; return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY; }
                throw fail("expected a number");
            }
            long m = 0;
            int digits = 0, exponent = 0, intDigits = 0;
            boolean exact = true;
            for (; i < n; i++, intDigits++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) break;
                if (digits < 19) { m = m * 10 + d; if (m != 0) digits++; }
                else { exponent++; exact &= d == 0; }
            }
            if (intDigits == 0) throw fail("expected a number");
            if (i < n && b[i] == '.') {
                int fraction = 0;
                for (i++; i < n; i++, fraction++) {
                    int d = b[i] - '0';
                    if (d < 0 || d > 9) break;
                    if (digits < 19) { m = m * 10 + d; if (m != 0) digits++; exponent--; }
                    else exact &= d == 0;
                }
                if (fraction == 0) throw fail("expected a digit after '.'");
            }
            if (i < n && (b[i] == 'e' || b[i] == 'E')) {
                i++;
                boolean negativeExponent = i < n && b[i] == '-';
                if (i < n && (b[i] == '-' || b[i] == '+')) i++;
                int e = 0, expDigits = 0;
                for (; i < n; i++, expDigits++) {
                    int d = b[i] - '0';
                    if (d < 0 || d > 9) break;
                    if (e < 100_000_000) e = e * 10 + d;
                }
                if (expDigits == 0) throw fail("expected a digit in the exponent");
                exponent += negativeExponent ? -e : e;
            }
            p = i;
            if (exact && m < (1L << 53) && exponent >= -22 && exponent <= 22) {
                double v = exponent >= 0 ? m * POWERS[exponent] : m / POWERS[-exponent];
                return negative ? -v : v;
            }
            return Double.parseDouble(new String(b, start, i - start, java.nio.charset.StandardCharsets.ISO_8859_1));
        }

        private boolean bool() {
            skip();
            if (word(p, "true")) { p += 4; return true; }
            if (word(p, "false")) { p += 5; return false; }
            throw fail("expected true or false");
        }

        private boolean word(int at, String w) {
            if (at + w.length() > n) return false;
            for (int j = 0; j < w.length(); j++) if (b[at + j] != w.charAt(j)) return false;
            return true;
        }

        /** A JSON string: UTF-8 between the quotes, with escapes (\\uXXXX pairs make one supplementary character). */
        private String string() {
            skip();
            if (p >= n || b[p] != '"') throw fail("expected a string");
            int i = ++p;
            boolean ascii = true;
            while (i < n && b[i] != '"' && b[i] != '\\') { ascii &= b[i] >= 0; i++; }
            if (i >= n) throw fail("the string does not end");
            if (b[i] == '"') {
                String s = new String(b, p, i - p, ascii ? java.nio.charset.StandardCharsets.ISO_8859_1 : java.nio.charset.StandardCharsets.UTF_8);
                p = i + 1;
                return s;
            }
            StringBuilder s = new StringBuilder(i - p + 16);
            int run = p;
            while (true) {
                if (i >= n) throw fail("the string does not end");
                byte c = b[i];
                if (c == '"') break;
                if (c != '\\') { i++; continue; }
                if (i > run) s.append(new String(b, run, i - run, java.nio.charset.StandardCharsets.UTF_8));
                if (i + 1 >= n) throw fail("the string does not end");
                byte e = b[i + 1];
                i += 2;
                switch (e) {
                    case '"': s.append('"'); break;
                    case '\\': s.append('\\'); break;
                    case '/': s.append('/'); break;
                    case 'b': s.append('\b'); break;
                    case 'f': s.append('\f'); break;
                    case 'n': s.append('\n'); break;
                    case 'r': s.append('\r'); break;
                    case 't': s.append('\t'); break;
                    case 'u': {
                        if (i + 4 > n) throw fail("expected four hex digits after \\u");
                        int v = 0;
                        for (int j = 0; j < 4; j++) {
                            int h = Character.digit(b[i + j], 16);
                            if (h < 0) throw fail("expected four hex digits after \\u");
                            v = v * 16 + h;
                        }
                        s.append((char) v);
                        i += 4;
                        break;
                    }
                    default: p = i - 1; throw fail("unknown escape \\" + (char) (e & 0xff));
                }
                run = i;
            }
            if (i > run) s.append(new String(b, run, i - run, java.nio.charset.StandardCharsets.UTF_8));
            p = i + 1;
            return s.toString();
        }

        private Malformed fail(String what) {
            int line = 1, column = 1;
            for (int j = 0; j < p && j < n; j++) {
                if (b[j] == '\n') { line++; column = 1; } else column++;
            }
            String where = name.isEmpty() ? "line " + line : "argument " + index + " (" + name + "), line " + line + " column " + column;
            return new Malformed(where + ": " + what);
        }
    }

    /** The return value as JSON, buffered, to the result file. */
    static final class Out implements AutoCloseable {
        private final java.io.FileOutputStream file;
        private final byte[] buf = new byte[1 << 16];
        private int len;

        Out(String path) throws java.io.IOException { file = new java.io.FileOutputStream(path); }

        // One method per kind of return value: write + the return kind (IntArray...).
        void writeInt(int v) throws java.io.IOException { room(11); number(v); }
        void writeLong(long v) throws java.io.IOException { room(20); number(v); }
        void writeDouble(double v) throws java.io.IOException { real(v); }
        void writeBool(boolean v) throws java.io.IOException { ascii(v ? "true" : "false"); }
        void writeString(String v) throws java.io.IOException { string(v); }
        void writeInt(Integer v) throws java.io.IOException { any(v); }
        void writeLong(Long v) throws java.io.IOException { any(v); }
        void writeDouble(Double v) throws java.io.IOException { any(v); }
        void writeBool(Boolean v) throws java.io.IOException { any(v); }

        void writeIntArray(int[] a) throws java.io.IOException {
            if (a == null) { ascii("null"); return; }
            room(1); buf[len++] = '[';
            for (int i = 0; i < a.length; i++) { room(12); if (i > 0) buf[len++] = ','; number(a[i]); }
            room(1); buf[len++] = ']';
        }

        void writeLongArray(long[] a) throws java.io.IOException {
            if (a == null) { ascii("null"); return; }
            room(1); buf[len++] = '[';
            for (int i = 0; i < a.length; i++) { room(21); if (i > 0) buf[len++] = ','; number(a[i]); }
            room(1); buf[len++] = ']';
        }

        void writeDoubleArray(double[] a) throws java.io.IOException {
            if (a == null) { ascii("null"); return; }
            room(1); buf[len++] = '[';
            for (int i = 0; i < a.length; i++) { if (i > 0) { room(1); buf[len++] = ','; } real(a[i]); }
            room(1); buf[len++] = ']';
        }

        void writeBoolArray(boolean[] a) throws java.io.IOException {
            if (a == null) { ascii("null"); return; }
            room(1); buf[len++] = '[';
            for (int i = 0; i < a.length; i++) { if (i > 0) { room(1); buf[len++] = ','; } ascii(a[i] ? "true" : "false"); }
            room(1); buf[len++] = ']';
        }

        void writeStringArray(String[] a) throws java.io.IOException {
            if (a == null) { ascii("null"); return; }
            room(1); buf[len++] = '[';
            for (int i = 0; i < a.length; i++) { if (i > 0) { room(1); buf[len++] = ','; } string(a[i]); }
            room(1); buf[len++] = ']';
        }

        void writeChar(char v) throws java.io.IOException { string(String.valueOf(v)); }
        void writeChar(Character v) throws java.io.IOException { any(v); }

        void writeCharArray(char[] a) throws java.io.IOException {
            if (a == null) { ascii("null"); return; }
            room(1); buf[len++] = '[';
            for (int i = 0; i < a.length; i++) { if (i > 0) { room(1); buf[len++] = ','; } string(String.valueOf(a[i])); }
            room(1); buf[len++] = ']';
        }

        // Arrays of arrays, and the candidate's collections where the signature says an array (List<Integer> for int[],
        // List<List<String>> or List<String[]> for String[][]...): any Iterable, boxed elements, null anywhere.
        void writeIntArray2D(int[][] a) throws java.io.IOException { rows(a, this::writeIntArray); }
        void writeIntArray3D(int[][][] a) throws java.io.IOException { rows(a, this::writeIntArray2D); }
        void writeIntArray(Iterable<Integer> a) throws java.io.IOException { any(a); }
        void writeIntArray2D(Iterable<? extends Iterable<Integer>> a) throws java.io.IOException { any(a); }
        void writeIntArray2D(java.util.Collection<int[]> a) throws java.io.IOException { any(a); }
        void writeIntArray3D(Iterable<? extends Iterable<? extends Iterable<Integer>>> a) throws java.io.IOException { any(a); }
        void writeIntArray3D(java.util.Collection<int[][]> a) throws java.io.IOException { any(a); }
        void writeLongArray2D(long[][] a) throws java.io.IOException { rows(a, this::writeLongArray); }
        void writeLongArray3D(long[][][] a) throws java.io.IOException { rows(a, this::writeLongArray2D); }
        void writeLongArray(Iterable<Long> a) throws java.io.IOException { any(a); }
        void writeLongArray2D(Iterable<? extends Iterable<Long>> a) throws java.io.IOException { any(a); }
        void writeLongArray2D(java.util.Collection<long[]> a) throws java.io.IOException { any(a); }
        void writeLongArray3D(Iterable<? extends Iterable<? extends Iterable<Long>>> a) throws java.io.IOException { any(a); }
        void writeLongArray3D(java.util.Collection<long[][]> a) throws java.io.IOException { any(a); }
        void writeDoubleArray2D(double[][] a) throws java.io.IOException { rows(a, this::writeDoubleArray); }
        void writeDoubleArray3D(double[][][] a) throws java.io.IOException { rows(a, this::writeDoubleArray2D); }
        void writeDoubleArray(Iterable<Double> a) throws java.io.IOException { any(a); }
        void writeDoubleArray2D(Iterable<? extends Iterable<Double>> a) throws java.io.IOException { any(a); }
        void writeDoubleArray2D(java.util.Collection<double[]> a) throws java.io.IOException { any(a); }
        void writeDoubleArray3D(Iterable<? extends Iterable<? extends Iterable<Double>>> a) throws java.io.IOException { any(a); }
        void writeDoubleArray3D(java.util.Collection<double[][]> a) throws java.io.IOException { any(a); }
        void writeBoolArray2D(boolean[][] a) throws java.io.IOException { rows(a, this::writeBoolArray); }
        void writeBoolArray3D(boolean[][][] a) throws java.io.IOException { rows(a, this::writeBoolArray2D); }
        void writeBoolArray(Iterable<Boolean> a) throws java.io.IOException { any(a); }
        void writeBoolArray2D(Iterable<? extends Iterable<Boolean>> a) throws java.io.IOException { any(a); }
        void writeBoolArray2D(java.util.Collection<boolean[]> a) throws java.io.IOException { any(a); }
        void writeBoolArray3D(Iterable<? extends Iterable<? extends Iterable<Boolean>>> a) throws java.io.IOException { any(a); }
        void writeBoolArray3D(java.util.Collection<boolean[][]> a) throws java.io.IOException { any(a); }
        void writeStringArray2D(String[][] a) throws java.io.IOException { rows(a, this::writeStringArray); }
        void writeStringArray3D(String[][][] a) throws java.io.IOException { rows(a, this::writeStringArray2D); }
        void writeStringArray(Iterable<String> a) throws java.io.IOException { any(a); }
        void writeStringArray2D(Iterable<? extends Iterable<String>> a) throws java.io.IOException { any(a); }
        void writeStringArray2D(java.util.Collection<String[]> a) throws java.io.IOException { any(a); }
        void writeStringArray3D(Iterable<? extends Iterable<? extends Iterable<String>>> a) throws java.io.IOException { any(a); }
        void writeStringArray3D(java.util.Collection<String[][]> a) throws java.io.IOException { any(a); }
        void writeCharArray2D(char[][] a) throws java.io.IOException { rows(a, this::writeCharArray); }
        void writeCharArray3D(char[][][] a) throws java.io.IOException { rows(a, this::writeCharArray2D); }
        void writeCharArray(Iterable<Character> a) throws java.io.IOException { any(a); }
        void writeCharArray2D(Iterable<? extends Iterable<Character>> a) throws java.io.IOException { any(a); }
        void writeCharArray2D(java.util.Collection<char[]> a) throws java.io.IOException { any(a); }
        void writeCharArray3D(Iterable<? extends Iterable<? extends Iterable<Character>>> a) throws java.io.IOException { any(a); }
        void writeCharArray3D(java.util.Collection<char[][]> a) throws java.io.IOException { any(a); }

{{#nodes}}
        /** A list's values; a list with a cycle stops after 1,000,001 nodes (it then differs from any answer). */
        void writeListNode(ListNode h) throws java.io.IOException {
            room(1); buf[len++] = '[';
            for (int i = 0; h != null && i <= 1_000_000; i++, h = h.next) { room(12); if (i > 0) buf[len++] = ','; number(h.val); }
            room(1); buf[len++] = ']';
        }

        /** A tree in level order, null for a missing child, without trailing nulls; one that is no tree (a cycle) stops after 1,000,001 entries. */
        void writeTreeNode(TreeNode root) throws java.io.IOException {
            room(1); buf[len++] = '[';
            if (root != null) {
                java.util.ArrayList<TreeNode> q = new java.util.ArrayList<>();
                q.add(root);
                int last = 0;
                for (int i = 0; i < q.size() && i <= 1_000_000; i++) {
                    TreeNode t = q.get(i);
                    if (t != null) { last = i; q.add(t.left); q.add(t.right); }
                }
                for (int i = 0; i <= last; i++) {
                    TreeNode t = q.get(i);
                    room(12);
                    if (i > 0) buf[len++] = ',';
                    if (t == null) { buf[len++] = 'n'; buf[len++] = 'u'; buf[len++] = 'l'; buf[len++] = 'l'; } else number(t.val);
                }
            }
            room(1); buf[len++] = ']';
        }

        void writeListNodeArray(ListNode[] a) throws java.io.IOException { rows(a, this::writeListNode); }
        void writeTreeNodeArray(TreeNode[] a) throws java.io.IOException { rows(a, this::writeTreeNode); }
        void writeListNodeArray(Iterable<ListNode> a) throws java.io.IOException {
            if (a == null) { ascii("null"); return; }
            room(1); buf[len++] = '[';
            boolean first = true;
            for (ListNode e : a) { if (!first) { room(1); buf[len++] = ','; } first = false; writeListNode(e); }
            room(1); buf[len++] = ']';
        }
        void writeTreeNodeArray(Iterable<TreeNode> a) throws java.io.IOException {
            if (a == null) { ascii("null"); return; }
            room(1); buf[len++] = '[';
            boolean first = true;
            for (TreeNode e : a) { if (!first) { room(1); buf[len++] = ','; } first = false; writeTreeNode(e); }
            room(1); buf[len++] = ']';
        }
{{/nodes}}

        private interface Writer<T> { void write(T value) throws java.io.IOException; }

        private <T> void rows(T[] a, Writer<T> row) throws java.io.IOException {
            if (a == null) { ascii("null"); return; }
            room(1); buf[len++] = '[';
            for (int i = 0; i < a.length; i++) { if (i > 0) { room(1); buf[len++] = ','; } row.write(a[i]); }
            room(1); buf[len++] = ']';
        }

        /** A value of the candidate's collections, by its runtime type (the compiler checked its element type). */
        private void any(Object v) throws java.io.IOException {
            if (v == null) ascii("null");
            else if (v instanceof Integer) { room(11); number((Integer) v); }
            else if (v instanceof Long) { room(20); number((Long) v); }
            else if (v instanceof Double) real((Double) v);
            else if (v instanceof Boolean) ascii((Boolean) v ? "true" : "false");
            else if (v instanceof String) string((String) v);
            else if (v instanceof Character) string(String.valueOf((char) (Character) v));
            else if (v instanceof int[]) writeIntArray((int[]) v);
            else if (v instanceof long[]) writeLongArray((long[]) v);
            else if (v instanceof double[]) writeDoubleArray((double[]) v);
            else if (v instanceof boolean[]) writeBoolArray((boolean[]) v);
            else if (v instanceof String[]) writeStringArray((String[]) v);
            else if (v instanceof char[]) writeCharArray((char[]) v);
            else if (v instanceof Object[]) rows((Object[]) v, this::any);
            else {
                room(1); buf[len++] = '[';
                boolean first = true;
                for (Object e : (Iterable<?>) v) {
                    if (!first) { room(1); buf[len++] = ','; }
                    first = false;
                    any(e);
                }
                room(1); buf[len++] = ']';
            }
        }

        @Override
        public void close() throws java.io.IOException {
            file.write(buf, 0, len);
            len = 0;
            file.close();
        }

        /** Makes room for k more bytes (k is at most the buffer's size). */
        private void room(int k) throws java.io.IOException {
            if (len + k > buf.length) { file.write(buf, 0, len); len = 0; }
        }

        void ascii(String s) throws java.io.IOException {
            room(s.length());
            for (int i = 0; i < s.length(); i++) buf[len++] = (byte) s.charAt(i);
        }

        /** Decimal digits of v; the caller has made room for 20 bytes. */
        private void number(long v) {
            if (v == Long.MIN_VALUE) {
                for (int i = 0; i < 20; i++) buf[len++] = (byte) "-9223372036854775808".charAt(i);
                return;
            }
            if (v < 0) { buf[len++] = '-'; v = -v; }
            int end = len + digits(v);
            len = end;
            do { buf[--end] = (byte) ('0' + v % 10); v /= 10; } while (v != 0);
        }

        private static int digits(long v) {
            int d = 1;
            while (v >= 10) { v /= 10; d++; }
            return d;
        }

        /** Double.toString gives a form that reads back to the same double, and NaN, Infinity, -Infinity as such. */
        private void real(double v) throws java.io.IOException {
            if (v == (long) v && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
                room(20); number((long) v); room(2); buf[len++] = '.'; buf[len++] = '0';
                return;
            }
            ascii(Double.toString(v));
        }

        /** JSON-escaped; non-ASCII as UTF-8, a lone surrogate (not UTF-8 encodable) as \\uXXXX. */
        private void string(String s) throws java.io.IOException {
            if (s == null) { ascii("null"); return; }
            room(1); buf[len++] = '"';
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                room(12);
                if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                    buf[len++] = (byte) c;
                } else if (c == '"' || c == '\\') {
                    buf[len++] = '\\'; buf[len++] = (byte) c;
                } else if (c == '\n') {
                    buf[len++] = '\\'; buf[len++] = 'n';
                } else if (c == '\r') {
                    buf[len++] = '\\'; buf[len++] = 'r';
                } else if (c == '\t') {
                    buf[len++] = '\\'; buf[len++] = 't';
                } else if (c < 0x20) {
                    escape(c);
                } else if (c < 0x800) {
                    buf[len++] = (byte) (0xC0 | c >> 6); buf[len++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    buf[len++] = (byte) (0xF0 | cp >> 18); buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F); buf[len++] = (byte) (0x80 | cp & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    escape(c);
                } else {
                    buf[len++] = (byte) (0xE0 | c >> 12); buf[len++] = (byte) (0x80 | c >> 6 & 0x3F); buf[len++] = (byte) (0x80 | c & 0x3F);
                }
            }
            room(1); buf[len++] = '"';
        }

        private void escape(char c) {
            buf[len++] = '\\'; buf[len++] = 'u';
            for (int shift = 12; shift >= 0; shift -= 4) buf[len++] = (byte) "0123456789abcdef".charAt(c >> shift & 0xF);
        }
    }

{{#function}}
    /**
     * The candidate's declaration, seen by the compiler: of<n>(false ? Solution::f : null) infers the types of f's
     * parameters from the method itself (A0... boxed for primitives; the method reference is never evaluated, so no
     * lambda bootstrap at run time), and each argument goes through as<Kind>(a<i>, value), overloaded
     * on those types: the array as read when the candidate declared the signature's own type (no copy), a boxed
     * ArrayList when a collection (List<Integer> for int[]; List<List<String>> or List<String[]> for String[][]).
     * A type of neither kind has no overload: a compile error on that argument's line.
     */
    static final class Types {
        private Types() { }

        /** The inferred types, as fields (always null): only their static types are used. */
        static final class Of<R, A0, A1, A2, A3, A4, A5, A6, A7, A8, A9> {
            R r; A0 a0; A1 a1; A2 a2; A3 a3; A4 a4; A5 a5; A6 a6; A7 a7; A8 a8; A9 a9;
        }
        interface I0<R> { R apply(Solution s) throws Throwable; }
        interface S0<R> { R apply() throws Throwable; }
        interface VI0<R> { void apply(Solution s) throws Throwable; }
        interface VS0<R> { void apply() throws Throwable; }
        static <R> Of<R, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object> of0(I0<R> f) { return new Of<>(); }
        static <R> Of<R, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object> of0(S0<R> f) { return new Of<>(); }
        static <R> Of<R, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object> ofVoid0(VI0<R> f) { return new Of<>(); }
        static <R> Of<R, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object> ofVoid0(VS0<R> f) { return new Of<>(); }
        interface I1<R, A0> { R apply(Solution s, A0 a0) throws Throwable; }
        interface S1<R, A0> { R apply(A0 a0) throws Throwable; }
        interface VI1<R, A0> { void apply(Solution s, A0 a0) throws Throwable; }
        interface VS1<R, A0> { void apply(A0 a0) throws Throwable; }
        static <R, A0> Of<R, A0, Object, Object, Object, Object, Object, Object, Object, Object, Object> of1(I1<R, A0> f) { return new Of<>(); }
        static <R, A0> Of<R, A0, Object, Object, Object, Object, Object, Object, Object, Object, Object> of1(S1<R, A0> f) { return new Of<>(); }
        static <R, A0> Of<R, A0, Object, Object, Object, Object, Object, Object, Object, Object, Object> ofVoid1(VI1<R, A0> f) { return new Of<>(); }
        static <R, A0> Of<R, A0, Object, Object, Object, Object, Object, Object, Object, Object, Object> ofVoid1(VS1<R, A0> f) { return new Of<>(); }
        interface I2<R, A0, A1> { R apply(Solution s, A0 a0, A1 a1) throws Throwable; }
        interface S2<R, A0, A1> { R apply(A0 a0, A1 a1) throws Throwable; }
        interface VI2<R, A0, A1> { void apply(Solution s, A0 a0, A1 a1) throws Throwable; }
        interface VS2<R, A0, A1> { void apply(A0 a0, A1 a1) throws Throwable; }
        static <R, A0, A1> Of<R, A0, A1, Object, Object, Object, Object, Object, Object, Object, Object> of2(I2<R, A0, A1> f) { return new Of<>(); }
        static <R, A0, A1> Of<R, A0, A1, Object, Object, Object, Object, Object, Object, Object, Object> of2(S2<R, A0, A1> f) { return new Of<>(); }
        static <R, A0, A1> Of<R, A0, A1, Object, Object, Object, Object, Object, Object, Object, Object> ofVoid2(VI2<R, A0, A1> f) { return new Of<>(); }
        static <R, A0, A1> Of<R, A0, A1, Object, Object, Object, Object, Object, Object, Object, Object> ofVoid2(VS2<R, A0, A1> f) { return new Of<>(); }
        interface I3<R, A0, A1, A2> { R apply(Solution s, A0 a0, A1 a1, A2 a2) throws Throwable; }
        interface S3<R, A0, A1, A2> { R apply(A0 a0, A1 a1, A2 a2) throws Throwable; }
        interface VI3<R, A0, A1, A2> { void apply(Solution s, A0 a0, A1 a1, A2 a2) throws Throwable; }
        interface VS3<R, A0, A1, A2> { void apply(A0 a0, A1 a1, A2 a2) throws Throwable; }
        static <R, A0, A1, A2> Of<R, A0, A1, A2, Object, Object, Object, Object, Object, Object, Object> of3(I3<R, A0, A1, A2> f) { return new Of<>(); }
        static <R, A0, A1, A2> Of<R, A0, A1, A2, Object, Object, Object, Object, Object, Object, Object> of3(S3<R, A0, A1, A2> f) { return new Of<>(); }
        static <R, A0, A1, A2> Of<R, A0, A1, A2, Object, Object, Object, Object, Object, Object, Object> ofVoid3(VI3<R, A0, A1, A2> f) { return new Of<>(); }
        static <R, A0, A1, A2> Of<R, A0, A1, A2, Object, Object, Object, Object, Object, Object, Object> ofVoid3(VS3<R, A0, A1, A2> f) { return new Of<>(); }
        interface I4<R, A0, A1, A2, A3> { R apply(Solution s, A0 a0, A1 a1, A2 a2, A3 a3) throws Throwable; }
        interface S4<R, A0, A1, A2, A3> { R apply(A0 a0, A1 a1, A2 a2, A3 a3) throws Throwable; }
        interface VI4<R, A0, A1, A2, A3> { void apply(Solution s, A0 a0, A1 a1, A2 a2, A3 a3) throws Throwable; }
        interface VS4<R, A0, A1, A2, A3> { void apply(A0 a0, A1 a1, A2 a2, A3 a3) throws Throwable; }
        static <R, A0, A1, A2, A3> Of<R, A0, A1, A2, A3, Object, Object, Object, Object, Object, Object> of4(I4<R, A0, A1, A2, A3> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3> Of<R, A0, A1, A2, A3, Object, Object, Object, Object, Object, Object> of4(S4<R, A0, A1, A2, A3> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3> Of<R, A0, A1, A2, A3, Object, Object, Object, Object, Object, Object> ofVoid4(VI4<R, A0, A1, A2, A3> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3> Of<R, A0, A1, A2, A3, Object, Object, Object, Object, Object, Object> ofVoid4(VS4<R, A0, A1, A2, A3> f) { return new Of<>(); }
        interface I5<R, A0, A1, A2, A3, A4> { R apply(Solution s, A0 a0, A1 a1, A2 a2, A3 a3, A4 a4) throws Throwable; }
        interface S5<R, A0, A1, A2, A3, A4> { R apply(A0 a0, A1 a1, A2 a2, A3 a3, A4 a4) throws Throwable; }
        interface VI5<R, A0, A1, A2, A3, A4> { void apply(Solution s, A0 a0, A1 a1, A2 a2, A3 a3, A4 a4) throws Throwable; }
        interface VS5<R, A0, A1, A2, A3, A4> { void apply(A0 a0, A1 a1, A2 a2, A3 a3, A4 a4) throws Throwable; }
        static <R, A0, A1, A2, A3, A4> Of<R, A0, A1, A2, A3, A4, Object, Object, Object, Object, Object> of5(I5<R, A0, A1, A2, A3, A4> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3, A4> Of<R, A0, A1, A2, A3, A4, Object, Object, Object, Object, Object> of5(S5<R, A0, A1, A2, A3, A4> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3, A4> Of<R, A0, A1, A2, A3, A4, Object, Object, Object, Object, Object> ofVoid5(VI5<R, A0, A1, A2, A3, A4> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3, A4> Of<R, A0, A1, A2, A3, A4, Object, Object, Object, Object, Object> ofVoid5(VS5<R, A0, A1, A2, A3, A4> f) { return new Of<>(); }
        interface I6<R, A0, A1, A2, A3, A4, A5> { R apply(Solution s, A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5) throws Throwable; }
        interface S6<R, A0, A1, A2, A3, A4, A5> { R apply(A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5) throws Throwable; }
        interface VI6<R, A0, A1, A2, A3, A4, A5> { void apply(Solution s, A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5) throws Throwable; }
        interface VS6<R, A0, A1, A2, A3, A4, A5> { void apply(A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5) throws Throwable; }
        static <R, A0, A1, A2, A3, A4, A5> Of<R, A0, A1, A2, A3, A4, A5, Object, Object, Object, Object> of6(I6<R, A0, A1, A2, A3, A4, A5> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3, A4, A5> Of<R, A0, A1, A2, A3, A4, A5, Object, Object, Object, Object> of6(S6<R, A0, A1, A2, A3, A4, A5> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3, A4, A5> Of<R, A0, A1, A2, A3, A4, A5, Object, Object, Object, Object> ofVoid6(VI6<R, A0, A1, A2, A3, A4, A5> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3, A4, A5> Of<R, A0, A1, A2, A3, A4, A5, Object, Object, Object, Object> ofVoid6(VS6<R, A0, A1, A2, A3, A4, A5> f) { return new Of<>(); }
        interface I7<R, A0, A1, A2, A3, A4, A5, A6> { R apply(Solution s, A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6) throws Throwable; }
        interface S7<R, A0, A1, A2, A3, A4, A5, A6> { R apply(A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6) throws Throwable; }
        interface VI7<R, A0, A1, A2, A3, A4, A5, A6> { void apply(Solution s, A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6) throws Throwable; }
        interface VS7<R, A0, A1, A2, A3, A4, A5, A6> { void apply(A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6) throws Throwable; }
        static <R, A0, A1, A2, A3, A4, A5, A6> Of<R, A0, A1, A2, A3, A4, A5, A6, Object, Object, Object> of7(I7<R, A0, A1, A2, A3, A4, A5, A6> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3, A4, A5, A6> Of<R, A0, A1, A2, A3, A4, A5, A6, Object, Object, Object> of7(S7<R, A0, A1, A2, A3, A4, A5, A6> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3, A4, A5, A6> Of<R, A0, A1, A2, A3, A4, A5, A6, Object, Object, Object> ofVoid7(VI7<R, A0, A1, A2, A3, A4, A5, A6> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3, A4, A5, A6> Of<R, A0, A1, A2, A3, A4, A5, A6, Object, Object, Object> ofVoid7(VS7<R, A0, A1, A2, A3, A4, A5, A6> f) { return new Of<>(); }
        interface I8<R, A0, A1, A2, A3, A4, A5, A6, A7> { R apply(Solution s, A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6, A7 a7) throws Throwable; }
        interface S8<R, A0, A1, A2, A3, A4, A5, A6, A7> { R apply(A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6, A7 a7) throws Throwable; }
        interface VI8<R, A0, A1, A2, A3, A4, A5, A6, A7> { void apply(Solution s, A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6, A7 a7) throws Throwable; }
        interface VS8<R, A0, A1, A2, A3, A4, A5, A6, A7> { void apply(A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6, A7 a7) throws Throwable; }
        static <R, A0, A1, A2, A3, A4, A5, A6, A7> Of<R, A0, A1, A2, A3, A4, A5, A6, A7, Object, Object> of8(I8<R, A0, A1, A2, A3, A4, A5, A6, A7> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3, A4, A5, A6, A7> Of<R, A0, A1, A2, A3, A4, A5, A6, A7, Object, Object> of8(S8<R, A0, A1, A2, A3, A4, A5, A6, A7> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3, A4, A5, A6, A7> Of<R, A0, A1, A2, A3, A4, A5, A6, A7, Object, Object> ofVoid8(VI8<R, A0, A1, A2, A3, A4, A5, A6, A7> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3, A4, A5, A6, A7> Of<R, A0, A1, A2, A3, A4, A5, A6, A7, Object, Object> ofVoid8(VS8<R, A0, A1, A2, A3, A4, A5, A6, A7> f) { return new Of<>(); }
        interface I9<R, A0, A1, A2, A3, A4, A5, A6, A7, A8> { R apply(Solution s, A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6, A7 a7, A8 a8) throws Throwable; }
        interface S9<R, A0, A1, A2, A3, A4, A5, A6, A7, A8> { R apply(A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6, A7 a7, A8 a8) throws Throwable; }
        interface VI9<R, A0, A1, A2, A3, A4, A5, A6, A7, A8> { void apply(Solution s, A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6, A7 a7, A8 a8) throws Throwable; }
        interface VS9<R, A0, A1, A2, A3, A4, A5, A6, A7, A8> { void apply(A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6, A7 a7, A8 a8) throws Throwable; }
        static <R, A0, A1, A2, A3, A4, A5, A6, A7, A8> Of<R, A0, A1, A2, A3, A4, A5, A6, A7, A8, Object> of9(I9<R, A0, A1, A2, A3, A4, A5, A6, A7, A8> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3, A4, A5, A6, A7, A8> Of<R, A0, A1, A2, A3, A4, A5, A6, A7, A8, Object> of9(S9<R, A0, A1, A2, A3, A4, A5, A6, A7, A8> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3, A4, A5, A6, A7, A8> Of<R, A0, A1, A2, A3, A4, A5, A6, A7, A8, Object> ofVoid9(VI9<R, A0, A1, A2, A3, A4, A5, A6, A7, A8> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3, A4, A5, A6, A7, A8> Of<R, A0, A1, A2, A3, A4, A5, A6, A7, A8, Object> ofVoid9(VS9<R, A0, A1, A2, A3, A4, A5, A6, A7, A8> f) { return new Of<>(); }
        interface I10<R, A0, A1, A2, A3, A4, A5, A6, A7, A8, A9> { R apply(Solution s, A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6, A7 a7, A8 a8, A9 a9) throws Throwable; }
        interface S10<R, A0, A1, A2, A3, A4, A5, A6, A7, A8, A9> { R apply(A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6, A7 a7, A8 a8, A9 a9) throws Throwable; }
        interface VI10<R, A0, A1, A2, A3, A4, A5, A6, A7, A8, A9> { void apply(Solution s, A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6, A7 a7, A8 a8, A9 a9) throws Throwable; }
        interface VS10<R, A0, A1, A2, A3, A4, A5, A6, A7, A8, A9> { void apply(A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6, A7 a7, A8 a8, A9 a9) throws Throwable; }
        static <R, A0, A1, A2, A3, A4, A5, A6, A7, A8, A9> Of<R, A0, A1, A2, A3, A4, A5, A6, A7, A8, A9> of10(I10<R, A0, A1, A2, A3, A4, A5, A6, A7, A8, A9> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3, A4, A5, A6, A7, A8, A9> Of<R, A0, A1, A2, A3, A4, A5, A6, A7, A8, A9> of10(S10<R, A0, A1, A2, A3, A4, A5, A6, A7, A8, A9> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3, A4, A5, A6, A7, A8, A9> Of<R, A0, A1, A2, A3, A4, A5, A6, A7, A8, A9> ofVoid10(VI10<R, A0, A1, A2, A3, A4, A5, A6, A7, A8, A9> f) { return new Of<>(); }
        static <R, A0, A1, A2, A3, A4, A5, A6, A7, A8, A9> Of<R, A0, A1, A2, A3, A4, A5, A6, A7, A8, A9> ofVoid10(VS10<R, A0, A1, A2, A3, A4, A5, A6, A7, A8, A9> f) { return new Of<>(); }

        static int asInt(Integer w, int v) { return v; }
        static long asLong(Long w, long v) { return v; }
        static double asDouble(Double w, double v) { return v; }
        static boolean asBool(Boolean w, boolean v) { return v; }
        static String asString(String w, String v) { return v; }
        static char asChar(Character w, char v) { return v; }
{{#nodes}}
        static ListNode asListNode(ListNode w, ListNode v) { return v; }
        static TreeNode asTreeNode(TreeNode w, TreeNode v) { return v; }
        static ListNode[] asListNodeArray(ListNode[] w, ListNode[] v) { return v; }
        static java.util.ArrayList<ListNode> asListNodeArray(Iterable<ListNode> w, ListNode[] v) { return new java.util.ArrayList<>(java.util.Arrays.asList(v)); }
        static TreeNode[] asTreeNodeArray(TreeNode[] w, TreeNode[] v) { return v; }
        static java.util.ArrayList<TreeNode> asTreeNodeArray(Iterable<TreeNode> w, TreeNode[] v) { return new java.util.ArrayList<>(java.util.Arrays.asList(v)); }
{{/nodes}}
        static int[] asIntArray(int[] w, int[] v) { return v; }
        static java.util.ArrayList<Integer> asIntArray(Iterable<Integer> w, int[] v) { return boxed(v); }
        static int[][] asIntArray2D(int[][] w, int[][] v) { return v; }
        static java.util.ArrayList<java.util.List<Integer>> asIntArray2D(Iterable<? extends Iterable<Integer>> w, int[][] v) { return each(v, r -> boxed(r)); }
        static java.util.ArrayList<int[]> asIntArray2D(java.util.Collection<int[]> w, int[][] v) { return each(v, r -> r); }
        static int[][][] asIntArray3D(int[][][] w, int[][][] v) { return v; }
        static java.util.ArrayList<java.util.List<java.util.List<Integer>>> asIntArray3D(Iterable<? extends Iterable<? extends Iterable<Integer>>> w, int[][][] v) { return each(v, m -> each(m, r -> boxed(r))); }
        static java.util.ArrayList<int[][]> asIntArray3D(java.util.Collection<int[][]> w, int[][][] v) { return each(v, m -> m); }
        static long[] asLongArray(long[] w, long[] v) { return v; }
        static java.util.ArrayList<Long> asLongArray(Iterable<Long> w, long[] v) { return boxed(v); }
        static long[][] asLongArray2D(long[][] w, long[][] v) { return v; }
        static java.util.ArrayList<java.util.List<Long>> asLongArray2D(Iterable<? extends Iterable<Long>> w, long[][] v) { return each(v, r -> boxed(r)); }
        static java.util.ArrayList<long[]> asLongArray2D(java.util.Collection<long[]> w, long[][] v) { return each(v, r -> r); }
        static long[][][] asLongArray3D(long[][][] w, long[][][] v) { return v; }
        static java.util.ArrayList<java.util.List<java.util.List<Long>>> asLongArray3D(Iterable<? extends Iterable<? extends Iterable<Long>>> w, long[][][] v) { return each(v, m -> each(m, r -> boxed(r))); }
        static java.util.ArrayList<long[][]> asLongArray3D(java.util.Collection<long[][]> w, long[][][] v) { return each(v, m -> m); }
        static double[] asDoubleArray(double[] w, double[] v) { return v; }
        static java.util.ArrayList<Double> asDoubleArray(Iterable<Double> w, double[] v) { return boxed(v); }
        static double[][] asDoubleArray2D(double[][] w, double[][] v) { return v; }
        static java.util.ArrayList<java.util.List<Double>> asDoubleArray2D(Iterable<? extends Iterable<Double>> w, double[][] v) { return each(v, r -> boxed(r)); }
        static java.util.ArrayList<double[]> asDoubleArray2D(java.util.Collection<double[]> w, double[][] v) { return each(v, r -> r); }
        static double[][][] asDoubleArray3D(double[][][] w, double[][][] v) { return v; }
        static java.util.ArrayList<java.util.List<java.util.List<Double>>> asDoubleArray3D(Iterable<? extends Iterable<? extends Iterable<Double>>> w, double[][][] v) { return each(v, m -> each(m, r -> boxed(r))); }
        static java.util.ArrayList<double[][]> asDoubleArray3D(java.util.Collection<double[][]> w, double[][][] v) { return each(v, m -> m); }
        static boolean[] asBoolArray(boolean[] w, boolean[] v) { return v; }
        static java.util.ArrayList<Boolean> asBoolArray(Iterable<Boolean> w, boolean[] v) { return boxed(v); }
        static boolean[][] asBoolArray2D(boolean[][] w, boolean[][] v) { return v; }
        static java.util.ArrayList<java.util.List<Boolean>> asBoolArray2D(Iterable<? extends Iterable<Boolean>> w, boolean[][] v) { return each(v, r -> boxed(r)); }
        static java.util.ArrayList<boolean[]> asBoolArray2D(java.util.Collection<boolean[]> w, boolean[][] v) { return each(v, r -> r); }
        static boolean[][][] asBoolArray3D(boolean[][][] w, boolean[][][] v) { return v; }
        static java.util.ArrayList<java.util.List<java.util.List<Boolean>>> asBoolArray3D(Iterable<? extends Iterable<? extends Iterable<Boolean>>> w, boolean[][][] v) { return each(v, m -> each(m, r -> boxed(r))); }
        static java.util.ArrayList<boolean[][]> asBoolArray3D(java.util.Collection<boolean[][]> w, boolean[][][] v) { return each(v, m -> m); }
        static String[] asStringArray(String[] w, String[] v) { return v; }
        static java.util.ArrayList<String> asStringArray(Iterable<String> w, String[] v) { return boxed(v); }
        static String[][] asStringArray2D(String[][] w, String[][] v) { return v; }
        static java.util.ArrayList<java.util.List<String>> asStringArray2D(Iterable<? extends Iterable<String>> w, String[][] v) { return each(v, r -> boxed(r)); }
        static java.util.ArrayList<String[]> asStringArray2D(java.util.Collection<String[]> w, String[][] v) { return each(v, r -> r); }
        static String[][][] asStringArray3D(String[][][] w, String[][][] v) { return v; }
        static java.util.ArrayList<java.util.List<java.util.List<String>>> asStringArray3D(Iterable<? extends Iterable<? extends Iterable<String>>> w, String[][][] v) { return each(v, m -> each(m, r -> boxed(r))); }
        static java.util.ArrayList<String[][]> asStringArray3D(java.util.Collection<String[][]> w, String[][][] v) { return each(v, m -> m); }
        static char[] asCharArray(char[] w, char[] v) { return v; }
        static java.util.ArrayList<Character> asCharArray(Iterable<Character> w, char[] v) { return boxed(v); }
        static char[][] asCharArray2D(char[][] w, char[][] v) { return v; }
        static java.util.ArrayList<java.util.List<Character>> asCharArray2D(Iterable<? extends Iterable<Character>> w, char[][] v) { return each(v, r -> boxed(r)); }
        static java.util.ArrayList<char[]> asCharArray2D(java.util.Collection<char[]> w, char[][] v) { return each(v, r -> r); }
        static char[][][] asCharArray3D(char[][][] w, char[][][] v) { return v; }
        static java.util.ArrayList<java.util.List<java.util.List<Character>>> asCharArray3D(Iterable<? extends Iterable<? extends Iterable<Character>>> w, char[][][] v) { return each(v, m -> each(m, r -> boxed(r))); }
        static java.util.ArrayList<char[][]> asCharArray3D(java.util.Collection<char[][]> w, char[][][] v) { return each(v, m -> m); }
        private static java.util.ArrayList<Integer> boxed(int[] v) { java.util.ArrayList<Integer> l = new java.util.ArrayList<>(v.length); for (int x : v) l.add(x); return l; }
        private static java.util.ArrayList<Long> boxed(long[] v) { java.util.ArrayList<Long> l = new java.util.ArrayList<>(v.length); for (long x : v) l.add(x); return l; }
        private static java.util.ArrayList<Double> boxed(double[] v) { java.util.ArrayList<Double> l = new java.util.ArrayList<>(v.length); for (double x : v) l.add(x); return l; }
        private static java.util.ArrayList<Boolean> boxed(boolean[] v) { java.util.ArrayList<Boolean> l = new java.util.ArrayList<>(v.length); for (boolean x : v) l.add(x); return l; }
        private static java.util.ArrayList<String> boxed(String[] v) { return new java.util.ArrayList<>(java.util.Arrays.asList(v)); }
        private static java.util.ArrayList<Character> boxed(char[] v) { java.util.ArrayList<Character> l = new java.util.ArrayList<>(v.length); for (char x : v) l.add(x); return l; }

        private static <T, R> java.util.ArrayList<R> each(T[] v, java.util.function.Function<T, R> f) {
            java.util.ArrayList<R> l = new java.util.ArrayList<>(v.length);
            for (T x : v) l.add(f.apply(x));
            return l;
        }
    }
{{/function}}
}

{{#nodes}}
// LeetCode's node classes, as its stubs show them (the candidate's code uses them without defining them).
class ListNode {
    int val;
    ListNode next;
    ListNode() {}
    ListNode(int val) { this.val = val; }
    ListNode(int val, ListNode next) { this.val = val; this.next = next; }
}

class TreeNode {
    int val;
    TreeNode left;
    TreeNode right;
    TreeNode() {}
    TreeNode(int val) { this.val = val; }
    TreeNode(int val, TreeNode left, TreeNode right) { this.val = val; this.left = left; this.right = right; }
}
{{/nodes}}
